import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/training/assess.ts';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { bundledRegistry, requestsDir, root, TEST_KEYS } from '../helpers.ts';
import { axeViolations, launchBrowser, overflowAt, rulesWithDraft, screenshot, seriousViolations, startServer, type Browser, type RulesWithDraft, type Server } from './harness.ts';

// Real Chromium against the real Node server. Slow by nature: one server and one browser for the file.
let rules: RulesWithDraft;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  rules = rulesWithDraft();
  [server, browser] = await Promise.all([startServer(rules.dir), launchBrowser()]);
  // Sign in once through the real form, as legal staff (who may also choose drafts); the
  // HttpOnly cookie then rides along in this browser profile for every page below.
  const page = await browser.context.newPage();
  const first = await page.goto(`${server.url}/lab`);
  expect(first?.status()).toBe(401);
  await page.getByLabel('API-nøkkel', { exact: true }).fill(TEST_KEYS.legal);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(/\/lab$/);
  await page.close();
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
  if (rules) rmSync(rules.dir, { recursive: true, force: true });
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The contract example, typed into the lab form as a case manager would, with every fact a rule may need. */
async function fillContractExample(page: Page) {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Vedtaksdato').fill('24.11.2026');
  await field('Kommunenummer').fill('4601');
  await field('Type vedtak').selectOption('rejection');
  await field('Tjeneste').selectOption('bpa');
  await field('Innvilget, timer per uke').fill('0');
  await field('Søkt om, timer per uke').fill('35');
  await field('Forventet varighet i dager').fill('1095');
  await field('Begrunnelsen viser til hjemmel').selectOption('true');
  await field('Begrunnelsen beskriver faktum').selectOption('true');
  await field('Begrunnelsen nevner hovedhensynene').selectOption('false');
  await field('Grunner (koder)').fill('budget');
  await field('Brevet har klageopplysninger').selectOption('true');
  await field('Klagefrist i uker').fill('3');
  await field('Klageinstans').selectOption('municipal-appeals-board');
  await field('Brevet sier at klagen sendes til kommunen').selectOption('true');
  await field('Brevet sier at søkeren kan se dokumentene i saken').selectOption('true');
  await field('Vurdert behov, timer per uke').fill('35');
  await field('Behovet varer over to år').selectOption('true');
  await field('Trenger koordinerte tjenester').selectOption('false');
  await field('Brukermedvirkning').selectOption('documented');
  await field('Pårørende involvert').selectOption('false');
  await field('Personen mangler samtykke- eller beslutningskompetanse').selectOption('false');
  await field('Søknaden mottatt').fill('20.09.2026');
  await field('Foreløpig svar sendt').selectOption('true');
  await field('Saksbehandlerens rolle').fill('case-manager');
  await field('I slekt med søkeren').selectOption('false');
  await field('Yter tjenesten selv').selectOption('false');
  await field('Søkerens alder').fill('45');
}

const findingsShown = (page: Page) => page.locator('article.finding').evaluateAll((list) => list.map((a) => a.getAttribute('data-rule')));

