import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { ImpactReport } from '../../src/impact/schema.ts';
import { ageReviewChanges } from '../impact/oracle.ts';
import { bench, cli, onBench, scratch } from './helpers.ts';

const versions = ['--from', 'tiny-national@1.0.0', '--to', 'tiny-national@1.1.0'];
const corpus = [...generateCorpus({ count: 800, seed: 7 })];
const file = join(scratch(), 'corpus.jsonl');
writeFileSync(file, corpus.map((r) => JSON.stringify(r)).join('\n') + '\n');

describe('hjemmel impact', () => {
  it('reports exactly the cases the one changed rule touches, old → new', async () => {
    const run = await cli(['impact', ...versions, '--cases', file, ...onBench, '--format', 'json', '--limit', '10000']);
    expect(run.code).toBe(0);
    const report = ImpactReport.parse(JSON.parse(run.out));
    const expected = ageReviewChanges(corpus);
    expect(expected.length).toBeGreaterThan(10);
    expect(report.changed).toEqual(
      expected.map((e) => ({ case: `${file}:${e.index + 1}`, before: e.before, after: e.after, verdictChanged: true, added: ['age.review'], removed: [] })),
    );
    expect(report.summary).toMatchObject({ cases: 800, notApplicable: 0, invalid: 0, verdictChanged: expected.length, findingsChanged: 0, unchanged: 800 - expected.length });
    const clear = expected.filter((e) => e.before === 'clear').length;
    expect(report.summary.transitions).toEqual(
      [
        { from: 'clear', to: 'blocked', count: clear },
        { from: 'warnings', to: 'blocked', count: expected.length - clear },
      ].filter((t) => t.count > 0),
    );
    expect(report.rules).toEqual([{ rule: 'age.review', added: expected.length, removed: 0 }]);
    expect(report.from).toMatchObject({ id: 'tiny-national', version: '1.0.0', status: 'published' });
  });

  it('lists no more than --limit cases, and counts the rest', async () => {
    const run = await cli(['impact', ...versions, '--cases', file, ...onBench, '--format', 'json', '--limit', '3']);
    const report = JSON.parse(run.out);
    expect(report.changed).toHaveLength(3);
    expect(report.unlisted).toBe(ageReviewChanges(corpus).length - 3);
  });

  it('takes YAML case files too, and writes text and Markdown', async () => {
    const text = await cli(['impact', ...versions, '--cases', bench.cases, ...onBench]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Impact of tiny-national@1.1.0 against tiny-national@1.0.0\n');
    expect(text.out).toMatch(/^verdict changed +2$/m);
    expect(text.out).toMatch(/^clear → blocked +2$/m);
    expect(text.out).toMatch(/^age\.review +2 +0$/m);
    expect(text.out).toContain('  rejection at 66 before June 2026: clear → blocked\n    added: age.review\n    removed: –\n');
    expect(text.out).toContain('  rejection at 66 from June 2026: clear → blocked\n');
    const md = await cli(['impact', ...versions, '--cases', bench.cases, ...onBench, '--format', 'markdown']);
    expect(md.out).toMatch(/^## Impact of tiny-national@1\.1\.0 against tiny-national@1\.0\.0$/m);
    expect(md.out).toContain('| verdict changed | 2 |');
    expect(md.out).toContain('| `age.review` | 2 | 0 |');
    expect(md.out).toContain('- **rejection at 66 before June 2026**: clear → blocked; added age.review; removed –');
  });

  it('counts lines that are not valid requests as invalid, naming line and field', async () => {
    const mixed = join(scratch(), 'mixed.jsonl');
    writeFileSync(mixed, `${JSON.stringify(corpus[0])}\n{"decisionDate": \n\n${JSON.stringify({ ...corpus[1], municipality: 'Oslo' })}\n`);
    const run = await cli(['impact', ...versions, '--cases', mixed, ...onBench, '--format', 'json']);
    const report = JSON.parse(run.out);
    expect(report.summary).toMatchObject({ cases: 3, invalid: 2 });
    expect(report.invalidCases[0].case).toBe(`${mixed}:2`);
    expect(report.invalidCases[0].errors[0]).toMatch(/^not JSON/);
    expect(report.invalidCases[1]).toEqual({ case: `${mixed}:4`, errors: [expect.stringMatching(/^municipality: /)] });
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const quiet = await cli(['impact', ...versions, '--cases', file, ...onBench, '--format', 'json']);
    expect(quiet.err).toBe('');
    const tty = await cli(['impact', ...versions, '--cases', file, ...onBench, '--format', 'json'], { tty: true });
    expect(tty.err).toMatch(/^\r\[#*\.*\] \d+% {2}\d+ cases/);
    expect(JSON.parse(tty.out).summary.cases).toBe(800); // stdout stays clean
  });

  it('refuses unknown versions and versions of two rulesets; wrong usage exits 2', async () => {
    const unknown = await cli(['impact', '--from', 'tiny-national@1.0.0', '--to', 'tiny-national@9.0.0', '--cases', file, ...onBench]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('--to: unknown ruleset version tiny-national@9.0.0 (write id@version)\n');
    const two = await cli(['impact', '--from', 'no-national@2025.1.0', '--to', 'municipality-0301@1.0.0', '--cases', file]);
    expect(two.code).toBe(1);
    expect(two.err).toBe('--to: must be a version of no-national\n');
    expect((await cli(['impact', '--from', 'tiny-national@1.0.0', '--cases', file])).code).toBe(2);
    expect((await cli(['impact', ...versions, '--cases', file, '--format', 'pdf'])).code).toBe(2);
  });

  it('skips cases for other municipalities when the ruleset compared is a municipal layer', async () => {
    const run = await cli(['impact', '--from', 'municipality-0301@1.0.0', '--to', 'municipality-0301@1.0.0', '--cases', file, '--format', 'json']);
    const report = JSON.parse(run.out);
    const other = corpus.filter((r) => r.municipality !== '0301').length;
    expect(report.summary).toMatchObject({ cases: 800, notApplicable: other, unchanged: 800 - other, verdictChanged: 0 });
  });
});
