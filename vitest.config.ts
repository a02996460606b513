import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { configDefaults, defineConfig } from 'vitest/config';
import { offlineWranglerEnv } from './scripts/wrangler-env.ts';
import { hashApiKey } from './src/api/auth.ts';
import { generateReceiptKey } from './src/receipts/keys.ts';
import { TEST_KEYS } from './test/keys.ts';

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
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // The secrets a deployment sets with `wrangler secret put`: the test keys' hashes, and a signing key made for this run.
            miniflare: {
              bindings: {
                HJEMMEL_API_KEYS: Object.entries(TEST_KEYS).map(([role, key]) => `${role}:${hashApiKey(key)}`).join(','),
                HJEMMEL_RECEIPT_KEY: JSON.stringify(await generateReceiptKey()),
              },
            },
          }),
        ],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'], globalSetup: ['test/node-results.ts'] },
      },
    ],
  },
});
