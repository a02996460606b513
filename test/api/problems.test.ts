import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PROBLEM_BASE, problemTypes, type ProblemType } from '../../src/api/problem.ts';
import { unavailableRecord } from '../../src/record/decision-record.ts';
import { openRecordDb } from '../../src/record/open.ts';
import { createRecorder } from '../../src/record/recorder.ts';
import { problemOf } from '../contract.ts';
import { as, baseRequest, get, post, root, testApp } from '../helpers.ts';

const app = testApp();
const unconfigured = testApp(undefined, undefined, { apiKeys: undefined });
const contract = () => baseRequest('contract-example');
// The record's refusals: one app with a record in memory, one whose record cannot be written.
const opened = await openRecordDb({ dataDir: 'memory://' });
afterAll(() => opened.close());
const recorded = testApp(undefined, undefined, { record: createRecorder(opened.db, opened.describe) });
const unwritable = testApp(undefined, undefined, { record: unavailableRecord('the test record cannot be written') });
/** An evaluation the record holds, and its outcome path. */
async function recordedEvaluation() {
  const { evaluationId } = (await (await post(recorded, '/v1/evaluations', contract())).json()) as { evaluationId: string };
  return `/v1/evaluations/${evaluationId}/outcome`;
}

/** One call per problem type that provokes it; 'internal-error' is provoked in faults.test.ts. */
const provoke: Record<Exclude<ProblemType, 'internal-error'>, () => Response | Promise<Response>> = {
  'invalid-json': () => post(app, '/v1/evaluations', '{"decisionDate": '),
  'duplicate-key': () => post(app, '/v1/evaluations', '{"decisionDate": "2026-11-24", "decisionDate": "2026-11-25"}'),
  unauthorized: () => post(app, '/v1/evaluations', contract(), as(null)),
  forbidden: () => post(app, '/v1/impact', {}, as('caseworker')),
  'pin-needs-legal': () => post(app, '/v1/evaluations', { ...contract(), pin: { 'no-national': '2025.1.0' } }),
  'draft-needs-legal': () => get(app, '/v1/rulesets/no-national/2027.0.0-draft'),
  'not-found': () => get(app, '/v1/nothing-here'),
  'unknown-ruleset': () => post(app, '/v1/evaluations', { ...contract(), pin: { 'no-such-ruleset': '1.0.0' } }),
  'unknown-version': () => get(app, '/v1/rulesets/no-national/9.9.9'),
  'method-not-allowed': () => app.request('/v1/evaluations', { method: 'PUT', headers: as('caseworker') }),
  'body-too-large': () => post(testApp(undefined, 512), '/v1/evaluations', contract()),
  'not-json': () => post(app, '/v1/evaluations', JSON.stringify(contract()), { 'content-type': 'text/plain' }),
  'unsupported-encoding': () => post(app, '/v1/evaluations', contract(), { 'content-type': 'application/json; charset=iso-8859-1' }),
  'invalid-request': () => post(app, '/v1/evaluations', { ...contract(), decisionDat: '2026-01-01' }),
  'body-too-complex': () => post(app, '/v1/evaluations', { deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) }),
  'personal-data': () => post(app, '/v1/evaluations', { ...contract(), note: '01010012356' }),
  'kind-contradicts-lines': () => {
    const request = contract();
    request.decision.kind = 'grant';
    request.decision.services[0].grantedHoursPerWeek = 0;
    return post(app, '/v1/evaluations', request);
  },
  'unknown-service-type': () => {
    const request = contract();
    request.decision.services[0].type = 'no-such-service';
    return post(app, '/v1/evaluations', request);
  },
  'no-ruleset-in-force': () => {
    const request = contract();
    request.decisionDate = '2024-06-01';
    delete request.pin;
    delete request.procedure;
    return post(app, '/v1/evaluations', request);
  },
  'not-a-layer': () => post(app, '/v1/evaluations', { ...contract(), pin: { 'municipality-0301': '1.0.0' } }),
  'not-same-ruleset': () => post(app, '/v1/impact', { from: 'no-national@2025.1.0', to: 'municipality-4601@1.0.0', cases: [{ request: contract() }] }, as('legal')),
  'not-configured': () => post(unconfigured, '/v1/evaluations', contract()),
  'unknown-evaluation': () => post(recorded, '/v1/evaluations/ev_not-in-the-record/outcome', { outcome: 'signed' }),
  'outcome-already-recorded': async () => {
    const path = await recordedEvaluation();
    expect((await post(recorded, path, { outcome: 'abandoned' })).status).toBe(201);
    return post(recorded, path, { outcome: 'signed' });
  },
  'deviation-not-fired': async () => post(recorded, await recordedEvaluation(), { outcome: 'signed', deviations: [{ rule: 'no.such-rule', reason: 'rule-disputed' }] }),
  'record-unavailable': () => post(unwritable, '/v1/evaluations', contract()),
  'record-off': () => get(app, '/v1/records', as('legal')),
};

describe('problem types', () => {
  for (const [type, call] of Object.entries(provoke)) {
    it(`${type}: its own type URI, its status, the path as instance`, async () => {
      const response = await call();
      const body = (await problemOf(response)) as Awaited<ReturnType<typeof problemOf>> & { instance: string; errors?: Record<string, string>[] };
      expect(body.type).toBe(`${PROBLEM_BASE}${type}`);
      expect(response.status).toBe(problemTypes[type as ProblemType].status);
      expect(body.title).toBe(problemTypes[type as ProblemType].title);
      expect(body.instance).toMatch(/^\/v1\//);
      // 400, 401, 415 and 422 name what is wrong: a body field by path (problemOf checks its
      // JSON Pointer), or a header.
      if ([400, 401, 415, 422].includes(response.status)) {
        expect(body.errors?.length, type).toBeGreaterThan(0);
        for (const error of body.errors!) expect(error.header ?? error.path, type).toMatch(/^(Authorization|Content-Type|\(body\)|[\w.-]+)$/);
      }
    });
  }

  it('a field error carries its JSON Pointer beside the dotted path', async () => {
    const request = contract();
    request.decision.services[0].type = 'no-such-service';
    const body = (await (await post(app, '/v1/evaluations', request)).json()) as { errors: unknown[] };
    expect(body.errors).toContainEqual(expect.objectContaining({ path: 'decision.services.0.type', pointer: '/decision/services/0/type' }));
  });

  it('405 names the methods the path takes in Allow; an unknown path stays 404', async () => {
    const response = await provoke['method-not-allowed']();
    expect(response.headers.get('allow')).toBe('POST');
    const rulesets = await app.request('/v1/rulesets/no-national/2025.1.0', { method: 'DELETE', headers: as('caseworker') });
    expect(rulesets.status).toBe(405);
    expect(rulesets.headers.get('allow')).toBe('GET, HEAD');
    expect((await app.request('/v1/nothing', { method: 'PUT', headers: as('caseworker') })).status).toBe(404);
  });

  it('the README documents every problem type, and no other', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const documented = [...readme.matchAll(/^\| `([a-z-]+)` \| (\d{3}) \|/gm)].map(([, type, status]) => [type, Number(status)]);
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(Object.entries(problemTypes).map(([type, { status }]) => [type, status])));
  });
});
