import { fileURLToPath } from 'node:url';
import { createApp } from '../src/api/app.ts';
import type { AppDeps } from '../src/api/env.ts';
import { hashApiKey, roles, type Role } from '../src/api/auth.ts';
import { generateReceiptKey, loadReceiptKeys } from '../src/receipts/keys.ts';
import { TEST_KEYS } from './keys.ts';
import { EvaluationRequest } from '../src/decision/schema.ts';
import { loadRulesets } from '../src/rulesets/load.ts';
import { readRulesDir } from '../src/rulesets/read-dir.ts';
import type { Registry } from '../src/rulesets/registry.ts';
import { readCases } from '../src/cases/read.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const rulesDir = `${root}rules`;
export const casesDir = `${root}fixtures/cases`;
export const requestsDir = `${root}fixtures/requests`;

/** The bundled rulesets, loaded as the server loads them (lock checked). */
export function bundledRegistry(): Registry {
  const { sources, lock, titles } = readRulesDir(rulesDir);
  return loadRulesets(sources, lock ?? {}, titles);
}

export const FIXED_NOW = new Date('2026-11-24T10:15:00.000Z');

export { TEST_KEYS };
/** The app is configured with the test keys' hashes only. */
export const testApiKeys = new Map(roles.map((role) => [hashApiKey(TEST_KEYS[role]), role]));
/** A signing key made for this test run. */
export const testReceiptKeys = await loadReceiptKeys(await generateReceiptKey());

/** The app as the server builds it, with test keys. `deps` overrides any part (a capturing `log`, no `apiKeys`, …). */
export function testApp(registry: Registry = bundledRegistry(), maxBodyBytes?: number, deps: Partial<AppDeps> = {}) {
  let n = 0;
  return createApp({
    registry,
    clock: () => FIXED_NOW,
    newId: () => `ev_test_${++n}`,
    apiKeys: testApiKeys,
    receiptKeys: testReceiptKeys,
    ...(maxBodyBytes ? { maxBodyBytes } : {}),
    ...deps,
  });
}

export function fixtureCases() {
  return readCases([casesDir], requestsDir);
}

/** A base request from fixtures/requests/, as plain JSON. */
export function baseRequest(name: string): Record<string, any> {
  return structuredClone(fixtureCases().bases[name]) as Record<string, any>;
}

export function parsedRequest(name: string) {
  return EvaluationRequest.parse(baseRequest(name));
}

/**
 * The headers that send `role`'s test key, or none with null: `post(app, path, body, as('legal'))`,
 * `get(app, path, as(null))`. Without them, post() and get() send the caseworker key.
 */
export function as(role: Role | null): Record<string, string> {
  return { authorization: role ? `Bearer ${TEST_KEYS[role]}` : '' };
}

/** The request headers: the caseworker key unless `headers` says otherwise; an empty value drops a header. */
function withAuth(headers: Record<string, string>): Record<string, string> {
  const all: Record<string, string> = { ...as('caseworker'), ...headers };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== ''));
}

/** Every test request goes through post() and get(), so that cross-cutting headers (auth) live in one place. */
export function get(app: ReturnType<typeof testApp>, path: string, headers: Record<string, string> = {}) {
  return app.request(path, { headers: withAuth(headers) });
}

export function post(app: ReturnType<typeof testApp>, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: withAuth({ 'content-type': 'application/json', ...headers }),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
