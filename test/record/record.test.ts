import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRecordDb, type OpenedRecord } from '../../src/record/open.ts';
import type { DecisionRecord } from '../../src/record/decision-record.ts';
import { createRecorder } from '../../src/record/recorder.ts';
import { applyRetention } from '../../src/record/retention.ts';
import { evaluationOutcome, evaluationRecord } from '../../src/record/schema.ts';
import { saveReceiptKeys } from '../../src/record/store.ts';
import { verifyRecord } from '../../src/record/verify.ts';
import { as, baseRequest, FIXED_NOW, get, post, testApp, testReceiptKeys } from '../helpers.ts';
import { backends } from './backends.ts';
import { eq } from 'drizzle-orm';

/** The same suite on PGlite (the embedded default) and on a real PostgreSQL server. */
describe.each(backends)('decision record on $name', (backend) => {
  let opened: OpenedRecord;
  let record: DecisionRecord;
  let app: ReturnType<typeof testApp>;
  const run = randomUUID().slice(0, 8);
  let n = 0;

  beforeAll(async () => {
    opened = await backend.open();
    await saveReceiptKeys(opened.db, testReceiptKeys.jwks.keys);
    record = createRecorder(opened.db, opened.describe);
    app = testApp(undefined, undefined, { record, newId: () => `ev_${run}_${++n}` });
  }, 60_000);
  afterAll(async () => opened.close());

  async function evaluate(request: Record<string, unknown>) {
    const response = await post(app, '/v1/evaluations', request);
    expect(response.status).toBe(200);
    return (await response.json()) as { evaluationId: string; verdict: string; receipt: string; findings: { rule: string; outcome: string }[] };
  }

  async function records(query: string, headers = as('legal')) {
    const response = await get(app, `/v1/records${query}`, headers);
    expect(response.status).toBe(200);
    return (await response.json()) as { records: ({ evaluationId: string } & Record<string, any>)[]; nextCursor: string | null };
  }

  it('an answered evaluation is in the record before its answer, with its receipt and no personal data', async () => {
    const answer = await evaluate(baseRequest('contract-example'));
    const { records: found } = await records(`?municipality=4601&verdict=${answer.verdict}`);
    const kept = found.find((r) => r.evaluationId === answer.evaluationId)!;
    expect(kept).toMatchObject({
      evaluatedAt: FIXED_NOW.toISOString(),
      municipality: '4601',
      decisionKind: 'rejection',
      verdict: answer.verdict,
      functionalLevelBand: '3–4',
      services: [{ type: 'bpa', grantedHoursPerWeek: 0, appliedHoursPerWeek: 35, referenceRange: null }],
      receipt: answer.receipt,
      outcome: null,
    });
    expect(kept.findings.map((f: { rule: string }) => f.rule)).toEqual(answer.findings.map((f) => f.rule));
    expect(Object.keys(kept).sort()).toEqual(
      ['decisionKind', 'digest', 'evaluatedAt', 'evaluationId', 'findings', 'functionalLevelBand', 'missingFacts', 'municipality', 'outcome', 'receipt', 'rulesets', 'seq', 'services', 'verdict'].sort(),
    );
    const text = JSON.stringify(kept);
    for (const personal of ['"age"', 'Free text of the grounds', '3.4', 'applicationReceived', '2026-09-20']) expect(text).not.toContain(personal);
  });

  it('a what-if (legal staff pinning a version not in force) is recorded with that version marked pinned; a refused pin is not recorded', async () => {
    const whatIf = { ...baseRequest('clear-grant'), pin: { 'no-national': '2026.1.0' } };
    const refused = await post(app, '/v1/evaluations', whatIf, as('caseworker'));
    expect(refused.status).toBe(403);
    const response = await post(app, '/v1/evaluations', whatIf, as('legal'));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { evaluationId: string; whatIf?: true; rulesets: { id: string; version: string; digest: string; pinned?: true }[] };
    expect(answer.whatIf).toBe(true);
    const kept = (await records('?municipality=0301')).records.find((r) => r.evaluationId === answer.evaluationId)!;
    expect(kept.rulesets).toEqual(answer.rulesets.map(({ id, version, digest, pinned }) => ({ id, version, digest, ...(pinned ? { pinned } : {}) })));
    expect(kept.rulesets.filter((r: { pinned?: true }) => r.pinned).map((r: { id: string; version: string }) => `${r.id}@${r.version}`)).toEqual(['no-national@2026.1.0']);
    expect((await verifyRecord(opened.db)).problems).toEqual([]);
  });

  it('filters by verdict, rule, municipality and period; pages with a cursor; streams NDJSON', async () => {
    const clear = await evaluate(baseRequest('clear-grant'));
    const reduction = await evaluate(baseRequest('practical-reduction'));
    const blocked = await evaluate(baseRequest('contract-example'));
    const ids = (list: { evaluationId: string }[]) => list.map((r) => r.evaluationId);

    expect(clear.verdict).not.toBe(blocked.verdict);
    const sameVerdict = (await records(`?verdict=${clear.verdict}`)).records;
    expect(ids(sameVerdict)).toContain(clear.evaluationId);
    expect(ids(sameVerdict)).not.toContain(blocked.evaluationId);
    for (const r of sameVerdict) expect(r.verdict).toBe(clear.verdict);
    const rule = blocked.findings.find((f) => f.outcome === 'fired')!.rule;
    const byRule = (await records(`?rule=${encodeURIComponent(rule)}`)).records;
    expect(ids(byRule)).toContain(blocked.evaluationId);
    for (const r of byRule) expect(r.findings.map((f: { rule: string }) => f.rule)).toContain(rule);
    expect((await records('?municipality=9999')).records).toEqual([]);
    expect(ids((await records('?from=2026-11-24&to=2026-11-24')).records)).toContain(reduction.evaluationId);
    expect((await records('?from=2026-11-25')).records).toEqual([]);

    const all = ids((await records('?limit=1000')).records);
    const paged: string[] = [];
    let cursor = '';
    for (;;) {
      const page = await records(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...ids(page.records));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(all);

    const ndjson = await get(app, '/v1/records', { ...as('legal'), accept: 'application/x-ndjson' });
    expect(ndjson.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await ndjson.text()).trim().split('\n').map((line) => JSON.parse(line) as { evaluationId: string });
    expect(ids(lines)).toEqual(all);
  });

  it('GET /v1/records is for the legal role; a bad filter is a 422 naming it', async () => {
    expect((await get(app, '/v1/records', as('caseworker'))).status).toBe(403);
    expect((await get(app, '/v1/records', as('trainer'))).status).toBe(403);
    const bad = await get(app, '/v1/records?from=2026-13-01', as('legal'));
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].path).toBe('from');
  });

  it('an outcome: 201 once, 409 the second time, 404 for an unknown evaluation, 422 for a rule that did not fire', async () => {
    const answer = await evaluate(baseRequest('contract-example'));
    const fired = answer.findings.find((f) => f.outcome === 'fired')!.rule;
    const path = `/v1/evaluations/${answer.evaluationId}/outcome`;

    const notFired = await post(app, path, { outcome: 'signed', deviations: [{ rule: fired, reason: 'professional-judgement' }, { rule: 'no.such-rule', reason: 'rule-disputed' }] });
    expect(notFired.status).toBe(422);
    expect((await notFired.json()).errors).toEqual([{ path: 'deviations.1.rule', pointer: '/deviations/1/rule', message: expect.stringContaining('no.such-rule') }]);

    expect((await post(app, path, { outcome: 'signed' }, as('trainer'))).status).toBe(403);
    const created = await post(app, path, { outcome: 'signed', deviations: [{ rule: fired, reason: 'professional-judgement', note: 'not kept' }] });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ evaluationId: answer.evaluationId, outcome: 'signed', deviations: [{ rule: fired, reason: 'professional-judgement' }], recordedAt: FIXED_NOW.toISOString() });
    expect((await post(app, path, { outcome: 'revised' }, as('legal'))).status).toBe(409);
    expect((await post(app, '/v1/evaluations/ev_unknown/outcome', { outcome: 'abandoned' })).status).toBe(404);
    expect((await post(app, path, { outcome: 'maybe' })).status).toBe(422);

    const kept = (await records('?limit=1000')).records.find((r) => r.evaluationId === answer.evaluationId)!;
    expect(kept.outcome).toEqual({ outcome: 'signed', deviations: [{ rule: fired, reason: 'professional-judgement' }], recordedAt: FIXED_NOW.toISOString() });
    expect(JSON.stringify(kept)).not.toContain('not kept');
  });

  it('GET /v1/insight: for legal and trainer; a group of fewer than 5 decisions is suppressed, 5 are shown', async () => {
    // A day of its own, so that only this test's evaluations are in scope.
    const day = testApp(undefined, undefined, { record, clock: () => new Date('2027-03-15T09:00:00Z'), newId: () => `ev_${run}_${++n}` });
    const insight = async () => (await (await get(app, '/v1/insight?municipality=4601&from=2027-03-15&to=2027-03-15', as('trainer'))).json()) as Record<string, any>;
    expect((await get(app, '/v1/insight', as('caseworker'))).status).toBe(403);
    const evaluateThatDay = async () => expect((await post(day, '/v1/evaluations', baseRequest('contract-example'))).status).toBe(200);
    for (let i = 0; i < 4; i++) await evaluateThatDay();
    const four = await insight();
    expect(four.decisions).toBeNull();
    expect(four.verdictsByMonth).toEqual([]);
    await evaluateThatDay();
    const five = await insight();
    expect(five.decisions).toBe(5);
    expect(five.verdictsByMonth).toEqual([{ month: '2027-03', verdict: 'blocked', decisions: 5 }]);
  });

  it('verify-record: the chain is unbroken; an edited row and a deleted row are found', async () => {
    const first = await evaluate(baseRequest('contract-example'));
    await evaluate(baseRequest('clear-grant'));
    const fired = first.findings.find((f) => f.outcome === 'fired')!.rule;
    expect((await post(app, `/v1/evaluations/${first.evaluationId}/outcome`, { outcome: 'signed', deviations: [{ rule: fired, reason: 'legal-advice' }] })).status).toBe(201);
    const before = await verifyRecord(opened.db);
    expect(before).toMatchObject({ ok: true, problems: [] });
    expect(before.outcomes).toBeGreaterThanOrEqual(1);

    const [kept] = await opened.db.select().from(evaluationRecord).where(eq(evaluationRecord.evaluationId, first.evaluationId));
    const seq = kept!.seq;
    await opened.db.update(evaluationRecord).set({ verdict: 'clear', findings: [] }).where(eq(evaluationRecord.seq, seq));
    const edited = await verifyRecord(opened.db);
    expect(edited.ok).toBe(false);
    expect(edited.problems.join('\n')).toContain(`entry ${seq} was changed`);
    await opened.db.update(evaluationRecord).set(kept!).where(eq(evaluationRecord.seq, seq));
    expect((await verifyRecord(opened.db)).ok).toBe(true);

    await opened.db.delete(evaluationRecord).where(eq(evaluationRecord.seq, seq));
    const deleted = await verifyRecord(opened.db);
    expect(deleted.ok).toBe(false);
    expect(deleted.problems.join('\n')).toContain(`entries ${seq}–${seq} are missing`);
    await opened.db.insert(evaluationRecord).values(kept!);
    expect((await verifyRecord(opened.db)).ok).toBe(true);

    // The last entry is this test's outcome: removing it leaves the chain short of its head.
    const [outcome] = await opened.db.select().from(evaluationOutcome).where(eq(evaluationOutcome.evaluationId, first.evaluationId));
    await opened.db.delete(evaluationOutcome).where(eq(evaluationOutcome.seq, outcome!.seq));
    expect((await verifyRecord(opened.db)).problems.join('\n')).toContain(`entries ${outcome!.seq}–${outcome!.seq} are missing`);
    await opened.db.insert(evaluationOutcome).values(outcome!);
  });
});

