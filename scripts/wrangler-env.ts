import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment that keeps wrangler (and the workerd test pool, which embeds it) off the network. */
export function offlineWranglerEnv(): Record<string, string> {
  const config = join(tmpdir(), 'hjemmel-wrangler-config');
  mkdirSync(config, { recursive: true });
  return {
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    // The banner asks the npm registry for a newer wrangler; the version is pinned on purpose.
    WRANGLER_HIDE_BANNER: 'true',
    XDG_CONFIG_HOME: config,
  };
}
