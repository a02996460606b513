import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { categories } from '../../src/rulesets/schema.ts';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { bundledRegistry, FIXED_NOW, get, requestsDir, root, testApp } from '../helpers.ts';

const training = readTrainingDir(`${root}fixtures/training`, requestsDir);
const app = createApp({ registry: bundledRegistry(), clock: () => FIXED_NOW, newId: () => 'ev_test', training });

function postForm(path: string, fields: [string, string][]) {
  return app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
}

/** A BPA refusal typed into the lab form, field by field as the browser posts it. */
const bpaForm = (need: string): [string, string][] => [
  ['action', 'evaluate'],
  ['lines', '1'],
  ['decisionDate', '2026-03-10'],
  ['municipality', '0301'],
  ['decision.kind', 'rejection'],
  ['decision.services.0.type', 'bpa'],
  ['decision.services.0.grantedHoursPerWeek', '0'],
  ['decision.services.0.expectedDurationDays', '1095'],
  ['decision.grounds.citesLegalBasis', 'true'],
  ['decision.grounds.describesFacts', 'true'],
  ['decision.grounds.statesMainConsiderations', 'true'],
  ['decision.grounds.reasons', 'budget, need-not-documented'],
  ['decision.appealNotice.included', 'true'],
  ['decision.appealNotice.deadlineWeeks', '4'],
  ['decision.appealNotice.body', 'statsforvalteren'],
  ['applicant.age', '45'],
  ['assessment.assessedNeedHoursPerWeek', need],
  ['assessment.expectedLongTermNeed', 'true'],
  ['assessment.increasedCostDocumented', 'false'],
  ['procedure.decisionMakers.0.role', ''],
];