async function evaluate(page: Page) {
  await page.getByRole('button', { name: 'Vurder', exact: true }).first().click();
  await page.waitForURL(/\/lab(\?lang=nn)?#result$/);
}

describe('rule lab', () => {
  it('evaluates a filled-in form: blocked, the BPA finding with its law, and the nynorsk wording of 4601', async () => {
    const page = await open('/lab');
    await fillContractExample(page);
    await screenshot(page, 'lab');
    // Submitted from the keyboard: Enter in a field presses the form's first button, "Vurder".
    await page.getByLabel('Søkerens alder', { exact: true }).press('Enter');
    await page.waitForURL(/\/lab#result$/);

    await expect.poll(() => page.locator('.verdict').first().getAttribute('class')).toContain('verdict-blocked');
    const finding = page.locator('article.finding[data-rule="bpa.right-from-32-hours"]');
    await expect.poll(() => finding.count()).toBe(1);
    // Headed by its title (in the letter's language, nynorsk in 4601); the "Fordi" table folded until asked for.
    expect(await finding.locator('h4').innerText()).toContain('BPA: behov på minst 32 timar i veka');
    expect(await finding.locator('table.because').isVisible()).toBe(false);
    await finding.locator('details.because summary').click();
    expect(await finding.locator('table.because').innerText()).toContain('35');
    expect(await finding.getByRole('link', { name: 'pasient- og brukerrettighetsloven § 2-1 d' }).getAttribute('href')).toBe('https://lovdata.no/lov/1999-07-02-63/%C2%A72-1d');
    // A complete form: exactly the contract example's errors, nothing undetermined.
    expect(await findingsShown(page)).toEqual(['bpa.right-from-32-hours', 'appeal.deadline-statutory', 'appeal.body-statutory', 'grounds.main-considerations', 'equality.budget-below-assessed-need']);
    const wording = page.locator('article[data-wording="appeal.pasrl"]');
    expect(await wording.getAttribute('lang')).toBe('nn');
    expect(await wording.innerText()).toContain('Du kan klage på vedtaket til Statsforvaltaren');
    // What to change comes first, under the verdict, then the wording, then the findings.
    const top = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
    const [verdict, changes, letter, findings] = [await top('.verdict'), await top('section.changes'), await top('.wording'), await top('article.finding')];
    expect(verdict < changes && changes < letter && letter < findings).toBe(true);
    // The form keeps what was typed, so the case manager can correct and try again.
    expect(await page.getByLabel('Kommunenummer', { exact: true }).inputValue()).toBe('4601');
    expect(await page.getByLabel('Vedtaksdato', { exact: true }).inputValue()).toBe('24.11.2026');
    await screenshot(page, 'lab-result', '#result');
    await page.close();
  });

  it('a case manager who names the decision and fills in only the service lines sees the grounds and appeal findings undetermined, never clear', async () => {
    const page = await open('/lab');
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field('Vedtaksdato').fill('10.12.2026');
    await field('Kommunenummer').fill('0301');
    await field('Type vedtak').selectOption('rejection');
    await field('Søkerens alder').fill('78');
    await field('Tjeneste').selectOption('practical-assistance');
    await field('Innvilget, timer per uke').fill('0');
    await field('Søkt om, timer per uke').fill('4');
    await field('Forventet varighet i dager').fill('365');
    await evaluate(page);
    expect(await page.locator('.error-summary').count()).toBe(0);
    const undetermined = await page.locator('article.finding', { has: page.locator('.undetermined') }).evaluateAll((list) => list.map((a) => a.getAttribute('data-rule')));
    expect(undetermined).toEqual(expect.arrayContaining(['grounds.legal-basis', 'grounds.main-considerations', 'appeal.notice-missing']));
    expect(await page.locator('.verdict').innerText()).not.toContain('Klar');
    await page.close();
  });

  it('leaves the appeal facts not assessed out of the request, and reports them undetermined, never clear', async () => {
    const page = await open('/lab');
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field('Kommunenummer').fill('0301');
    await field('Type vedtak').selectOption('grant');
    await field('Tjeneste').selectOption('home-nursing');
    await field('Innvilget, timer per uke').fill('4');
    await field('Forventet varighet i dager').fill('365');
    await field('Begrunnelsen viser til hjemmel').selectOption('true');
    await field('Begrunnelsen beskriver faktum').selectOption('true');
    await field('Begrunnelsen nevner hovedhensynene').selectOption('true');
    await field('Brevet har klageopplysninger').selectOption('true');
    await field('Søkerens alder').fill('78');
    await evaluate(page);
    const undetermined = await page.locator('article.finding', { has: page.locator('.undetermined') }).evaluateAll((list) => list.map((a) => a.getAttribute('data-rule')));
    expect(undetermined).toEqual(expect.arrayContaining(['appeal.send-via-municipality', 'appeal.right-to-see-documents']));
    expect(await page.locator('.verdict').innerText()).not.toContain('ingen funn');
    // "Endre før du signerer" points at the fields to fill in.
    expect(await page.locator('section.changes a[href="#f-decision-appealNotice-sendViaMunicipality"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('records the check and, under the answer, what became of the draft: signed, departing from one finding for professional judgement', async () => {
    const page = await open('/lab?scenario=contract-example');
    await evaluate(page);
    const form = page.locator('section.outcome');
    expect(await form.getByRole('heading').innerText()).toBe('Hva ble resultatet?');
    await form.getByLabel('Signert', { exact: true }).check();
    await form.getByLabel(/^Vi fraviker denne med vilje: BPA/).selectOption('professional-judgement');
    await screenshot(page, 'lab-outcome', 'section.outcome');
    await form.getByRole('button', { name: 'Lagre resultatet' }).click();
    await page.waitForURL(/\/lab\/outcome$/);
    expect(await page.locator('h1').innerText()).toBe('Resultatet er lagret');
    expect(await page.locator('[data-outcome-answer]').innerText()).toContain('Signert');
    await page.close();
  });

  it('applies a suggested fix with one click, checks again, and the finding is gone', async () => {
    const page = await open('/lab?scenario=contract-example');
    await evaluate(page);
    expect(await findingsShown(page)).toContain('appeal.deadline-statutory');
    const change = page.locator('section.changes [data-change-rule="appeal.deadline-statutory"]');
    expect(await change.locator('a').first().getAttribute('href')).toBe('#f-decision-appealNotice-deadlineWeeks');
    await screenshot(page, 'lab-changes', 'section.changes');
    await change.getByRole('button', { name: 'Endre og sjekk igjen' }).first().click();
    await page.waitForURL(/#result$/);
    await expect.poll(() => findingsShown(page)).not.toContain('appeal.deadline-statutory');
    expect(await findingsShown(page)).toContain('appeal.body-statutory');
    expect(await page.getByLabel('Klagefrist i uker', { exact: true }).inputValue()).toBe('4');
    await page.close();
  });

  it('copies the letter’s wording, one block or all of it', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await open('/lab?scenario=contract-example');
    await evaluate(page);
    const blocks = page.locator('.wording article[data-wording]');
    const texts = await blocks.evaluateAll((list) => list.map((a) => [...a.querySelectorAll('[data-copy-text]')].map((el) => el.textContent!.trim()).join('\n')));
    expect(texts.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Kopier all teksten' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(texts.join('\n\n'));
    expect(await page.locator('.copy-status').innerText()).toBe('Kopiert.');
    await page.locator('.wording .block').first().getByRole('button', { name: /^Kopier/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(texts[0]);
    await page.close();
  });

  it('says what is wrong with a value in Norwegian, in bokmål and in nynorsk', async () => {
    for (const [path, label, message] of [
      ['/lab?scenario=contract-example', 'Vurdert behov, timer per uke', 'Vurdert behov, timer per uke: Kan ikke være mer enn 168.'],
      ['/lab?scenario=contract-example&lang=nn', 'Vurdert behov, timar per veke', 'Vurdert behov, timar per veke: Kan ikkje vere meir enn 168.'],
    ] as const) {
      const page = await open(path);
      await page.getByLabel(label, { exact: true }).fill('200');
      await evaluate(page);
      const link = page.locator('.error-summary').getByRole('link', { name: message });
      expect(await link.count()).toBe(1);
      expect(await page.locator('.error-summary').innerText()).not.toMatch(/Invalid|expected|Too big/);
      await link.click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-assessment-assessedNeedHoursPerWeek');
      await page.close();
    }
  });

  it('compares two versions side by side on the same decision, one of them a draft, and says which findings differ', async () => {
    const page = await open('/lab');
    await fillContractExample(page);
    // The draft adds a rule on this point: leave it out of the letter, so the two versions differ on it.
    await page.getByLabel('Brevet sier at søkeren kan se dokumentene i saken', { exact: true }).selectOption('false');
    await page.getByLabel('Sammenlign med versjon B').check();
    await page.getByLabel('no-national (Versjon B)').selectOption(rules.draftVersion);
    await evaluate(page);

    const row = (rule: string) => page.locator(`table.compare tr[data-compare-rule="${rule}"] td`).allInnerTexts();
    expect(await row('grounds.main-considerations')).toEqual(['Feil', 'Advarsel', 'Ulikt']);
    expect(await row('bpa.right-from-32-hours')).toEqual(['Feil', 'Feil', 'Likt']);
    const documents = await row('appeal.documents-access');
    expect(documents[0]).toBe('—');
    expect(documents[2]).toBe('Bare i B');
    // The findings that differ are counted and come first.
    const differing = Number(await page.locator('.compare-summary').getAttribute('data-differing'));
    expect(differing).toBeGreaterThanOrEqual(2);
    const marks = await page.locator('table.compare tbody tr td:nth-child(4)').allInnerTexts();
    expect(marks.slice(0, differing).every((m) => m !== 'Likt')).toBe(true);
    expect(marks.slice(differing).every((m) => m === 'Likt')).toBe(true);
    const sides = page.locator('section.side-result');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(1).locator('.versions').innerText()).toContain(`no-national@${rules.draftVersion}`);
    expect(await sides.nth(1).locator('.versions').innerText()).toContain('Utkast');
    await page.locator('#result').scrollIntoViewIfNeeded();
    await screenshot(page, 'lab-compare');
    await page.close();
  });

  it('evaluates pasted JSON sent as JSON, names a wrong field in the error summary, and keeps what was pasted', async () => {
    const page = await open('/lab?scenario=contract-example');
    await page.locator('summary', { hasText: 'Forespørselen som JSON' }).click();
    const box = page.getByLabel('Forespørselen som JSON', { exact: true });
    const json = JSON.parse(await box.inputValue());
    json.applicant = { age: 'førtifem' };
    const pasted = JSON.stringify(json);
    await box.fill(pasted);
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/lab'));
    await page.getByRole('button', { name: 'Vurder JSON' }).click();
    expect((await sent).headers()['content-type']).toBe('application/json');
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.getAttribute('role')).toBe('alert');
    const link = summary.getByRole('link', { name: /^Søkerens alder: Må være et/ });
    expect(await link.getAttribute('href')).toBe('#f-applicant-age');
    expect(await page.getByLabel('Forespørselen som JSON', { exact: true }).inputValue()).toBe(pasted);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-applicant-age');
    expect(await page.getByLabel('Søkerens alder', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('evaluates a 95 KB pasted request, which the API would take too', async () => {
    const page = await open('/lab?scenario=contract-example');
    await page.locator('summary', { hasText: 'Forespørselen som JSON' }).click();
    const box = page.getByLabel('Forespørselen som JSON', { exact: true });
    const json = JSON.parse(await box.inputValue());
    json.decision.grounds.text = 'Vurderingen er gjort etter samtale og hjemmebesøk. '.repeat(390);
    // Pretty-printed and padded with tabs to 95 KB, as any JSON may be.
    const printed = JSON.stringify(json, null, 2);
    const padded = `${printed.slice(0, -1)}${'\t'.repeat(95 * 1024 - Buffer.byteLength(printed))}}`;
    expect(Buffer.byteLength(padded)).toBe(95 * 1024);
    expect(new URLSearchParams({ json: padded }).toString().length).toBeGreaterThan(100 * 1024);
    await box.fill(padded);
    await page.getByRole('button', { name: 'Vurder JSON' }).click();
    await expect.poll(() => page.locator('.verdict').count()).toBe(1);
    expect(await page.locator('.verdict').getAttribute('class')).toContain('verdict-blocked');
    expect(await findingsShown(page)).toContain('bpa.right-from-32-hours');
    await page.close();
  });
});

describe('ruleset browser', () => {
  it('lists every version with dates, status and digest, and opens the diff between the published version and the draft', async () => {
    const page = await open('/rulesets');
    const table = page.locator('section.ruleset', { has: page.locator('h2 code', { hasText: /^no-national$/ }) });
    const text = await table.locator('table').innerText();
    expect(text).toContain('2025.1.0');
    expect(text).toContain('Publisert');
    expect(text).toContain(rules.draftVersion);
    expect(text).toContain('Utkast');
    expect(text).toMatch(/sha256-[0-9a-f]{64}/);
    await screenshot(page, 'rulesets');

    await table.getByLabel('Fra versjon').selectOption('2025.1.0');
    await table.getByLabel('Til versjon').selectOption(rules.draftVersion);
    await table.getByRole('button', { name: 'Vis forskjellene' }).click();
    await page.waitForURL(/\/rulesets\/no-national\/diff\?/);

    const rulesDiff = page.locator('[data-diff="rules"]');
    expect(await rulesDiff.locator('[data-diff-part="added"] article[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual(['appeal.documents-access']);
    expect(await rulesDiff.locator('[data-diff-part="removed"]').innerText()).toContain('appeal.body-non-statutory');
    // Every rule of a draft has its legal text and review record (which 2025.1.0 did not): besides those, two rules changed.
    const changed = rulesDiff.locator('[data-diff-part="changed"] article[data-changed]');
    const changedBeyondQuotes = await changed.evaluateAll((els) =>
      els.filter((e) => [...e.querySelectorAll('tr[data-field]')].some((tr) => !['quote', 'review'].includes(tr.getAttribute('data-field')!))).map((e) => e.getAttribute('data-changed')),
    );
    expect(changedBeyondQuotes).toEqual(['appeal.deadline-non-statutory', 'grounds.main-considerations']);
    const severity = rulesDiff.locator('article[data-changed="grounds.main-considerations"] tr[data-field="severity"] td');
    expect(await severity.allInnerTexts()).toEqual(['Feil', 'Advarsel']);
    expect(await rulesDiff.locator('article[data-changed="appeal.deadline-non-statutory"] tr[data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).toEqual(['conditions', 'quote', 'review']);
    expect(await page.locator('[data-diff="meta"]').innerText()).toContain('Utkast: ny regel om innsynsrett');
    await screenshot(page, 'ruleset-diff', '[data-diff="rules"]');
    await page.close();
  });

  it('shows each rule with what it checks and its citation', async () => {
    const page = await open('/rulesets/no-national/2025.1.0?lang=nn');
    const rule = page.locator('article.rule[data-rule="bpa.right-from-32-hours"]');
    const text = await rule.innerText();
    expect(text).toContain('Alderen til søkjaren');
    expect(text).toContain('er under');
    expect(text).toContain('67');
    expect(await rule.getByRole('link', { name: 'pasient- og brukerrettighetsloven § 2-1 d' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    await rule.scrollIntoViewIfNeeded();
    await screenshot(page, 'ruleset-version');
    await page.close();
  });
});

describe('training', () => {
  const training = readTrainingDir(`${root}fixtures/training`, requestsDir);
  const registry = bundledRegistry();

  it('scores a wrong answer, then a right one, against the engine, explains with citations, and keeps progress in the browser', async () => {
    const scenario = training.get('bpa-35-hours')!;
    // The right answers come from the engine, as the page's marking does, never from a key kept here.
    const truth = assess(scenario, registry, 'nb');
    if (!truth.ok) throw new Error('scenario does not evaluate');
    const signWords = { clear: 'Ja, det kan signeres', warnings: 'Ja, men se på advarslene først', blocked: 'Nei, det må endres først' } as const;
    const wrongSign = (Object.keys(signWords) as (keyof typeof signWords)[]).find((v) => v !== truth.verdict)!;
    const wrongChange = truth.changes.findIndex((c) => !c.fixes);
    const wrongRule = truth.choices.find((c) => !truth.rules.includes(c.id))!.id;

    const page = await open('/training');
    await page.getByRole('link', { name: scenario.title.nb }).click();
    await page.getByLabel(signWords[wrongSign]).check();
    await page.locator(`#change-${wrongChange}`).check();
    await page.locator(`[id="rule-${wrongRule}"]`).check();
    await page.getByRole('button', { name: 'Sjekk svarene' }).click();
    await page.waitForURL(/#feedback$/);
    expect(await page.locator('#score').innerText()).toBe('Du fikk 0 av 3 riktige');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback');
    const feedback = page.locator('#feedback');
    expect(await feedback.locator('[data-question="sign"]').innerText()).toContain(`Riktig svar: ${signWords[truth.verdict]}`);
    const titles = truth.rules.map((id) => truth.choices.find((c) => c.id === id)!.title);
    expect(await feedback.locator('[data-question="rule"]').innerText()).toContain(`Du manglet: ${titles.join(', ')}`);
    const explained = feedback.locator('article.finding[data-rule="bpa.right-from-32-hours"]');
    expect(await explained.innerText()).toContain('Da har søkeren rett til å få den personlige assistansen organisert som BPA.');
    expect(await explained.getByRole('link', { name: 'pasient- og brukerrettighetsloven § 2-1 d' }).count()).toBe(1);

    // The answers stay in the form; correct them and try again.
    await page.getByLabel(signWords[truth.verdict]).check();
    await page.locator(`#change-${wrongChange}`).uncheck();
    for (const [i, effect] of truth.changes.entries()) if (effect.fixes) await page.locator(`#change-${i}`).check();
    await page.locator(`[id="rule-${wrongRule}"]`).uncheck();
    for (const id of truth.rules) await page.locator(`[id="rule-${id}"]`).check();
    await page.getByRole('button', { name: 'Sjekk svarene' }).click();
    await expect.poll(() => page.locator('#score').innerText()).toBe('Du fikk 3 av 3 riktige');
    expect(await feedback.locator('.wrong').count()).toBe(0);
    await screenshot(page, 'training-feedback');

    await page.goto(`${server.url}/training`);
    expect(await page.locator(`[data-progress-for="${scenario.id}"]`).innerText()).toBe('Beste resultat: 3 av 3');
    expect(await page.locator('[data-progress-for="appeal-three-weeks"]').innerText()).toBe('Ikke prøvd ennå');
    expect(await page.locator('[data-progress-overall]').innerText()).toBe(`Du har prøvd 1 av ${training.scenarios.length} scenarier.`);
    await screenshot(page, 'training');
    await page.getByRole('button', { name: 'Nullstill fremgangen min' }).click();
    expect(await page.locator(`[data-progress-for="${scenario.id}"]`).innerText()).toBe('Ikke prøvd ennå');
    expect(await page.evaluate(() => localStorage.getItem('hjemmel.training.v1'))).toBe('{}');
    await page.close();
  });

  it('offers scenarios in English, and says when one is not translated', async () => {
    const page = await open('/training/bpa-35-hours?lang=en');
    expect(await page.locator('h1').innerText()).toBe('BPA refused at a need of 35 hours');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('details.proposal summary').click();
    await screenshot(page, 'training-scenario-en', 'page');
    const other = await open('/training/appeal-three-weeks?lang=en');
    expect(await other.locator('.note').innerText()).toContain('Not translated yet');
    expect(await other.locator('h1 span').getAttribute('lang')).toBe('nb');
    await page.close();
    await other.close();
  });

  it('lists for trainers what each scenario teaches, checked against the engine', async () => {
    const page = await open('/training/trainer');
    expect(await page.locator('article[data-scenario]').count()).toBe(training.scenarios.length);
    expect(await page.locator('.trainer .wrong').count()).toBe(0);
    await screenshot(page, 'trainer');
    await page.close();
  });
});

describe('every page', () => {
  async function evaluatedLab(path = '/lab?scenario=contract-example'): Promise<Page> {
    const page = await open(path);
    await evaluate(page);
    return page;
  }
  async function comparedLab(): Promise<Page> {
    const page = await open('/lab?scenario=contract-example');
    await page.getByLabel('Sammenlign med versjon B').check();
    await page.getByLabel('no-national (Versjon B)').selectOption(rules.draftVersion);
    await evaluate(page);
    return page;
  }
  async function labWithErrors(): Promise<Page> {
    const page = await open('/lab');
    await page.getByLabel('Søkerens alder', { exact: true }).fill('mange');
    await evaluate(page);
    return page;
  }
  async function answeredScenario(): Promise<Page> {
    const page = await open('/training/contract-example');
    await page.getByRole('button', { name: 'Sjekk svarene' }).click();
    await page.waitForURL(/#feedback$/);
    return page;
  }
  const labStates: [string, () => Promise<Page>][] = [
    ['lab', () => open('/lab')],
    ['lab in nynorsk', () => open('/lab?lang=nn')],
    ['lab with an answer', () => evaluatedLab()],
    ['lab with an answer in nynorsk', () => evaluatedLab('/lab?scenario=contract-example&lang=nn')],
    ['lab with errors', labWithErrors],
    ['lab with a comparison', comparedLab],
  ];
  const pages: [string, () => Promise<Page>][] = [
    ['ruleset list', () => open('/rulesets')],
    ['ruleset version', () => open('/rulesets/no-national/2025.1.0')],
    ['municipal layer', () => open('/rulesets/municipality-4601/1.0.0?lang=nn')],
    ['ruleset diff', () => open(`/rulesets/no-national/diff?from=2025.1.0&to=${rules.draftVersion}`)],
    ['training list', () => open('/training')],
    ['scenario', () => open('/training/bpa-35-hours?lang=en')],
    ['scenario with feedback', answeredScenario],
    ['trainer page', () => open('/training/trainer')],
  ];
  const fits = async (page: Page, width: number) => {
    await page.setViewportSize({ width, height: 900 });
    expect(await overflowAt(page), `at ${width} px`).toEqual({ scrolls: false, wider: [] });
  };

  it.each(labStates)('%s: no accessibility violations of any impact (axe-core), and no sideways scrolling on a 390 px phone', async (name, load) => {
    const page = await load();
    expect(await axeViolations(page)).toEqual([]);
    await fits(page, 390);
    if (name === 'lab with an answer') await screenshot(page, 'lab-phone');
    await page.close();
  });

  it.each(pages)('%s: no serious or critical accessibility violations (axe-core), and fits a tablet in portrait', async (_name, load) => {
    const page = await load();
    expect(await seriousViolations(page)).toEqual([]);
    await fits(page, 768);
    await page.close();
  });

  it.each([['training list', '/training'], ['scenario', '/training/bpa-35-hours']])('%s fits a 390 px phone without sideways scrolling', async (_name, path) => {
    const page = await open(path, { width: 390, height: 844 });
    await fits(page, 390);
    await page.close();
  });

  it('can be used from the keyboard: a skip link first, and a visible focus ring', async () => {
    const page = await open('/rulesets');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(skip).toEqual({ text: 'Hopp til innholdet', outline: 'solid' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.close();
  });
});

// Last: signing out ends this browser's session.
describe('signing out and in', () => {
  it('"Logg ut" on every page signs out; a trainer who signs in lands on training and sees only what a trainer may open', async () => {
    const page = await open('/rulesets');
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(/\/login$/);
    expect((await page.goto(`${server.url}/lab`))?.status()).toBe(401);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('API-nøkkel', { exact: true }).fill(TEST_KEYS.trainer);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL(/\/training$/);
    const menu = await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allInnerTexts();
    expect(menu).toEqual(['Opplæring', 'For opplærere', 'Innsikt']);
    expect(await page.getByRole('button', { name: 'Logg ut' }).isVisible()).toBe(true);
    await page.close();
  });
});
