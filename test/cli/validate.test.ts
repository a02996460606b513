import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { bench, cli } from './helpers.ts';

describe('hjemmel validate', () => {
  it('exits 0 and lists the versions of a valid directory', async () => {
    const run = await cli(['validate', bench.rules]);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/2 ruleset versions valid/);
    expect(run.out).toMatch(/tiny-national@1\.1\.0 {2}published from 2026-06-01 {2}3 rules {2}sha256-/);
  });

  it('validates rules/ by default, lock included', async () => {
    const run = await cli(['validate']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^rules: \d+ ruleset versions valid/);
  });

  const broken = readdirSync(`${root}fixtures/rulesets/broken`);
  for (const name of broken) {
    it(`exits 1 on the broken fixture ${name}, every error as file:rule:path message`, async () => {
      const run = await cli(['validate', `fixtures/rulesets/broken/${name}`]);
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      const lines = run.err.trim().split('\n');
      expect(lines[0]).toMatch(/^The rulesets in fixtures\/rulesets\/broken\/.* are broken \(\d+ errors?\):$/);
      for (const line of lines.slice(1)) expect(line).toMatch(/^[^:\s]+:[^:\s]+:\S+ \S/);
    });
  }

  it('names the rule and path of the error legal staff must fix', async () => {
    const run = await cli(['validate', 'fixtures/rulesets/broken/bad-severity']);
    expect(run.err).toMatch(/^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.severity /m);
    const unknown = await cli(['validate', 'fixtures/rulesets/broken/unknown-fact']);
    expect(unknown.err).toMatch(/^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.conditions unknown decision fact "applicant\.name"$/m);
  });

  it('refuses a draft rule without quote and a wording block without review, naming file, rule and path', async () => {
    const run = await cli(['validate', 'fixtures/rulesets/broken/missing-quote']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.quote missing quote: in every draft each rule gives the legal text it applies/m);
    expect(run.err).toMatch(/^tiny-national\/3\.0\.0\.yaml:appeal\.any:wording\.0\.review missing review: in every draft each wording block gives a review record/m);
  });

  it('exits 2 on wrong usage', async () => {
    const run = await cli(['validate', '--nonsense']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Unknown option '--nonsense'/);
  });
});