describe.each(backends)('retention on $name', (backend) => {
  it('cuts the expired prefix, keeps the digest of what it cut, and the rest still verifies', async () => {
    const opened = await backend.open();
    try {
      await saveReceiptKeys(opened.db, testReceiptKeys.jwks.keys);
      const record = createRecorder(opened.db, opened.describe);
      let day = Date.parse('2026-01-01T12:00:00Z');
      let n = 0;
      const app = testApp(undefined, undefined, { record, clock: () => new Date(day), newId: () => `ev_retention_${++n}` });
      for (let i = 0; i < 6; i++) {
        expect((await post(app, '/v1/evaluations', baseRequest('contract-example'))).status).toBe(200);
        day += 30 * 86_400_000;
      }
      const now = new Date(day);
      expect(await applyRetention(opened.db, 100, now)).toBe(3);
      expect(await applyRetention(opened.db, 100, now)).toBe(0);
      const report = await verifyRecord(opened.db);
      expect(report).toMatchObject({ ok: true, fromSeq: 3, evaluations: 3 });
      await opened.db.delete(evaluationRecord).where(eq(evaluationRecord.seq, 4));
      expect((await verifyRecord(opened.db)).problems.join('\n')).toMatch(/entries 4–4 are missing/);
    } finally {
      await opened.close();
    }
  });
});

