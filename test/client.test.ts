import { serve } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
// Through the package's own "exports", as a consumer imports it.
import { createHjemmelClient, type EvaluationRequest, type EvaluationResponse, type Problem } from 'hjemmel/client';
import { clientTypesText } from '../scripts/client-types.ts';
import { baseRequest, bundledRegistry, root, TEST_KEYS, testApp } from './helpers.ts';

let server: ReturnType<typeof serve>;
let baseUrl: string;

beforeAll(async () => {
  const app = testApp();
  await new Promise<void>((listening) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => listening());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

describe('the exported client (hjemmel/client)', () => {
  it('src/client/api.ts is what `npm run client` generates from the current OpenAPI document', async () => {
    expect(readFileSync(`${root}src/client/api.ts`, 'utf8')).toBe(await clientTypesText(bundledRegistry()));
  });

  it('evaluates the contract example against the running server, typed', async () => {
    const hjemmel = createHjemmelClient({ baseUrl, apiKey: TEST_KEYS.caseworker });
    const { data, error, response } = await hjemmel.POST('/v1/evaluations', { body: baseRequest('contract-example') as EvaluationRequest });
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expectTypeOf(data!).toEqualTypeOf<EvaluationResponse>();
    expectTypeOf(data!.verdict).toEqualTypeOf<'blocked' | 'warnings' | 'clear'>();
    expect(data!.verdict).toBe('blocked');
    expect(data!.findings.map((f) => f.rule)).toContain('bpa.right-from-32-hours');
  });

  it('gives a typed problem for a refusal, and reads a ruleset by path parameters', async () => {
    const hjemmel = createHjemmelClient({ baseUrl, apiKey: TEST_KEYS.caseworker });
    const refused = await hjemmel.POST('/v1/evaluations', { body: { ...(baseRequest('contract-example') as EvaluationRequest), decisionDate: '2026-13-01' } });
    expectTypeOf(refused.error!).toEqualTypeOf<Problem>();
    expect(refused.error).toMatchObject({ type: 'https://hjemmel.no/problems/invalid-request', errors: [{ pointer: '/decisionDate' }] });
    const { data } = await hjemmel.GET('/v1/rulesets/{id}/{version}', { params: { path: { id: 'no-national', version: '2025.1.0' } } });
    expect(data?.digest).toMatch(/^sha256-/);
    const unauthenticated = await createHjemmelClient({ baseUrl }).GET('/v1/rulesets');
    expect(unauthenticated.response.status).toBe(401);
  });
});
