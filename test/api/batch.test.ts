import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../src/api/log.ts';
import { verifyReceipt } from '../../src/receipts/receipt.ts';
import { unavailableRecord } from '../../src/record/decision-record.ts';
import { openRecordDb } from '../../src/record/open.ts';
import { createRecorder } from '../../src/record/recorder.ts';
import { evaluationRecord } from '../../src/record/schema.ts';
import { digestOf } from '../../src/rulesets/digest.ts';
import { problemOf } from '../contract.ts';
import { as, baseRequest, post, root, testApp, testReceiptKeys } from '../helpers.ts';

/** Five kinds of item, taken in turn: two answered, three refused for different causes. */
function item(i: number): Record<string, any> {
  const request = baseRequest(i % 2 === 0 ? 'contract-example' : 'clear-grant');
  switch (i % 5) {
    case 2:
      request.decisionDate = '2026-13-01'; // invalid-request
      break;
    case 3:
      // pin-needs-legal for a caseworker: a draft (clear-grant), or an older version than the one in force (the contract example)
      request.pin = { 'no-national': i % 2 === 1 ? '2027.0.0-draft' : '2025.1.0' };
      break;
    case 4:
      request.pin = { 'no-national': '9.9.9' }; // unknown-version
      break;
  }
  return request;
}

describe('POST /v1/evaluations/batch', () => {
  it('50 mixed items: each answered or refused on its own, in order, as the same request alone; one receipt and one log line each', async () => {
    const lines: LogLine[] = [];
    const app = testApp(undefined, undefined, { log: (line) => lines.push(line) });
    const requests = Array.from({ length: 50 }, (_, i) => item(i));
    const response = await post(app, '/v1/evaluations/batch', { requests });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: any[] };
    expect(results).toHaveLength(50);
    expect(results.map((r) => r.status)).toEqual(requests.map((_, i) => [200, 200, 422, 403, 404][i % 5]));

    const alone = testApp();
    const ids = new Set<string>();
    for (const [i, result] of results.entries()) {
      const single = await post(alone, '/v1/evaluations', requests[i]);
      expect(result.status, `item ${i}`).toBe(single.status);
      if (result.status === 200) {
        const { evaluation } = result;
        const expected = (await single.json()) as any;
        expect(evaluation.verdict).toBe(expected.verdict);
        expect(evaluation.findings).toEqual(expected.findings);
        ids.add(evaluation.evaluationId);
        const verified = await verifyReceipt(testReceiptKeys, evaluation.receipt);
        expect(verified.valid && verified.claims).toMatchObject({ evaluationId: evaluation.evaluationId, requestDigest: digestOf(requests[i]), verdict: evaluation.verdict });
      } else {
        const expected = await problemOf(single);
        const { problem } = result;
        expect(problem).toMatchObject({ type: expected.type, status: expected.status, detail: expected.detail, instance: `/v1/evaluations/batch#/requests/${i}` });
        expect(problem.errors.map((e: any) => e.path)).toEqual(expected.errors!.map((e) => e.path));
      }
    }
    expect(ids.size).toBe(20);
    expect(lines.filter((l) => l.event === 'evaluation')).toHaveLength(20);
    expect(lines.filter((l) => l.event === 'refusal').map((l) => l.event === 'refusal' && l.item)).toEqual(requests.flatMap((_, i) => (i % 5 >= 2 ? [i] : [])));
  });

  it('the legal role may pin a draft or an older version in an item: a what-if, marked as the single call marks it', async () => {
    const response = await post(testApp(), '/v1/evaluations/batch', { requests: [item(3), item(8)] }, as('legal'));
    const { results } = (await response.json()) as any;
    expect(results.map((r: any) => [r.status, r.evaluation.whatIf, r.evaluation.rulesets[0].version, r.evaluation.rulesets[0].pinned])).toEqual([
      [200, true, '2027.0.0-draft', true],
      [200, true, '2025.1.0', true],
    ]);
  });

  it('refuses the whole call for a wrong envelope: none, more than 50, not JSON, personal data anywhere', async () => {
    const app = testApp();
    expect((await problemOf(await post(app, '/v1/evaluations/batch', { requests: [] }))).errors).toEqual([{ path: 'requests', message: expect.any(String) }]);
    const over = await post(app, '/v1/evaluations/batch', { requests: Array.from({ length: 51 }, () => ({})) });
    expect((await problemOf(over)).type).toBe('https://hjemmel.no/problems/invalid-request');
    expect((await post(app, '/v1/evaluations/batch', '{"requests": [')).status).toBe(400);
    const personal = item(0);
    personal.decision.grounds.text = 'Gjelder 01010012356.';
    const refused = await problemOf(await post(app, '/v1/evaluations/batch', { requests: [item(1), personal] }));
    expect(refused).toMatchObject({ type: 'https://hjemmel.no/problems/personal-data', errors: [{ path: 'requests.1.decision.grounds.text' }] });
    expect((await post(app, '/v1/evaluations/batch', { requests: [item(0)] }, as('trainer'))).status).toBe(403);
  });

  it('the OpenAPI example is a real answer to the example request (npm run examples rewrites it)', async () => {
    const doc = (await (await testApp().request('/openapi.json')).json()) as any;
    const operation = doc.paths['/v1/evaluations/batch'].post;
    const example = operation.responses['200'].content['application/json'].example;
    expect(JSON.parse(readFileSync(`${root}fixtures/responses/batch-example.json`, 'utf8'))).toEqual(example);
    const answer = (await (await post(testApp(), '/v1/evaluations/batch', operation.requestBody.content['application/json'].example)).json()) as any;
    answer.results[0].evaluation.receipt = example.results[0].evaluation.receipt;
    answer.results[1].problem.requestId = example.results[1].problem.requestId;
    expect(answer).toEqual(example);
  });
});

