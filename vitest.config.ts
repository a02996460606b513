import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { configDefaults, defineConfig } from 'vitest/config';
import { offlineWranglerEnv } from './scripts/wrangler-env.ts';

// The workerd pool embeds wrangler: keep it offline here too, so CI sets nothing.
Object.assign(process.env, offlineWranglerEnv());

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/worker/**'] },
      },
      {
        // The Worker (wrangler.toml's main) inside workerd; the tests reach it through SELF.
        extends: true,
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'], globalSetup: ['test/node-results.ts'] },
      },
    ],
  },
});
