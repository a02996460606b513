/**
 * Runs the project's wrangler offline: no metrics, no Cloudflare lookups, and a writable config
 * folder of its own (wrangler writes there even for local work). `npm run dev:worker` and
 * `npm run build:worker` go through here, so neither a developer nor CI sets anything.
 * Usage: node --import tsx scripts/wrangler.ts <wrangler arguments>
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { offlineWranglerEnv } from './wrangler-env.ts';

const wrangler = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
const { status, signal } = spawnSync(process.execPath, [wrangler, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...offlineWranglerEnv() },
});
process.exit(status ?? (signal ? 1 : 0));
