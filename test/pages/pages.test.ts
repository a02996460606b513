import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../../src/api/app.ts';
import { EvaluationRequest } from '../../src/decision/schema.ts';
import { groups, lineFields } from '../../src/pages/lab/form.ts';
import { labelOf } from '../../src/pages/labels.ts';
import { loadRulesets } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { categories } from '../../src/rulesets/schema.ts';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { as, bundledRegistry, FIXED_NOW, get, requestsDir, root, TEST_KEYS, testApiKeys, testApp } from '../helpers.ts';
import { bpaForm } from '../lab-form.ts';

const training = readTrainingDir(`${root}fixtures/training`, requestsDir);
const app = createApp({ registry: bundledRegistry(), clock: () => FIXED_NOW, newId: () => 'ev_test', training, apiKeys: testApiKeys });

function postForm(path: string, fields: [string, string][], role: Parameters<typeof as>[0] = 'caseworker') {
  return app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...as(role) }, body: new URLSearchParams(fields) });
}

/** Every leaf field of the request schema by dotted path; list items as item 0, as the form names them. */
function requestFields(schema: z.core.$ZodType, path = ''): string[] {
  const def = schema._zod.def as any;
  if (['optional', 'nullable', 'default'].includes(def.type)) return requestFields(def.innerType, path);
  if (def.type === 'array' && def.element._zod.def.type === 'object') return requestFields(def.element, `${path}.0`);
  if (def.type === 'object') return Object.entries(def.shape).flatMap(([key, inner]) => requestFields(inner as z.core.$ZodType, path ? `${path}.${key}` : key));
  return [path];
}

const rulesIn = (html: string) => [...html.matchAll(/<article class="finding[^"]*" data-rule="([^"]+)"/g)].map((m) => m[1]);

describe('signing in to the pages', () => {
  const paths = ['/lab', '/rulesets', '/rulesets/no-national/2025.1.0', '/training', '/training/trainer', '/training/bpa-35-hours'];
  it.each(paths)('%s without a key shows the sign-in form (401), never the page', async (path) => {
    const response = await get(app, path, as(null));
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/login">');
    expect(html).toContain(`name="next" value="${path}"`);
    expect(html).not.toContain('data-rule=');
  });

  it('holds each page to the roles of the API', async () => {
    const status = async (path: string, role: Parameters<typeof as>[0]) => (await get(app, path, as(role))).status;
    expect(await status('/lab', 'trainer')).toBe(403);
    expect(await status('/rulesets', 'trainer')).toBe(403);
    expect(await status('/training/trainer', 'caseworker')).toBe(403);
    expect(await status('/training/trainer', 'trainer')).toBe(200);
    expect(await status('/training', 'caseworker')).toBe(200);
    expect(await status('/lab', 'caseworker')).toBe(200);
  });

  it('shows drafts to legal staff only', async () => {
    expect(await (await get(app, '/rulesets', as('caseworker'))).text()).not.toContain('2027.0.0-draft');
    expect(await (await get(app, '/rulesets', as('legal'))).text()).toContain('2027.0.0-draft');
    const draftPin = [['action', 'json'], ['json', JSON.stringify({ ...training.get('contract-example')!.request, pin: { 'no-national': '2027.0.0-draft' } })]] as [string, string][];
    const pinned = await (await postForm('/lab', draftPin, 'caseworker')).text();
    expect(pinned).not.toContain('data-rule=');
    // The check path's refusal, said in Norwegian with the version in force, linked to the version picker.
    expect(pinned).toContain('Bare juridisk rolle kan velge no-national 2027.0.0-draft (utkast): versjonen som gjelder på vedtaksdatoen, er 2026.2.0.');
    expect(pinned).toContain('kan bare velges av juridisk rolle.');
    const legal = await (await postForm('/lab', draftPin, 'legal')).text();
    expect(legal).toContain('data-rule=');
    expect(legal).not.toContain('kan bare velges av juridisk rolle.');
  });

  it('signs in with a key into an HttpOnly, SameSite=Strict cookie, and refuses an unknown key', async () => {
    const bad = await app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ key: 'nope', next: '/rulesets' }) });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('set-cookie')).toBeNull();
    const good = await app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ key: TEST_KEYS.caseworker, next: '/rulesets' }) });
    expect(good.status).toBe(303);
    expect(good.headers.get('location')).toBe('/rulesets');
    const cookie = good.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await app.request('/rulesets', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    const away = await app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ key: TEST_KEYS.caseworker, next: '//elsewhere.example/' }) });
    expect(away.headers.get('location')).toBe('/lab'); // not elsewhere: the role's start page
  });

  it('keeps the pages closed when no keys are configured', async () => {
    const closed = createApp({ registry: bundledRegistry(), clock: () => FIXED_NOW, newId: () => 'ev_test', training });
    expect((await closed.request('/lab')).status).toBe(503);
  });
});

