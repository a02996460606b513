import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, cli, onBench } from './helpers.ts';

describe('hjemmel test', () => {
  it('exits 0 when every case passes', async () => {
    const run = await cli(['test', bench.cases, ...onBench]);
    expect(run.code).toBe(0);
    expect(run.out).toBe('7 passed, 0 failed, 7 cases\n');
  });

  it('runs fixtures/cases against rules/ by default, as npm test does', async () => {
    const run = await cli(['test']);
    expect(run.out).toMatch(/^\d+ passed, 0 failed, \d+ cases\n$/);
    expect(run.code).toBe(0);
  });

  it('exits 1 on a failing case, with expected against actual verdict and the missing and unexpected rule ids', async () => {
    const run = await cli(['test', bench.failing, ...onBench]);
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      [
        'FAIL wrong-expectation.yaml: expects the wrong verdict and rules',
        '  expected: clear',
        '  actual:   blocked',
        '  missing rules:    appeal.notice',
        '  unexpected rules: age.review',
        '0 passed, 1 failed, 1 cases',
        '',
      ].join('\n'),
    );
  });

  it('--pin runs every case against a version the date would not choose (how a draft is tested)', async () => {
    const run = await cli(['test', bench.cases, ...onBench, '--pin', 'tiny-national@1.1.0']);
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      ['FAIL age-review.yaml: rejection at 66 before June 2026', '  expected: clear', '  actual:   blocked', '  unexpected rules: age.review', '6 passed, 1 failed, 7 cases', ''].join('\n'),
    );
    expect((await cli(['test', bench.cases, ...onBench, '--pin', 'tiny-national@'])).code).toBe(2);
  });

  it('--json gives the same verdicts for machines', async () => {
    const run = await cli(['test', bench.failing, bench.cases, ...onBench, '--json']);
    expect(run.code).toBe(1);
    const body = JSON.parse(run.out);
    expect(body).toMatchObject({ passed: 7, failed: 1 });
    const failed = body.results.find((r: any) => !r.passed);
    expect(failed).toMatchObject({ name: 'expects the wrong verdict and rules', missing: ['appeal.notice'], unexpected: ['age.review'] });
    expect(failed.expected.verdict).toBe('clear');
    expect(failed.actual.verdict).toBe('blocked');
  });

  it('exits 1 on a broken ruleset, naming the error', async () => {
    const run = await cli(['test', bench.cases, '--rules', 'fixtures/rulesets/broken/missing-nynorsk', '--requests', bench.requests]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.message\.nn /m);
  });

  it('a mistyped --pin is one line naming the versions there are (exit 2), not a failure per case', async () => {
    const version = await cli(['test', bench.cases, ...onBench, '--pin', 'tiny-national@1.9.0']);
    expect(version).toMatchObject({ code: 2, out: '' });
    expect(version.err.split('\n')[0]).toBe('--pin tiny-national@1.9.0: tiny-national has no version 1.9.0; it has 1.0.0, 1.1.0');
    const id = await cli(['test', bench.cases, ...onBench, '--pin', 'tiny-natonal@1.1.0']);
    expect(id.err.split('\n')[0]).toBe('--pin tiny-natonal@1.1.0: no ruleset "tiny-natonal"; there are tiny-national');
    for (const command of ['coverage', 'eval']) expect((await cli([command, bench.cases, ...onBench, '--pin', 'tiny-national@1.9.0'])).code).toBe(2);
  });

  it('a YAML error in a case file names the file and the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hjemmel-cases-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'cases:\n  - name: one\n    base: clear-grant\n   expect: [unclosed\n');
    const run = await cli(['test', file, ...onBench]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}: .*line \\d+`));
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 naming an unreadable case file', async () => {
    const run = await cli(['test', 'fixtures/workbench/README.md', ...onBench]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/README\.md/);
  });
});