describe.each(backends)('a record that cannot be written, on $name', (backend) => {
  it('the evaluation answers 503 with no verdict, and /readyz says why', async () => {
    const opened = await backend.open();
    const record = createRecorder(opened.db, opened.describe);
    const app = testApp(undefined, undefined, { record });
    expect((await get(app, '/readyz')).status).toBe(200);
    await opened.close();
    const response = await post(app, '/v1/evaluations', baseRequest('contract-example'));
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.detail).toMatch(/could not be written to the decision record/);
    for (const key of ['verdict', 'findings', 'receipt']) expect(body[key]).toBeUndefined();
    const ready = await get(app, '/readyz');
    expect(ready.status).toBe(503);
    const checks = (await ready.json()).checks as { name: string; ok: boolean; reason?: string }[];
    expect(checks.find((c) => c.name === 'record')).toMatchObject({ ok: false, reason: expect.stringMatching(/cannot be written|write failed/) });
  });
});

describe('without a record (HJEMMEL_RECORD=off)', () => {
  it('/readyz says "record off"; the record routes answer 503', async () => {
    const app = testApp();
    const ready = await get(app, '/readyz');
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks).toContainEqual(expect.objectContaining({ name: 'record', ok: true, note: expect.stringMatching(/^record off/) }));
    expect((await get(app, '/v1/records', as('legal'))).status).toBe(503);
    expect((await post(app, '/v1/evaluations/ev_x/outcome', { outcome: 'signed' })).status).toBe(503);
  });
});

describe('a PGlite folder', () => {
  it('is one process’s at a time: a second open is refused, naming the owner; after close it opens again', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'hjemmel-lock-')), 'record');
    const first = await openRecordDb({ dataDir });
    try {
      await expect(openRecordDb({ dataDir })).rejects.toThrow(`is open in another process (pid ${process.pid})`);
    } finally {
      await first.close();
    }
    const again = await openRecordDb({ dataDir });
    await again.close();
  }, 60_000);

  it('is made on first start, with the folder it lives in (a fresh clone has no data folder)', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'hjemmel-fresh-')), 'data', 'record');
    const opened = await openRecordDb({ dataDir });
    await opened.close();
  }, 60_000);
});