describe('POST /v1/evaluations/batch and the decision record', () => {
  it('every answered item is in the record before the batch answer is sent; a refused item is not', async () => {
    const opened = await openRecordDb({ dataDir: 'memory://' });
    try {
      const app = testApp(undefined, undefined, { record: createRecorder(opened.db, opened.describe) });
      const response = await post(app, '/v1/evaluations/batch', { requests: [0, 1, 2, 3, 4, 5].map(item) }, as('caseworker'));
      expect(response.status).toBe(200);
      const { results } = (await response.json()) as { results: { status: number; evaluation?: { evaluationId: string } }[] };
      const answered = results.flatMap((r) => (r.evaluation ? [r.evaluation.evaluationId] : []));
      expect(answered.length).toBeGreaterThan(0);
      expect(answered.length).toBeLessThan(results.length);
      const kept = (await opened.db.select({ id: evaluationRecord.evaluationId }).from(evaluationRecord)).map((row) => row.id);
      expect(kept.sort()).toEqual(answered.sort());
    } finally {
      await opened.close();
    }
  });

  it('a record that cannot be written refuses each item that would be answered with 503 record-unavailable, and answers none', async () => {
    const app = testApp(undefined, undefined, { record: unavailableRecord('the test record cannot be written') });
    const requests = [0, 1, 2].map(item);
    const response = await post(app, '/v1/evaluations/batch', { requests }, as('caseworker'));
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { status: number; evaluation?: unknown; problem?: { type: string; instance: string } }[] };
    const alone = await Promise.all(requests.map(async (request) => (await post(app, '/v1/evaluations', request, as('caseworker'))).status));
    expect(results.map((r) => r.status)).toEqual(alone);
    expect(results.filter((r) => r.evaluation)).toEqual([]);
    const unrecorded = results.filter((r) => r.status === 503);
    expect(unrecorded.length).toBeGreaterThan(0);
    for (const r of unrecorded) expect(r.problem!.type).toMatch(/\/record-unavailable$/);
  });
});
