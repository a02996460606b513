import { expect } from 'vitest';
import { jsonPointer } from '../src/api/problem.ts';

// Checks of contract v1 shared by the Node and Worker tests. No Node imports, so workerd tests can use them.

/**
 * What the contract example must answer, on any face (the Node app and the Worker in workerd):
 * blocked, both layers with digests, the BPA finding with because[] and its Lovdata link, the
 * appeal wording in nynorsk, a nynorsk title on every finding, and at least one verified fix for
 * each error finding (contract 1.1), in nynorsk.
 */
export function expectContractExampleAnswer(body: any): void {
  expect(body.verdict).toBe('blocked');
  expect(body.language).toBe('nn');
  expect(body.receipt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/); // a compact JWS: test/api/receipts.test.ts checks what it binds
  // The versions in force on decisionDate (the contract's example pins nothing): no what-if mark.
  expect(body.rulesets.map((r: any) => `${r.id}@${r.version}`)).toEqual(['no-national@2026.1.0', 'municipality-4601@1.0.0']);
  expect(body.whatIf).toBeUndefined();
  for (const r of body.rulesets) expect(r.pinned).toBeUndefined();
  for (const r of body.rulesets) expect(r.digest).toMatch(/^sha256-[0-9a-f]{64}$/);
  const bpa = body.findings.find((f: any) => f.rule === 'bpa.right-from-32-hours');
  expect(bpa).toMatchObject({ severity: 'error', category: 'legal-right', service: 0, outcome: 'fired', ruleset: 'no-national@2026.1.0' });
  expect(bpa.legalBasis[0].url).toBe('https://lovdata.no/lov/1999-07-02-63/%C2%A72-1d'); // percent-encoded: a valid URI
  expect(bpa.because).toContainEqual({ fact: 'applicant.age', operator: 'lessThan', value: 67, actual: 45, result: true });
  expect(bpa.message).toMatch(/Søkjaren har rett/);
  expect(bpa.title).toBe('BPA: behov på minst 32 timar i veka');
  for (const f of body.findings) expect(f.title, f.rule).toMatch(/\S/);
  const errors = body.findings.filter((f: any) => f.severity === 'error');
  expect(errors.map((f: any) => f.rule).sort()).toEqual([
    'appeal.body-statutory',
    'appeal.deadline-statutory',
    'bpa.right-from-32-hours',
    'equality.budget-below-assessed-need',
    'grounds.main-considerations',
  ]);
  for (const f of errors) expect(f.fixes.length, f.rule).toBeGreaterThan(0);
  const fixOf = (rule: string) => body.findings.find((f: any) => f.rule === rule).fixes[0];
  expect(fixOf('appeal.deadline-statutory')).toEqual({ path: 'decision.appealNotice.deadlineWeeks', value: 4, text: 'Set klagefristen til fire veker.' });
  expect(fixOf('appeal.body-statutory')).toEqual({ path: 'decision.appealNotice.body', value: 'statsforvalteren', text: 'Oppgi Statsforvaltaren som klageinstans.' });
  expect(fixOf('grounds.main-considerations')).toMatchObject({ path: 'decision.grounds.statesMainConsiderations', value: true });
  // Granting the assessed need makes the rejection a grant: the kind the line then shows goes with it.
  expect(fixOf('bpa.right-from-32-hours')).toMatchObject({ path: 'decision.services.0.grantedHoursPerWeek', value: 35, alsoSet: [{ path: 'decision.kind', value: 'grant' }] });
  expect(fixOf('bpa.right-from-32-hours').text).toMatch(/^Set innvilga timar i veka til 35 på linje 1, brukarstyrt personleg assistanse \(BPA\)\. Vedtaket blir då ei innvilging\.$/);
  // Facts about the person are never a fix: the individual-plan finding rests on the assessment alone.
  expect(body.findings.find((f: any) => f.rule === 'individual-plan.offer-plan-and-coordinator').fixes).toEqual([]);
  const appeal = body.wording.find((w: any) => w.id === 'appeal.pasrl');
  expect(appeal.heading).toBe('Du kan klage');
  expect(appeal.text).toMatch(/Statsforvaltaren.*fire veker/);
}

/**
 * A contract problem response (RFC 9457): the media type, the fields, and no stack trace. Each body
 * field error's JSON Pointer is checked against its dotted path, then left out of what is returned,
 * so tests compare errors by path and message.
 */
export async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as { type: string; title: string; status: number; detail: string; instance: string; errors?: { path: string; pointer?: string; message: string }[] };
  expect(body.status).toBe(response.status);
  expect(body.type).toMatch(/^https:\/\/hjemmel\.no\/problems\/[a-z-]+$/);
  expect(body.title).toBeTruthy();
  expect(body.instance).toMatch(/^\//);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack traces
  for (const error of body.errors ?? []) {
    if (error.path === undefined) continue;
    expect(error.pointer, error.path).toBe(jsonPointer(error.path));
    delete error.pointer;
  }
  return body;
}
