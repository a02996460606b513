import { fileURLToPath } from 'node:url';
import { createApp } from '../src/api/app.ts';
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
  const { sources, lock } = readRulesDir(rulesDir);
  return loadRulesets(sources, lock ?? {});
}

export const FIXED_NOW = new Date('2026-11-24T10:15:00.000Z');

export function testApp(registry: Registry = bundledRegistry(), maxBodyBytes?: number) {
  let n = 0;
  return createApp({ registry, clock: () => FIXED_NOW, newId: () => `ev_test_${++n}`, ...(maxBodyBytes ? { maxBodyBytes } : {}) });
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

/** Every test request goes through post() and get(), so that cross-cutting headers (auth) live in one place. */
export function get(app: ReturnType<typeof testApp>, path: string, headers: Record<string, string> = {}) {
  return app.request(path, { headers });
}

export function post(app: ReturnType<typeof testApp>, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
