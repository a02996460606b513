/**
 * The API keys the tests send, one per role: made up, and configured only as hashes (test/helpers.ts
 * for the Node app, vitest.config.ts for the Worker in workerd). No imports, so workerd tests can use it.
 */
export const TEST_KEYS = {
  caseworker: 'test-key-caseworker',
  legal: 'test-key-legal',
  trainer: 'test-key-trainer',
} as const;
