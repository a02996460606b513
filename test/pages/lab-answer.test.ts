import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { as, baseRequest, bundledRegistry, FIXED_NOW, get, requestsDir, root, testApiKeys } from '../helpers.ts';
import { bpaForm } from '../lab-form.ts';
import { validNumber } from '../pii-numbers.ts';

const training = readTrainingDir(`${root}fixtures/training`, requestsDir);
const app = createApp({ registry: bundledRegistry(), clock: () => FIXED_NOW, newId: () => 'ev_test', training, apiKeys: testApiKeys });

const postForm = (fields: [string, string][], path = '/lab') =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...as('caseworker') }, body: new URLSearchParams(fields) });
const postJson = (body: string, query = '') => app.request(`/lab${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...as('caseworker') }, body });

const rulesIn = (html: string) => [...html.matchAll(/<article class="finding[^"]*" data-rule="([^"]+)"/g)].map((m) => m[1]);
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The apply buttons of "Endre før du signerer", by the rule of their finding. */
function applyButtons(html: string): { rule: string; value: string }[] {
  return [...html.matchAll(/<li class="change [^"]*" data-change-rule="([^"]+)">(.*?)<\/li><\/ul><\/li>/gs)].flatMap(([, rule, inner]) =>
    [...inner!.matchAll(/name="apply" value="([^"]+)"/g)].map((m) => ({ rule: rule!, value: unescape(m[1]!) })),
  );
}

describe('the lab answer', () => {
  it('lists what to change under the verdict, most severe first, each fix linking to its field, before the wording and the findings', async () => {
    const html = await (await postForm(bpaForm('35', { 'decision.appealNotice.deadlineWeeks': '3' }))).text();
    const verdict = html.indexOf('class="verdict');
    const changes = html.indexOf('Endre før du signerer');
    const wording = html.indexOf('data-wording=');
    const findings = html.indexOf('<article class="finding');
    expect(verdict).toBeGreaterThan(0);
    expect([verdict < changes, changes < wording, wording < findings]).toEqual([true, true, true]);
    const order = [...html.matchAll(/<li class="change severity-(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual([...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a!) - ['error', 'warning', 'info'].indexOf(b!)));
    expect(html).toMatch(/<li data-fix="decision.appealNotice.deadlineWeeks"><span id="fix-\d+-\d+"><a href="#f-decision-appealNotice-deadlineWeeks">/);
  });

  it('applies a fix to the form and checks again, without a script: the finding is gone and the field holds the new value', async () => {
    const form = bpaForm('35', { 'decision.appealNotice.deadlineWeeks': '3' });
    const before = await (await postForm(form)).text();
    expect(rulesIn(before)).toContain('appeal.deadline-statutory');
    const fix = applyButtons(before).find((b) => b.rule === 'appeal.deadline-statutory')!;
    expect(JSON.parse(fix.value)).toEqual([{ path: 'decision.appealNotice.deadlineWeeks', value: 4 }]);
    const after = await (await postForm([...form.filter(([name]) => name !== 'action'), ['apply', fix.value]])).text();
    expect(rulesIn(after)).not.toContain('appeal.deadline-statutory');
    expect(rulesIn(after).length).toBe(rulesIn(before).length - 1);
    expect(after).toMatch(/id="f-decision-appealNotice-deadlineWeeks" name="decision.appealNotice.deadlineWeeks"[^>]*|value="4"[^>]*id="f-decision-appealNotice-deadlineWeeks"/);
    expect(after).toMatch(/<input type="text" inputmode="decimal" value="4" id="f-decision-appealNotice-deadlineWeeks"/);
  });

  it('heads findings by their Norwegian title with the rule id small, and folds the "Fordi" table', async () => {
    const html = await (await postForm(bpaForm('35'))).text();
    expect(html).toContain('<h4><span class="badge">Feil</span> BPA: behov på minst 32 timer i uken</h4>');
    expect(html).toContain('<code class="rule-id">bpa.right-from-32-hours</code>');
    expect(html).toContain('<details class="because"><summary>Fordi</summary>');
    expect(html).not.toContain('<details class="because" open');
  });

  it('offers the wording with a copy button per block and one for all', async () => {
    const html = await (await postJson(JSON.stringify(training.get('contract-example')!.request))).text();
    const blocks = html.match(/data-wording="/g)!.length;
    expect(html.match(/data-copy="block"/g)).toHaveLength(blocks);
    expect(html.match(/data-copy="all"/g)).toHaveLength(1);
  });

  it('never says "Klar – ingen funn" above a finding: clear with an info finding says so', async () => {
    const request = baseRequest('clear-grant');
    request.assessment.needsCoordinatedServices = true;
    const html = await (await postJson(JSON.stringify(request))).text();
    expect(rulesIn(html)).toEqual(['individual-plan.offer-plan-and-coordinator']);
    expect(html).toContain('verdict-clear');
    expect(html).not.toContain('Klar – ingen funn');
    expect(html).toContain('Klar – ingen feil eller advarsler, men se merknadene under');
  });
});

describe('the lab form', () => {
  it('assumes nothing: every yes/no fact is three-way and starts "Ikke vurdert", and no field starts filled in but the date', async () => {
    const html = await (await get(app, '/lab', as('caseworker'))).text();
    expect(html).not.toContain('type="checkbox" value="true"');
    expect(html).not.toMatch(/<option value="true" selected/);
    expect(html).not.toMatch(/<option value="(statsforvalteren|rejection|grant)" selected/);
    expect(html.match(/<option value="">Ikke vurdert<\/option>/g)!.length).toBeGreaterThanOrEqual(20);
    expect(html).toContain('value="24.11.2026"');
  });

  it('reads dates written 24.11.2026 and shows them back so, in a text field with a date pattern', async () => {
    const html = await (await postForm(bpaForm('35', { decisionDate: '10.03.2026', 'procedure.applicationReceived': '20.2.2026' }))).text();
    expect(html).toContain('class="verdict');
    expect(html).toMatch(/<input type="text" inputmode="numeric" pattern="[^"]+" placeholder="dd.mm.åååå" autocomplete="off" value="10.03.2026" id="f-decisionDate"/);
    expect(html).toContain('&quot;decisionDate&quot;: &quot;2026-03-10&quot;');
  });

  it('says what is wrong in plain bokmål and nynorsk, at the field by its label, never in the schema’s English', async () => {
    const fields = bpaForm('200', { decisionDate: '31.02.2026', 'decision.services.0.expectedDurationDays': '1,5' });
    const nb = await (await postForm(fields)).text();
    expect(nb).toContain('<a href="#f-assessment-assessedNeedHoursPerWeek">Vurdert behov, timer per uke: Kan ikke være mer enn 168.</a>');
    expect(nb).toContain('Vedtaksdato: Datoen finnes ikke.');
    expect(nb).toContain('Forventet varighet i dager: Må være et helt tall.');
    const nn = await (await postForm(fields, '/lab?lang=nn')).text();
    expect(nn).toContain('<a href="#f-assessment-assessedNeedHoursPerWeek">Vurdert behov, timar per veke: Kan ikkje vere meir enn 168.</a>');
    expect(nn).toContain('Venta varigheit i dagar: Må vere eit heilt tal.');
    for (const html of [nb, nn]) expect(html).not.toMatch(/Invalid input|Too big|expected (number|string)|must be/);
  });

  it('asks only for what names the decision when only the service lines are filled in: grounds and appeal may be left for later', async () => {
    const html = await (await postForm([['lines', '1'], ['decision.services.0.type', 'home-nursing'], ['decision.services.0.grantedHoursPerWeek', '4'], ['decision.services.0.expectedDurationDays', '365']])).text();
    expect(html).not.toContain('class="verdict');
    for (const label of ['Vedtaksdato', 'Type vedtak', 'Kommunenummer', 'Søkeren']) expect(html).toMatch(new RegExp(`${label}: Må fylles ut\\.`));
    expect(html).not.toMatch(/(Begrunnelsen viser til hjemmel|Klageopplysningene|Brevet har klageopplysninger): (Må fylles ut|Velg Ja eller Nei)/);
  });

  it('reports the grounds and the appeal notice left out as undetermined, never as fine', async () => {
    const named: [string, string][] = [['decisionDate', '10.12.2026'], ['municipality', '0301'], ['decision.kind', 'rejection'], ['applicant.age', '78']];
    const lines: [string, string][] = [['lines', '1'], ['decision.services.0.type', 'practical-assistance'], ['decision.services.0.grantedHoursPerWeek', '0'], ['decision.services.0.appliedHoursPerWeek', '4'], ['decision.services.0.expectedDurationDays', '365']];
    const html = await (await postForm([...named, ...lines])).text();
    expect(html).toContain('class="verdict verdict-blocked"');
    const undetermined = [...html.matchAll(/<article class="finding[^"]*" data-rule="([^"]+)">((?:(?!<\/article>).)*)<\/article>/gs)]
      .filter((m) => m[2]!.includes('<p class="undetermined">'))
      .map((m) => m[1]);
    expect(undetermined).toEqual(expect.arrayContaining(['grounds.legal-basis', 'grounds.facts', 'grounds.main-considerations', 'appeal.notice-missing']));
  });

  it('refuses personal data in Norwegian, naming the field', async () => {
    const request = baseRequest('clear-grant');
    request.decision.grounds.text = `Gjeld ${validNumber('150387')} og meir.`;
    const html = await (await postJson(JSON.stringify(request))).text();
    expect(html).toContain('decision.grounds.text: Ser ut til å inneholde et fødselsnummer eller D-nummer. Fjern det – ingen vurdering trenger det.');
    expect(html).not.toContain('national identity number');
    expect(html).not.toContain('class="verdict');
  });
});

describe('pasted JSON', () => {
  it('is taken as a JSON body of up to the API’s limit, the form’s choices in the address, and evaluated', async () => {
    const request = baseRequest('bpa-rejection');
    request.decision.grounds.text = 'ø'.repeat(20000);
    // Whitespace pads it to 95 KB, as the API would take it.
    const body = JSON.stringify(request, null, 40).slice(0, -1) + ' '.repeat(95 * 1024 - Buffer.byteLength(JSON.stringify(request, null, 40))) + '}';
    expect(Buffer.byteLength(body)).toBeGreaterThanOrEqual(95 * 1024);
    const response = await postJson(body, '?lang=nn&compare=true&pinB.no-national=2025.1.0');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nn"');
    expect(html).toContain('<table class="compare">');
    expect(html.match(/class="side-result"/g)).toHaveLength(2);
  });

  it('keeps the text as pasted when it is not JSON', async () => {
    const html = await (await postJson('{"decisionDate": "2026-03-10", oops')).text();
    expect(html).toContain('Dette er ikke gyldig JSON');
    expect(html).toContain('{&quot;decisionDate&quot;: &quot;2026-03-10&quot;, oops</textarea>');
  });

  it('larger than the limit: 413, said in Norwegian', async () => {
    const response = await postJson(`{"x": "${'a'.repeat(101 * 1024)}"}`, '?lang=nn');
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain('<h1>For mykje innhald</h1>');
    expect(html).toContain('100 KiB');
  });

  it('is held to the deployment’s own body limit, not a default', async () => {
    const small = createApp({ registry: bundledRegistry(), clock: () => FIXED_NOW, newId: () => 'ev_test', training, apiKeys: testApiKeys, maxBodyBytes: 512 });
    const request = JSON.stringify(baseRequest('clear-grant'));
    expect(Buffer.byteLength(request)).toBeGreaterThan(512);
    const response = await small.request('/lab', { method: 'POST', headers: { 'content-type': 'application/json', ...as('caseworker') }, body: request });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('0,5 KiB');
  });
});

describe('navigation and roles', () => {
  it('sends each role where it works: a trainer to training, the others to the lab', async () => {
    expect((await get(app, '/', as('trainer'))).headers.get('location')).toBe('/training');
    expect((await get(app, '/', as('caseworker'))).headers.get('location')).toBe('/lab');
    expect((await get(app, '/', as('legal'))).headers.get('location')).toBe('/lab');
  });

  it('shows only the links the role can open, and "Logg ut" on every page', async () => {
    const nav = (html: string) => [...html.matchAll(/<nav aria-label="Hovedmeny"><ul>(.*?)<\/ul><\/nav>/gs)].flatMap(([, inner]) => [...inner!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]));
    const trainer = await (await get(app, '/training', as('trainer'))).text();
    expect(nav(trainer)).toEqual(['/training', '/training/trainer']);
    const caseworker = await (await get(app, '/lab', as('caseworker'))).text();
    expect(nav(caseworker)).toEqual(['/lab', '/rulesets', '/training']);
    expect(caseworker).not.toContain('href="/training/trainer"');
    const forbidden = await get(app, '/lab', as('trainer'));
    expect(forbidden.status).toBe(403);
    const forbiddenHtml = await forbidden.text();
    expect(nav(forbiddenHtml)).toEqual(['/training', '/training/trainer']);
    for (const html of [trainer, caseworker, forbiddenHtml]) expect(html).toContain('<form method="post" action="/logout" class="signout"><button type="submit" class="link">Logg ut</button></form>');
  });

  it('answers an unknown page in Norwegian (nynorsk too)', async () => {
    const response = await get(app, '/rulesets/no-national/9.9.9?lang=nn', as('caseworker'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>Fann ikkje sida</h1>');
  });
});
