import { describe, expect, it } from 'vitest';
import { scenarios } from '../../src/generated/training.ts';
import { bpaForm } from '../lab-form.ts';
import { as, get, postForm } from './requests.ts';

// The pages, served by the Worker itself in workerd: the same app, with the scenarios from its bundle.

async function page(path: string, role: Parameters<typeof as>[0] = 'caseworker') {
  const response = await get(path, as(role));
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toBe('text/html; charset=UTF-8');
  const html = await response.text();
  expect(html.startsWith('<!doctype html><html lang="'), path).toBe(true);
  return html;
}

const rulesIn = (html: string) => [...html.matchAll(/<article class="finding[^"]*" data-rule="([^"]+)"/g)].map((m) => m[1]);

describe('the Worker in workerd: pages', () => {
  it('GET /lab, /rulesets and a ruleset version are whole pages', async () => {
    expect(await page('/lab')).toContain('name="decision.appealNotice.sendViaMunicipality"');
    expect(await page('/lab?lang=nn')).toContain('<html lang="nn"');
    expect(await page('/rulesets')).toContain('no-national');
    expect(await page('/rulesets/no-national/2026.1.0')).toContain('data-rule="equality.budget-below-assessed-need"');
  });

  it('GET /training lists every bundled scenario, and the trainer page finds each in line with the engine', async () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    const list = await page('/training');
    for (const { path } of scenarios) expect(list).toContain(`href="/training/${path.replace(/\.yaml$/, '')}"`);
    const trainer = await page('/training/trainer', 'trainer');
    expect(trainer.match(/data-scenario="/g)).toHaveLength(scenarios.length);
    expect(trainer.match(/Stemmer med motoren/g)).toHaveLength(scenarios.length);
  });

  it('GET a scenario page in English, and scores answers posted to it', async () => {
    expect(await page('/training/equality-budget?lang=en')).toContain('Fewer hours than the need, because the budget is tight');
    const wrong = await (await postForm('/training/equality-budget', [['sign', 'clear'], ['change', '1'], ['rule', 'equality.age-as-reason']])).text();
    expect(wrong).toContain('Du fikk 0 av 3 riktige');
    const right = await postForm('/training/equality-budget', [['sign', 'warnings'], ['change', '0'], ['rule', 'equality.budget-below-assessed-need']]);
    expect(await right.text()).toContain('Du fikk 3 av 3 riktige');
    expect(right.headers.get('set-cookie')).toBeNull();
  });

  it('POST /lab with a form body evaluates it: blocked, the BPA finding with its law, the nynorsk wording of 4601', async () => {
    // The contract example's decision in 4601, with grounds and appeal notice put right.
    const response = await postForm(
      '/lab',
      bpaForm('35', { decisionDate: '2026-11-24', municipality: '4601', 'decision.grounds.reasons': 'need-not-documented', 'procedure.applicationReceived': '2026-11-02' }),
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('verdict-blocked');
    expect(rulesIn(html)).toEqual(['bpa.right-from-32-hours']);
    expect(html).toContain('https://lovdata.no/lov/1999-07-02-63/%C2%A72-1d');
    expect(html).toMatch(/<article lang="nn" data-wording="appeal.pasrl">/);
  });
});