describe('pages', () => {
  it.each(['/lab', '/lab?lang=nn', '/rulesets', '/rulesets/no-national/2025.1.0', '/rulesets/municipality-4601/1.0.0', '/training', '/training?lang=en', '/training/trainer', '/training/bpa-35-hours'])(
    '%s is a whole HTML page in its language, never cached, with no cookie',
    async (path) => {
      const response = await get(app, path, as('legal'));
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
    const script = await (await get(app, '/assets/pages.js')).text();
    expect(script).toContain('localStorage');
    // It parses: a slip in the template it is written in would break every page's script.
    expect(() => new Script(script)).not.toThrow();
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

describe('ruleset page: the law beside the condition', () => {
  const quoted = createApp({ registry: loadRulesets(readRulesDir(`${root}fixtures/rulesets/quoted`).sources), clock: () => FIXED_NOW, newId: () => 'ev_test', apiKeys: testApiKeys });
  const ruleHtml = async (id: string) => {
    const html = await (await get(quoted, '/rulesets/tiny-national/1.0.0')).text();
    return html.split(/(?=<article )/).find((part) => part.includes(`data-rule="${id}"`)) ?? '';
  };

  it('shows each rule\'s quote (text, source, link) next to its condition, with the review status in Norwegian', async () => {
    const rule = await ruleHtml('appeal.notice-missing');
    // The condition and the law in one two-column cell: condition first, then the law.
    const beside = /<dd class="law-beside"><div>([\s\S]*?)<\/div><section class="law" aria-label="Lovtekst">([\s\S]*?)<\/section><\/dd>/.exec(rule);
    expect(beside, 'condition and law side by side').not.toBeNull();
    expect(beside![1]).toContain('decision.appealNotice.included');
    const law = beside![2]!;
    const url = 'https://www.regjeringen.no/no/dokumenter/-27---om-kravet-etter-forvaltningsloven-til-informasjon-om-klageadgang/id2513299/';
    expect(law).toContain(`<blockquote cite="${url}">I underretningen skal videre gis opplysning om klageadgang, klagefrist, klageinstans og den nærmere fremgangsmåte ved klage</blockquote>`);
    expect(law).toContain(`<a href="${url}">forvaltningsloven § 27 tredje ledd første punktum</a>`);
    expect(law).toContain('<span class="review-confirmed">Kontrollert</span> (kontrollert 2026-11-24).');
    const toReview = await ruleHtml('age.as-reason');
    expect(toReview).toContain('<span class="review-needs-legal-review">Må vurderes av jurist</span>');
    expect(toReview).toContain('Ordlyden er lest i et sitat av lovteksten, ikke på Lovdata');
  });

  it('says in nynorsk too, and says so when a rule quotes no law', async () => {
    const nn = await (await get(quoted, '/rulesets/tiny-national/1.0.0?lang=nn')).text();
    expect(nn).toContain('Må vurderast av jurist');
    const old = await (await get(app, '/rulesets/no-national/2025.1.0')).text();
    expect(old).toContain('Ingen lovtekst er sitert for denne regelen ennå.');
    expect(old).not.toContain('<blockquote');
  });
});

describe('rule lab', () => {
  it('has a labelled field for every field of the request, so a whole decision can be filled in', () => {
    const form = [...Object.values(groups).flat(), ...lineFields(0, [])].map((f) => f.path);
    // pin: the version pickers; grounds.text: free text no rule reads (the JSON panel takes it).
    const elsewhere = ['pin', 'decision.grounds.text'];
    const request = requestFields(EvaluationRequest).filter((path) => !elsewhere.includes(path));
    expect(request.filter((path) => !form.includes(path))).toEqual([]);
    expect(form.filter((path) => !request.includes(path))).toEqual([]);
    for (const path of form) for (const lang of ['nb', 'nn'] as const) expect(labelOf(path, lang), `${path} ${lang}`).toBeTruthy();
  });

  it('names the reason codes the rules look for, in words', async () => {
    const html = await (await get(app, '/lab')).text();
    expect(html).toContain('Reglene ser etter: age (alder), budget (budsjett), capacity (kapasitet), other-service-responsible (en annen tjeneste har ansvaret).');
  });

  it('points a missing group of facts at its first field', async () => {
    const fields = bpaForm('20', { 'procedure.decisionMakers.0.role': '', 'procedure.decisionMakers.0.relatedToApplicant': '', 'procedure.decisionMakers.0.providesTheService': '' });
    const html = await (await postForm('/lab', fields)).text();
    expect(rulesIn(html)).toEqual(['procedure.related-decision-maker', 'procedure.own-service-and-budget', 'equality.budget-below-assessed-need']);
    expect(html).toContain('href="#f-procedure-decisionMakers-0-role"');
  });

  it('evaluates the form through the service’s path: a 31,9-hour need (decimal comma) gives the 25-hour BPA right', async () => {
    const html = await (await postForm('/lab', bpaForm('31,9'))).text();
    expect(html).toContain('verdict-blocked');
    // The 25-hour right, and budget given as the reason for less than the need (the Fusa judgment); nothing undetermined.
    expect(rulesIn(html)).toEqual(['bpa.right-from-25-hours', 'equality.budget-below-assessed-need']);
    expect(html).not.toContain('Kunne ikke sjekkes');
    expect(html).toContain('https://lovdata.no/lov/1999-07-02-63/%C2%A72-1d');
    expect(html).toContain('31,9 timer i uken');
    // The request as evaluated, for copying: the form's text became numbers and a list.
    expect(html).toContain('&quot;assessedNeedHoursPerWeek&quot;: 31.9');
    expect(html).toContain('&quot;budget&quot;,');
  });

  it('leaves a fact out when the form says "not given", and the rule is undetermined, never clear', async () => {
    const fields = bpaForm('40', { 'assessment.expectedLongTermNeed': '' });
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
    expect(rulesIn(ok)).toEqual(['bpa.right-from-32-hours', 'appeal.deadline-statutory', 'appeal.body-statutory', 'grounds.main-considerations', 'equality.budget-below-assessed-need']);
    expect(ok).toMatch(/<article lang="nn" data-wording="appeal.pasrl">/);
    const bad = await (await postForm('/lab', [['action', 'json'], ['json', '{"decisionDate": ']])).text();
    expect(bad).toContain('Dette er ikke gyldig JSON');
  });

  it('compares two pinned versions on the same decision', async () => {
    const fields: [string, string][] = [...bpaForm('35'), ['compare', 'true'], ['pinA.no-national', '2025.1.0'], ['pinB.no-national', '2025.1.0']];
    const html = await (await postForm('/lab', fields)).text();
    expect(html).toContain('<table class="compare">');
    expect(html).toMatch(/data-compare-rule="bpa.right-from-32-hours" data-key="[^"]+"><th scope="row">BPA: behov på minst 32 timer i uken \(Tjenestelinje 1\) <code class="rule-id">bpa.right-from-32-hours<\/code><\/th><td>Feil<\/td><td>Feil<\/td><td>Likt<\/td>/);
    expect(html).toContain('Versjonene gir de samme funnene.');
    expect(html.match(/class="side-result"/g)).toHaveLength(2);
  });

  it('refuses a pin to an unknown version with the field named', async () => {
    const html = await (await postForm('/lab', [...bpaForm('35'), ['pinA.no-national', '1.0.0']])).text();
    expect(html).toContain('Versjon 1.0.0 finnes ikke.');
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
    // Rules by their titles, never by their ids.
    expect(wrong).toContain('Du manglet: Feil klageinstans for helse- og omsorgstjenester');
    expect(wrong).toContain('Slår ikke til: Feil klagefrist for helse- og omsorgstjenester');
    expect(wrong).toContain('https://lovdata.no/lov/1999-07-02-63/%C2%A77-2');
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
    const html = await (await get(app, '/training/trainer', as('trainer'))).text();
    expect(html.match(/data-scenario="/g)).toHaveLength(training.scenarios.length);
    expect(html.match(/Stemmer med motoren/g)).toHaveLength(training.scenarios.length);
    for (const category of categories) expect(html).toMatch(new RegExp(`data-category="${category}">[^<]+: (\\d+ scenarier|ingen ennå)</li>`));
  });
});

describe('ruleset diff', () => {
  it('names changed fields in Norwegian and marks the changed words of a changed text', async () => {
    const html = await (await get(app, '/rulesets/no-national/diff?from=2026.1.0&to=2026.2.0', as('legal'))).text();
    const changed = html.slice(html.indexOf('data-changed="procedure.provisional-reply"'));
    expect(changed).toContain('<caption>Endrede felt: Gjelder, Hjemmel, Merknad fra regelfilen, Tittel, Lovtekst, Kontroll</caption>');
    expect(changed).toContain('<tr data-field="legalBasis"><th scope="row"><span class="fact">Hjemmel <code>legalBasis</code></span></th>');
    // The citation that moved from andre to tredje ledd: the new words marked, the old ones struck.
    expect(changed).toMatch(/<del class="word">[^<]*<\/del>/);
  });
});
