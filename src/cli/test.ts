import { resolve } from 'node:path';
import { readCases } from '../cases/read.ts';
import { runCase } from '../cases/run.ts';
import { caseOptions, defaultCases, EXIT, loadRegistry, parse, parsePins, pinOption, rulesOption, type Command } from './io.ts';

export const test: Command = {
  summary: 'run YAML cases (default fixtures/cases) and show expected against actual',
  usage: 'hjemmel test [cases…] [--pin id@version]… [--rules dir] [--requests dir] [--json]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...rulesOption, ...caseOptions, ...pinOption, json: { type: 'boolean', default: false } });
    const registry = loadRegistry(io, values.rules);
    if (!registry) return EXIT.failed;
    const pins = parsePins(values.pin, registry);
    const paths = (positionals.length ? positionals : [defaultCases]).map((p) => resolve(io.cwd, p));
    const { cases, bases } = readCases(paths, resolve(io.cwd, values.requests));
    const results = cases.map((c) => ({ file: c.file, ...runCase(c, registry, bases, pins) }));
    const failed = results.filter((r) => !r.passed);

    if (values.json) {
      io.out(`${JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results }, null, 2)}\n`);
    } else {
      for (const r of failed) {
        const actual = r.actual.refused ? `refused ${r.actual.refused.status} at ${r.actual.refused.paths.join(', ')}` : r.actual.verdict;
        const expected = r.expected.refused ? `refused ${r.expected.refused.status} at ${r.expected.refused.path}` : r.expected.verdict;
        io.out(`FAIL ${r.file.split('/').at(-1)}: ${r.name}\n`);
        io.out(`  expected: ${expected}\n  actual:   ${actual}\n`);
        if (r.missing.length) io.out(`  missing rules:    ${r.missing.join(', ')}\n`);
        if (r.unexpected.length) io.out(`  unexpected rules: ${r.unexpected.join(', ')}\n`);
        const others = r.problems.filter((p) => !/^(verdict|missing rules|unexpected rules):/.test(p));
        for (const p of others) io.out(`  ${p}\n`);
      }
      io.out(`${results.length - failed.length} passed, ${failed.length} failed, ${results.length} cases\n`);
    }
    return failed.length ? EXIT.failed : EXIT.ok;
  },
};
