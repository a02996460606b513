import { afterAll, describe, expect, it } from 'vitest';
import { unavailableRecord } from '../../src/record/decision-record.ts';
import { openRecordDb } from '../../src/record/open.ts';
import { createRecorder } from '../../src/record/recorder.ts';
import { MINIMUM_PAST_DECISIONS } from '../../src/insight/standing.ts';
import { as, baseRequest, get, post, TEST_KEYS, testApp } from '../helpers.ts';
import { bpaForm } from '../lab-form.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };

async function recordedApp() {
  const opened = await openRecordDb({ dataDir: 'memory://' });
  return { app: testApp(undefined, undefined, { record: createRecorder(opened.db, opened.describe) }), close: opened.close };
}
const withRecord = await recordedApp();
const forPercentile = await recordedApp();
afterAll(async () => {
  await withRecord.close();
  await forPercentile.close();
});

type App = ReturnType<typeof testApp>;

/** A signed-in caseworker's session cookie and the CSRF token its pages' forms carry. */
async function session(app: App) {
  const login = await app.request('/login', { method: 'POST', headers: FORM, body: new URLSearchParams({ key: TEST_KEYS.caseworker, next: '/lab' }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const html = await (await app.request('/lab', { headers: { cookie } })).text();
  return { cookie, csrf: /<input type="hidden" name="csrf" value="([^"]+)"/.exec(html)![1]! };
}

const postLab = (app: App, s: { cookie: string; csrf: string }, path: string, fields: [string, string][]) =>
  app.request(path, { method: 'POST', headers: { ...FORM, cookie: s.cookie }, body: new URLSearchParams([['csrf', s.csrf], ...fields]) });

const evaluationIdIn = (html: string) => /<input type="hidden" name="evaluationId" value="([^"]+)"/.exec(html)?.[1];
const firedRulesIn = (html: string) => [...html.matchAll(/<select id="[^"]+" name="deviation\.([^"]+)">/g)].map((m) => m[1]!);

describe('the lab records its check and offers the outcome', () => {
  it('records the check, shows "Hva ble resultatet?" with a departure choice per fired finding, and records the outcome, which GET /v1/records then shows', async () => {
    const { app } = withRecord;
    const s = await session(app);
    const html = await (await postLab(app, s, '/lab', bpaForm('35'))).text();
    expect(html).toContain('Hva ble resultatet?');
    const evaluationId = evaluationIdIn(html)!;
    expect(evaluationId).toMatch(/^ev_test_/);
    for (const outcome of ['Signert', 'Endret', 'Forkastet']) expect(html).toContain(`>${outcome}</label>`);
    const fired = firedRulesIn(html);
    expect(fired).toContain('bpa.right-from-32-hours');
    expect(html).toContain('<option value="professional-judgement">Faglig skjønn</option>');

    const before = (await (await get(app, `/v1/records?municipality=0301`, as('legal'))).json()) as { records: { evaluationId: string; outcome: unknown }[] };
    expect(before.records.find((r) => r.evaluationId === evaluationId)?.outcome).toBeNull();

    const saved = await postLab(app, s, '/lab/outcome', [
      ['evaluationId', evaluationId],
      ['outcome', 'signed'],
      ['deviation.bpa.right-from-32-hours', 'professional-judgement'],
      ...fired.filter((r) => r !== 'bpa.right-from-32-hours').map((r): [string, string] => [`deviation.${r}`, '']),
    ]);
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Resultatet er lagret');
    const after = (await (await get(app, `/v1/records?municipality=0301`, as('legal'))).json()) as { records: { evaluationId: string; outcome: { outcome: string; deviations: unknown[] } | null }[] };
    expect(after.records.find((r) => r.evaluationId === evaluationId)?.outcome).toMatchObject({
      outcome: 'signed',
      deviations: [{ rule: 'bpa.right-from-32-hours', reason: 'professional-judgement' }],
    });

    const again = await postLab(app, s, '/lab/outcome', [['evaluationId', evaluationId], ['outcome', 'abandoned']]);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Resultatet var allerede lagret');
  });

  it('refuses an outcome without the session’s CSRF token, and records nothing', async () => {
    const { app } = withRecord;
    const s = await session(app);
    const evaluationId = evaluationIdIn(await (await postLab(app, s, '/lab', bpaForm('35'))).text())!;
    const refused = await app.request('/lab/outcome', { method: 'POST', headers: { ...FORM, cookie: s.cookie }, body: new URLSearchParams({ evaluationId, outcome: 'signed' }) });
    expect(refused.status).toBe(403);
    const records = (await (await get(app, `/v1/records?municipality=0301`, as('legal'))).json()) as { records: { evaluationId: string; outcome: unknown }[] };
    expect(records.records.find((r) => r.evaluationId === evaluationId)?.outcome).toBeNull();
  });

  it('says in Norwegian when the departure names a finding that did not fire, or the evaluation is unknown', async () => {
    const { app } = withRecord;
    const s = await session(app);
    const evaluationId = evaluationIdIn(await (await postLab(app, s, '/lab', bpaForm('35'))).text())!;
    const notFired = await postLab(app, s, '/lab/outcome', [['evaluationId', evaluationId], ['outcome', 'signed'], ['deviation.no.such-rule', 'rule-disputed']]);
    expect(notFired.status).toBe(422);
    expect(await notFired.text()).toContain('Du kan bare fravike funn som slo til');
    const unknown = await postLab(app, s, '/lab/outcome', [['evaluationId', 'ev_not-in-the-record'], ['outcome', 'signed']]);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Beslutningsloggen har ingen kontroll ev_not-in-the-record');
  });

  it('gives no verdict when the check cannot be written to the record (503), as the API', async () => {
    const app = testApp(undefined, undefined, { record: unavailableRecord('the test record cannot be written') });
    const s = await session(app);
    const response = await postLab(app, s, '/lab', bpaForm('35'));
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('Kontrollen kunne ikke skrives til beslutningsloggen');
    expect(html).not.toContain('class="verdict');
  });

  it('without a record (HJEMMEL_RECORD=off) shows no outcome form and says nothing is recorded', async () => {
    const app = testApp();
    const s = await session(app);
    const html = await (await postLab(app, s, '/lab', bpaForm('35'))).text();
    expect(html).toContain('class="verdict');
    expect(html).not.toContain('Hva ble resultatet?');
    expect(html).toContain('ingenting av kontrollen lagres');
  });
});

/** A grant of practical assistance in municipality 4601 at functional level 3.4 (band 3–4), of `hours` a week. */
function grant(hours: number) {
  const request = baseRequest('contract-example');
  request.decision.kind = 'grant';
  request.decision.services = [{ type: 'practical-assistance', grantedHoursPerWeek: hours, appliedHoursPerWeek: hours, expectedDurationDays: 365, from: '2026-12-01', to: null }];
  return request;
}

describe('where the draft’s grant falls among the municipality’s past decisions', () => {
  it(`says nothing with ${MINIMUM_PAST_DECISIONS - 1} past decisions, and the percentile with ${MINIMUM_PAST_DECISIONS}`, async () => {
    const { app } = forPercentile;
    for (let hours = 1; hours < MINIMUM_PAST_DECISIONS; hours++) expect((await post(app, '/v1/evaluations', grant(hours), as('caseworker'))).status).toBe(200);
    // A what-if (legal staff pinning a version not in force) is no decision: it does not count.
    const whatIf = await post(app, '/v1/evaluations', { ...grant(30), pin: { 'municipality-4601': '1.1.0' } }, as('legal'));
    expect(((await whatIf.json()) as { whatIf?: boolean }).whatIf).toBe(true);
    const s = await session(app);
    const check = async () => (await app.request('/lab', { method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf, 'sec-fetch-site': 'same-origin' }, body: JSON.stringify(grant(12)) })).text();
    const nineteen = await check();
    expect(nineteen).toContain('data-rule="equality.outside-reference-range"');
    expect(nineteen).not.toContain('tidligere vedtak om');
    // A check in the lab is recorded as a decision like any other: the first one (12 hours) is the 20th.
    const html = await check();
    // 1..19 hours and the first lab check's 12: 11 of 20 granted fewer than 12 hours.
    expect(html).toContain('Forslaget på 12 timer ligger høyere enn 55 % av kommunens 20 tidligere vedtak om praktisk bistand for funksjonsnivå 3–4.');
  });
});
