import { randomBytes } from 'node:crypto';
import { builtinModules } from 'node:module';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { configDefaults, defineConfig } from 'vitest/config';
import { offlineWranglerEnv } from './scripts/wrangler-env.ts';
import { hashApiKey } from './src/api/auth.ts';
import { generateReceiptKey } from './src/receipts/keys.ts';
import { TEST_KEYS } from './test/keys.ts';

// The workerd pool embeds wrangler: keep it offline here too, so CI sets nothing.
Object.assign(process.env, offlineWranglerEnv());
// The Worker's decision record goes to a PostgreSQL schema of this run's own (test/worker-record.ts migrates and drops it).
process.env.HJEMMEL_WORKER_RECORD_SCHEMA ??= `hjemmel_worker_${randomBytes(6).toString('hex')}`;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // pg-cloudflare 1.4 (the Worker's PostgreSQL socket) leaves a rejection unhandled when a
    // connection is ended ("Stream was cancelled", once per connection, after the query has
    // answered): that one library error is not a test's; every other unhandled error fails the run.
    onUnhandledError: (error) => !(error.message === 'Stream was cancelled.' && /pg-cloudflare/.test(error.stack ?? '')),
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
                HJEMMEL_RECORD_SCHEMA: process.env.HJEMMEL_WORKER_RECORD_SCHEMA,
              },
            },
          }),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          globalSetup: ['test/node-results.ts', 'test/worker-record.ts'],
          // pg is CommonJS that requires pg-cloudflare's ES module (cloudflare:sockets): the pool's module
          // runner cannot load that mix, so pg is pre-bundled, leaving Node's modules and the runtime's
          // to workerd (nodejs_compat): cloudflare/workers-sdk#12984.
          deps: { optimizer: { ssr: { enabled: true, include: ['pg'], rolldownOptions: { external: [...builtinModules, /^node:/, /^cloudflare:/] } } } },
        },
      },
    ],
  },
});