const rulesIn = (html: string) => [...html.matchAll(/<article class="finding[^"]*" data-rule="([^"]+)"/g)].map((m) => m[1]);

describe('pages', () => {
  it.each(['/lab', '/lab?lang=nn', '/rulesets', '/rulesets/no-national/2025.1.0', '/rulesets/municipality-4601/1.0.0', '/training', '/training?lang=en', '/training/trainer', '/training/bpa-35-hours'])(
    '%s is a whole HTML page in its language, never cached, with no cookie',
    async (path) => {
      const response = await get(app, path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('set-cookie')).toBeNull();
      const html = await response.text();
      expect(html.startsWith('<!doctype html><html lang="')).toBe(true);
      expect(html).toContain(`lang="${new URL(path, 'http://x').searchParams.get('lang') ?? 'nb'}"`);
      expect(html.match(/<main /g)).toHaveLength(1);
      expect(html.match(/<h1>/g)).toHaveLength(1);
      expect(html).not.toContain('[object Object]');
    },
  );

  it('serves its stylesheet and script', async () => {
    expect((await get(app, '/assets/pages.css')).headers.get('content-type')).toContain('text/css');
    expect(await (await get(app, '/assets/pages.js')).text()).toContain('localStorage');
  });

  it('answers unknown pages with an HTML 404, and leaves the API’s problem responses alone', async () => {
    for (const path of ['/training/no-such-scenario', '/rulesets/no-national/9.9.9', '/rulesets/no-national/diff?from=2025.1.0&to=9.9.9', '/lab/x']) {
      const response = await get(app, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('text/html');
    }
    expect((await get(app, '/v1/nope')).headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('rule lab', () => {
  it('evaluates the form through the service’s path: a 31,9-hour need (decimal comma) gives the 25-hour BPA right', async () => {
    const html = await (await postForm('/lab', bpaForm('31,9'))).text();
    expect(html).toContain('verdict-blocked');
    expect(rulesIn(html)).toContain('bpa.right-from-25-hours');
    expect(rulesIn(html)).not.toContain('bpa.right-from-32-hours');
    expect(html).toContain('https://lovdata.no/lov/1999-07-02-63/§2-1d');
    expect(html).toContain('31,9 timer i uken');
    // The request as evaluated, for copying: the form's text became numbers and a list.
    expect(html).toContain('&quot;assessedNeedHoursPerWeek&quot;: 31.9');
    expect(html).toContain('&quot;budget&quot;,');
  });

  it('leaves a fact out when the form says "not given", and the rule is undetermined, never clear', async () => {
    const fields = bpaForm('40').map(([k, v]): [string, string] => [k, k === 'assessment.expectedLongTermNeed' ? '' : v]);
    const html = await (await postForm('/lab', fields)).text();
    expect(html).toContain('verdict-blocked');
    expect(html).toContain('Kunne ikke sjekkes');
    expect(html).toContain('href="#f-assessment-expectedLongTermNeed"');
  });

  it('shows a wrong field in the error summary and at the field, keeping what was typed', async () => {
    const fields = bpaForm('mange').concat([['decision.appealNotice.deadlineWeeks', '4']]);
    const html = await (await postForm('/lab', fields)).text();
    expect(html).toContain('class="error-summary" role="alert"');
    expect(html).toContain('<a href="#f-assessment-assessedNeedHoursPerWeek">Vurdert behov, timer per uke:');
    expect(html).toMatch(/id="f-assessment-assessedNeedHoursPerWeek"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-assessment-assessedNeedHoursPerWeek"/);
    expect(html).toContain('value="mange"');
    expect(html).not.toContain('class="verdict');
  });

  it('adds a service line without evaluating', async () => {
    const html = await (await postForm('/lab', [...bpaForm('20').filter(([k]) => k !== 'action'), ['action', 'add-line']])).text();
    expect(html).toContain('name="decision.services.1.type"');
    expect(html).toContain('name="lines" value="2"');
    expect(html).not.toContain('class="verdict');
  });

  it('evaluates pasted JSON, and says so when it is not JSON', async () => {
    const ok = await (await postForm('/lab', [['action', 'json'], ['json', JSON.stringify(training.get('contract-example')!.request)]])).text();
    expect(rulesIn(ok)).toEqual(expect.arrayContaining(['bpa.right-from-32-hours', 'appeal.deadline-statutory', 'appeal.body-statutory', 'grounds.main-considerations']));
    expect(ok).toMatch(/<article lang="nn" data-wording="appeal.pasrl">/);
    const bad = await (await postForm('/lab', [['action', 'json'], ['json', '{"decisionDate": ']])).text();
    expect(bad).toContain('Dette er ikke gyldig JSON');
  });

  it('compares two pinned versions on the same decision', async () => {
    const fields: [string, string][] = [...bpaForm('35'), ['compare', 'true'], ['pinA.no-national', '2025.1.0'], ['pinB.no-national', '2025.1.0']];
    const html = await (await postForm('/lab', fields)).text();
    expect(html).toContain('<table class="compare">');
    expect(html).toMatch(/data-compare-rule="bpa.right-from-32-hours"><th scope="row"><code>bpa.right-from-32-hours<\/code> \(Tjenestelinje 1\)<\/th><td>Feil<\/td><td>Feil<\/td><td>Likt<\/td>/);
    expect(html.match(/class="side-result"/g)).toHaveLength(2);
  });

  it('refuses a pin to an unknown version with the field named', async () => {
    const html = await (await postForm('/lab', [...bpaForm('35'), ['pinA.no-national', '1.0.0']])).text();
    expect(html).toContain('unknown version 1.0.0');
    expect(html).toContain('href="#f-pinA-no-national"');
  });

  it('starts from a training scenario', async () => {
    const html = await (await get(app, '/lab?scenario=short-stay-eight-weeks')).text();
    expect(html).toMatch(/name="municipality"[^>]*value="4601"|value="4601"[^>]*name="municipality"/);
    expect(html).toContain('<option value="short-term-stay" selected="">');
  });
});

describe('training pages', () => {
  it('marks answers from the engine and explains with citations; the server keeps nothing', async () => {
    const wrong = await (await postForm('/training/appeal-wrong-body', [['sign', 'clear'], ['change', '1'], ['rule', 'appeal.deadline-statutory']])).text();
    expect(wrong).toContain('Du fikk 0 av 3 riktige');
    expect(wrong).toContain('Riktig svar: Nei, det må endres først');
    expect(wrong).toContain('Du manglet: appeal.body-statutory');
    expect(wrong).toContain('Slår ikke til: appeal.deadline-statutory');
    expect(wrong).toContain('https://lovdata.no/lov/1999-07-02-63/§7-2');
    const right = await postForm('/training/appeal-wrong-body', [['sign', 'blocked'], ['change', '0'], ['rule', 'appeal.body-statutory']]);
    expect(await right.text()).toContain('Du fikk 3 av 3 riktige');
    expect(right.headers.get('set-cookie')).toBeNull();
  });

  it('lets a learner say no rule applies', async () => {
    const html = await (await postForm('/training/bpa-age-67?lang=en', [['sign', 'clear']])).text();
    expect(html).toContain('You got 2 of 2 right');
  });

  it('shows a page without scenarios when the face loaded none', async () => {
    const bare = testApp();
    const html = await (await get(bare, '/training')).text();
    expect(html).toContain('Ingen opplæringsscenarier er lastet');
    expect((await get(bare, '/training/bpa-35-hours')).status).toBe(404);
  });

  it('tells trainers what each scenario teaches and that it matches the engine', async () => {
    const html = await (await get(app, '/training/trainer')).text();
    expect(html.match(/data-scenario="/g)).toHaveLength(training.scenarios.length);
    expect(html.match(/Stemmer med motoren/g)).toHaveLength(training.scenarios.length);
    for (const category of categories) expect(html).toMatch(new RegExp(`data-category="${category}">[^<]+: (\\d+ scenarier|ingen ennå)</li>`));
  });
});
