import { describe, expect, it } from 'vitest';
import { problemOf } from '../contract.ts';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { draftText } from '../../src/rulesets/edit.ts';
import { ImpactReport, MAX_IMPACT_CASES } from '../../src/impact/schema.ts';
import { loadRulesets } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { as, get, post, root, testApp } from '../helpers.ts';
import { ageReviewChanges } from '../impact/oracle.ts';

// The workbench rulesets plus an in-memory draft 1.2.0 (a copy of 1.1.0), as legal staff would have it.
const { sources, lock, titles } = readRulesDir(`${root}fixtures/rulesets/impact`);
const latest = sources.find((s) => s.path === 'tiny-national/1.1.0.yaml')!;
const registry = loadRulesets([...sources, { path: 'tiny-national/1.2.0.yaml', text: draftText(latest.text, '1.2.0', '2026-11-01') }], lock, titles);
const app = testApp(registry);
const corpus = [...generateCorpus({ count: MAX_IMPACT_CASES, seed: 3 })];
const cases = corpus.map((request, i) => ({ name: `case ${i}`, request }));

describe('POST /v1/impact', () => {
  it('reports exactly the cases the one changed rule touches, as the CLI does', async () => {
    const response = await post(app, '/v1/impact', { from: 'tiny-national@1.0.0', to: 'tiny-national@1.1.0', cases }, as('legal'));
    expect(response.status).toBe(200);
    const report = ImpactReport.parse(await response.json());
    const expected = ageReviewChanges(corpus);
    expect(expected.length).toBeGreaterThan(0);
    expect(report.changed).toEqual(expected.map((e) => ({ case: `case ${e.index}`, before: e.before, after: e.after, verdictChanged: true, added: ['age.review'], removed: [] })));
    expect(report.summary).toMatchObject({ cases: MAX_IMPACT_CASES, verdictChanged: expected.length, unchanged: MAX_IMPACT_CASES - expected.length });
    expect(report.rules).toEqual([{ rule: 'age.review', added: expected.length, removed: 0 }]);
  });

  it('marks a draft it was asked to compare', async () => {
    const response = await post(app, '/v1/impact', { from: 'tiny-national@1.1.0', to: 'tiny-national@1.2.0', cases: cases.slice(0, 5) }, as('legal'));
    const report = (await response.json()) as any;
    expect(report.to).toMatchObject({ version: '1.2.0', status: 'draft', validFrom: null });
    expect(report.summary).toMatchObject({ cases: 5, unchanged: 5 });
  });

  it(`422 over ${MAX_IMPACT_CASES} cases, naming the field`, async () => {
    const over = [...cases, { request: corpus[0]! }];
    const response = await post(app, '/v1/impact', { from: 'tiny-national@1.0.0', to: 'tiny-national@1.1.0', cases: over }, as('legal'));
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors).toEqual([{ path: 'cases', message: expect.stringContaining(`at most ${MAX_IMPACT_CASES} cases`) }]);
  });

  it('422 on an invalid case, naming its field; 422 on a malformed version; 404 on an unknown one', async () => {
    const bad = await post(app, '/v1/impact', { from: 'tiny-national@1.0.0', to: 'tiny-national@1.1.0', cases: [{ request: { ...corpus[0], municipality: 'Oslo' } }] }, as('legal'));
    expect(bad.status).toBe(422);
    expect((await problemOf(bad)).errors).toEqual([{ path: 'cases.0.request.municipality', message: expect.any(String) }]);
    const malformed = await post(app, '/v1/impact', { from: 'tiny-national', to: 'tiny-national@1.1.0', cases: cases.slice(0, 1) }, as('legal'));
    expect(malformed.status).toBe(422);
    expect(((await malformed.json()) as any).errors[0].path).toBe('from');
    const unknown = await post(app, '/v1/impact', { from: 'tiny-national@1.0.0', to: 'tiny-national@7.0.0', cases: cases.slice(0, 1) }, as('legal'));
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).errors).toEqual([{ path: 'to', message: expect.stringMatching(/unknown ruleset version/) }]);
  });

  it('is in the OpenAPI document with its request and response schemas', async () => {
    const doc = (await (await get(app, '/openapi.json')).json()) as any;
    const op = doc.paths['/v1/impact'].post;
    expect(op.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/ImpactRequest');
    expect(op.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/ImpactReport');
    expect(doc.components.schemas.ImpactRequest.properties.cases.maxItems).toBe(MAX_IMPACT_CASES);
  });
});

describe('drafts over HTTP', () => {
  const request = { ...corpus.find((r) => r.municipality === '5001')!, decisionDate: '2026-11-24' };

  it('are never chosen by date', async () => {
    const body = (await (await post(app, '/v1/evaluations', request)).json()) as any;
    expect(body.rulesets).toEqual([expect.objectContaining({ id: 'tiny-national', version: '1.1.0', status: 'published' })]);
  });

  it('are evaluated when pinned explicitly, and the response marks them draft', async () => {
    const response = await post(app, '/v1/evaluations', { ...request, pin: { 'tiny-national': '1.2.0' } }, as('legal'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.rulesets).toEqual([expect.objectContaining({ id: 'tiny-national', version: '1.2.0', status: 'draft', validFrom: null })]);
  });
});
