import { resolve } from 'node:path';
import { coverageOf } from '../cases/coverage.ts';
import { readCases } from '../cases/read.ts';
import { caseRequest, withPins } from '../cases/run.ts';
import { checkRequest, legalStaff } from '../decision/check.ts';
import { caseOptions, defaultCases, EXIT, loadRegistry, parse, parsePins, pinOption, rulesOption, UsageError, type Command } from './io.ts';

export const coverage: Command = {
  summary: 'per ruleset version: rules never fired, never silent, wording never rendered',
  usage: 'hjemmel coverage [cases…] [--pin id@version]… [--rules dir] [--requests dir] [--min percent] [--json]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...rulesOption, ...caseOptions, ...pinOption, min: { type: 'string' }, json: { type: 'boolean', default: false } });
    const min = values.min === undefined ? undefined : Number(values.min);
    if (min !== undefined && !(min >= 0 && min <= 100)) throw new UsageError(`--min must be a percentage from 0 to 100, got ${values.min}`);
    const registry = loadRegistry(io, values.rules);
    if (!registry) return EXIT.failed;
    const pins = parsePins(values.pin, registry);
    const paths = (positionals.length ? positionals : [defaultCases]).map((p) => resolve(io.cwd, p));
    const { cases, bases } = readCases(paths, resolve(io.cwd, values.requests));
    const report = coverageOf(registry, cases.map((c) => checkRequest(withPins(caseRequest(c, bases), registry, pins), registry, legalStaff)));
    const below = min !== undefined && report.percent < min;

    if (values.json) io.out(`${JSON.stringify({ ...report, min: min ?? null, passed: !below }, null, 2)}\n`);
    else {
      for (const v of report.versions) {
        io.out(`${v.ruleset}${v.status === 'draft' ? ' (draft)' : ''}: ${v.covered}/${v.total} covered, ${v.cases} cases\n`);
        io.out(`  rules never fired:      ${v.neverFired.join(', ') || '–'}\n`);
        io.out(`  rules never silent:     ${v.neverSilent.join(', ') || '–'}\n`);
        io.out(`  wording never rendered: ${v.neverRendered.join(', ') || '–'}\n`);
      }
      if (report.unreached.length) io.out(`no case evaluates: ${report.unreached.join(', ')}\n`);
      io.out(`coverage ${report.percent}% (a rule counts when it fires in one case and stays silent in another)\n`);
    }
    if (below) io.err(`coverage ${report.percent}% is below --min ${min}%\n`);
    return below ? EXIT.failed : EXIT.ok;
  },
};
