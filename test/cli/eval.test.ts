import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bench, cli, scratch } from './helpers.ts';

const request = `${bench.requests}/rejection.json`;

describe('hjemmel eval', () => {
  it('prints verdict, findings with title, citation and because, and wording for a person', async () => {
    const run = await cli(['eval', request, '--rules', bench.rules]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Verdict: blocked\nRulesets: tiny-national@1\.0\.0 {3}Language: nb\n/);
    expect(run.out).toContain('  ERROR Alder til vurdering — age.review (equality)\n    Alder 70.\n    likestillings- og diskrimineringsloven § 6 <https://lovdata.no/lov/2017-06-16-51/%C2%A76>\n');
    expect(run.out).toContain('    because applicant.age greaterThanInclusive 67: was 70\n');
    expect(run.out).toContain('Wording the letter must contain:\n\n  Klage\n    Vedtak 10. mars 2026.\n');
  });

  it('--pin picks another version, --lang another language form', async () => {
    const younger = join(scratch(), 'younger.json');
    const body = JSON.parse(readFileSync(request, 'utf8'));
    writeFileSync(younger, JSON.stringify({ ...body, applicant: { age: 66 } }));
    const unpinned = await cli(['eval', younger, '--rules', bench.rules]);
    expect(unpinned.out).toMatch(/^Verdict: clear/);
    const pinned = await cli(['eval', younger, '--rules', bench.rules, '--pin', 'tiny-national@1.1.0', '--lang', 'en']);
    // 1.1.0 is not in force on the request's date: a what-if, marked on the verdict and the version.
    expect(pinned.out).toMatch(/^Verdict: blocked \(what-if: pinned in place of the version in force\)\nRulesets: tiny-national@1\.1\.0 \(PINNED\) {3}Language: en\n/);
    expect(pinned.out).toContain('Decision 10 March 2026.');
  });

  it('prints the suggested fixes with the fields they set', async () => {
    const run = await cli(['eval', 'fixtures/requests/contract-example.json', '--lang', 'nb']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('    fix: Sett klagefristen til fire uker. [decision.appealNotice.deadlineWeeks = 4]\n');
    expect(run.out).toContain(
      '    fix: Sett innvilgede timer i uken til 35 på linje 1, brukerstyrt personlig assistanse (BPA). Vedtaket blir da en innvilgelse. [decision.services.0.grantedHoursPerWeek = 35, decision.kind = "grant"]\n',
    );
    const json = JSON.parse((await cli(['eval', 'fixtures/requests/contract-example.json', '--json'])).out);
    expect(json.findings.find((f: { rule: string }) => f.rule === 'appeal.body-statutory').fixes).toEqual([
      { path: 'decision.appealNotice.body', value: 'statsforvalteren', text: 'Oppgi Statsforvaltaren som klageinstans.' },
    ]);
  });

  it('--json gives the response body fields', async () => {
    const run = await cli(['eval', request, '--rules', bench.rules, '--json']);
    const body = JSON.parse(run.out);
    expect(body.verdict).toBe('blocked');
    expect(body.rulesets).toEqual([expect.objectContaining({ id: 'tiny-national', version: '1.0.0', status: 'published' })]);
    expect(body.findings[0]).toMatchObject({ rule: 'age.review', outcome: 'fired', because: [{ fact: 'applicant.age', actual: 70, result: true }] });
  });

  it('exits 1 on an invalid request, naming the field; 2 on wrong usage', async () => {
    const bad = join(scratch(), 'bad.json');
    writeFileSync(bad, JSON.stringify({ decisionDate: '2026-13-01' }));
    const run = await cli(['eval', bad, '--rules', bench.rules]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Refused \(422\)/);
    expect(run.err).toMatch(/^ {2}decisionDate: /m);
    expect(run.err).toMatch(/^ {2}municipality: /m);
    expect((await cli(['eval', request, '--lang', 'sv'])).code).toBe(2);
    expect((await cli(['eval', request, '--pin', 'no-version'])).code).toBe(2);
    expect((await cli(['eval'])).code).toBe(2);
  });

  it('exits 1 on a broken ruleset', async () => {
    const run = await cli(['eval', request, '--rules', 'fixtures/rulesets/broken/wrong-path']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^tiny-national\/9\.9\.9\.yaml:-:id file must be at tiny-national\/3\.0\.0\.yaml/m);
  });
});
