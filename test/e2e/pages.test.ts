import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/training/assess.ts';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { bundledRegistry, requestsDir, root, TEST_KEYS } from '../helpers.ts';
import { launchBrowser, rulesWithDraft, screenshot, seriousViolations, startServer, type Browser, type RulesWithDraft, type Server } from './harness.ts';

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
  await field('Vedtaksdato').fill('2026-11-24');
  await field('Kommunenummer').fill('4601');
  await field('Type vedtak').selectOption('rejection');
  await field('Tjeneste').selectOption('bpa');
  await field('Innvilget, timer per uke').fill('0');
  await field('Søkt om, timer per uke').fill('35');
  await field('Forventet varighet i dager').fill('1095');
  await field('Begrunnelsen nevner hovedhensynene').uncheck();
  await field('Grunner (koder)').fill('budget');
  await field('Klagefrist i uker').fill('3');
  await field('Klageinstans').selectOption('municipal-appeals-board');
  await field('Vurdert behov, timer per uke').fill('35');
  await field('Behovet varer over to år').selectOption('true');
  await field('Trenger koordinerte tjenester').selectOption('false');
  await field('Brukermedvirkning').selectOption('documented');
  await field('Pårørende involvert').selectOption('false');
  await field('Personen mangler samtykke- eller beslutningskompetanse').selectOption('false');
  await field('Søknaden mottatt').fill('2026-09-20');
  await field('Foreløpig svar sendt').selectOption('true');
  await field('Saksbehandlerens rolle').fill('case-manager');
  await field('Søkerens alder').fill('45');
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
    expect(await finding.locator('table.because').innerText()).toContain('35');
    expect(await finding.getByRole('link', { name: 'pasient- og brukerrettighetsloven § 2-1 d' }).getAttribute('href')).toBe('https://lovdata.no/lov/1999-07-02-63/%C2%A72-1d');
    // A complete form: exactly the contract example's errors, nothing undetermined.
    const rulesShown = await page.locator('article.finding').evaluateAll((list) => list.map((a) => a.getAttribute('data-rule')));
    expect(rulesShown).toEqual(['bpa.right-from-32-hours', 'appeal.deadline-statutory', 'appeal.body-statutory', 'grounds.main-considerations', 'equality.budget-below-assessed-need']);
    const wording = page.locator('article[data-wording="appeal.pasrl"]');
    expect(await wording.getAttribute('lang')).toBe('nn');
    expect(await wording.innerText()).toContain('Du kan klage på vedtaket til Statsforvaltaren');
    // The form keeps what was typed, so the case manager can correct and try again.
    expect(await page.getByLabel('Kommunenummer', { exact: true }).inputValue()).toBe('4601');
    await screenshot(page, 'lab-result', '#result');
    await page.close();
  });

  it('compares two versions side by side on the same decision, one of them a draft', async () => {
    const page = await open('/lab');
    await fillContractExample(page);
    // The draft adds a rule on this point: leave it out of the letter, so the two versions differ on it.
    await page.getByLabel('Brevet sier at søkeren kan se dokumentene i saken', { exact: true }).selectOption('false');
    await page.getByLabel('Sammenlign med versjon B').check();
    await page.getByLabel('no-national (Versjon B)').selectOption(rules.draftVersion);
    await page.getByRole('button', { name: 'Vurder', exact: true }).first().click();
    await page.waitForURL(/\/lab#result$/);

    const row = (rule: string) => page.locator(`table.compare tr[data-compare-rule="${rule}"] td`).allInnerTexts();
    expect(await row('grounds.main-considerations')).toEqual(['Feil', 'Advarsel', 'Ulikt']);
    expect(await row('bpa.right-from-32-hours')).toEqual(['Feil', 'Feil', 'Likt']);
    const documents = await row('appeal.documents-access');
    expect(documents[0]).toBe('—');
    expect(documents[2]).toBe('Bare i B');
    const sides = page.locator('section.side-result');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(1).locator('.versions').innerText()).toContain(`no-national@${rules.draftVersion}`);
    expect(await sides.nth(1).locator('.versions').innerText()).toContain('Utkast');
    await page.locator('#result').scrollIntoViewIfNeeded();
    await screenshot(page, 'lab-compare');
    await page.close();
  });

  it('evaluates pasted JSON and names a wrong field in the error summary', async () => {
    const page = await open('/lab');
    await page.locator('summary', { hasText: 'Forespørselen som JSON' }).click();
    const json = JSON.parse(await page.getByLabel('Forespørselen som JSON', { exact: true }).inputValue());
    json.applicant = { age: 'førtifem' };
    json.municipality = '4601';
    json.decision.services = [{ type: 'bpa', grantedHoursPerWeek: 0, expectedDurationDays: 1095 }];
    await page.getByLabel('Forespørselen som JSON', { exact: true }).fill(JSON.stringify(json));
    await page.getByRole('button', { name: 'Vurder JSON' }).click();
    const summary = page.locator('.error-summary');
    expect(await summary.getAttribute('role')).toBe('alert');
    const link = summary.getByRole('link', { name: /Søkerens alder/ });
    expect(await link.getAttribute('href')).toBe('#f-applicant-age');
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-applicant-age');
    expect(await page.getByLabel('Søkerens alder', { exact: true }).getAttribute('aria-invalid')).toBe('true');
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
    const changed = rulesDiff.locator('[data-diff-part="changed"] article[data-changed]');
    expect(await changed.evaluateAll((els) => els.map((e) => e.getAttribute('data-changed')))).toEqual(['appeal.deadline-non-statutory', 'grounds.main-considerations']);
    const severity = rulesDiff.locator('article[data-changed="grounds.main-considerations"] tr[data-field="severity"] td');
    expect(await severity.allInnerTexts()).toEqual(['Feil', 'Advarsel']);
    expect(await rulesDiff.locator('article[data-changed="appeal.deadline-non-statutory"] tr[data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).toEqual(['conditions']);
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
    expect(await feedback.locator('[data-question="rule"]').innerText()).toContain(`Du manglet: ${truth.rules.join(', ')}`);
    const explained = feedback.locator('article.finding[data-rule="bpa.right-from-32-hours"]');
    expect(await explained.innerText()).toContain('Søkeren har rett til å få tjenestene organisert som BPA');
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
  async function evaluatedLab(): Promise<Page> {
    const page = await open('/lab?scenario=contract-example');
    await page.getByLabel('Sammenlign med versjon B').check();
    await page.getByLabel('no-national (Versjon B)').selectOption(rules.draftVersion);
    await page.getByRole('button', { name: 'Vurder', exact: true }).first().click();
    await page.waitForURL(/#result$/);
    return page;
  }
  async function answeredScenario(): Promise<Page> {
    const page = await open('/training/contract-example');
    await page.getByRole('button', { name: 'Sjekk svarene' }).click();
    await page.waitForURL(/#feedback$/);
    return page;
  }
  const pages: [string, () => Promise<Page>][] = [
    ['lab', () => open('/lab')],
    ['lab in nynorsk', () => open('/lab?lang=nn')],
    ['lab with a comparison', evaluatedLab],
    ['ruleset list', () => open('/rulesets')],
    ['ruleset version', () => open('/rulesets/no-national/2025.1.0')],
    ['municipal layer', () => open('/rulesets/municipality-4601/1.0.0?lang=nn')],
    ['ruleset diff', () => open(`/rulesets/no-national/diff?from=2025.1.0&to=${rules.draftVersion}`)],
    ['training list', () => open('/training')],
    ['scenario', () => open('/training/bpa-35-hours?lang=en')],
    ['scenario with feedback', answeredScenario],
    ['trainer page', () => open('/training/trainer')],
  ];

  it.each(pages)('%s: no serious or critical accessibility violations (axe-core), and fits a tablet in portrait', async (_name, load) => {
    const page = await load();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 768, height: 1024 });
    const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
    expect(await page.evaluate(overflow), 'sideways scrolling at 768 px').toBeLessThanOrEqual(0);
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
