import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fieldErrors } from '../decision/field-errors.ts';
import { readCases } from '../cases/read.ts';
import { caseRequest } from '../cases/run.ts';
import { EvaluationRequest } from '../decision/schema.ts';
import { Impact, impactVersions } from '../impact/compare.ts';
import { formatImpact } from '../impact/format.ts';
import { caseOptions, EXIT, loadRegistry, parse, positiveInt, rulesOption, UsageError, type Command, type Io } from './io.ts';
import { progressBar } from './progress.ts';

const formats = ['text', 'json', 'markdown'] as const;

function add(impact: Impact, name: string, raw: unknown): void {
  const parsed = EvaluationRequest.safeParse(raw);
  if (parsed.success) impact.add(name, parsed.data);
  else impact.addInvalid(name, fieldErrors(parsed.error.issues).map((e) => `${e.path}: ${e.message}`));
}

/** A JSONL corpus, one request a line, read as a stream: memory stays flat whatever the corpus size. */
async function feedJsonl(impact: Impact, path: string, label: string, io: Io): Promise<void> {
  const bar = progressBar(io, statSync(path).size);
  const stream = createReadStream(path, { encoding: 'utf8' });
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      impact.addInvalid(`${label}:${line}`, [`not JSON: ${(error as Error).message}`]);
      continue;
    }
    add(impact, `${label}:${line}`, raw);
    bar.update(stream.bytesRead, line);
  }
  bar.end();
}

/** YAML case files (a directory or files), each case's request built as `hjemmel test` builds it. */
function feedCases(impact: Impact, path: string, requests: string, io: Io): void {
  const { cases, bases } = readCases([path], requests);
  const bar = progressBar(io, cases.length);
  cases.forEach((c, i) => {
    let raw: unknown;
    try {
      raw = caseRequest(c, bases);
    } catch (error) {
      impact.addInvalid(c.name, [(error as Error).message]);
      return;
    }
    add(impact, c.name, raw);
    bar.update(i + 1, i + 1);
  });
  bar.end();
}

export const impact: Command = {
  summary: 'evaluate every case against two versions of a ruleset and report what changes',
  usage: 'hjemmel impact --from id@v1 --to id@v2 --cases <dir|file.yaml|file.jsonl> [--format text|json|markdown] [--limit n] [--rules dir] [--requests dir]',
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...rulesOption,
      ...caseOptions,
      from: { type: 'string' },
      to: { type: 'string' },
      cases: { type: 'string' },
      format: { type: 'string', default: 'text' },
      limit: { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (!values.from || !values.to || !values.cases) throw new UsageError('--from, --to and --cases are required');
    const format = formats.find((f) => f === values.format);
    if (!format) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
    const limit = positiveInt('limit', values.limit, 1000);
    const registry = loadRegistry(io, values.rules);
    if (!registry) return EXIT.failed;
    const versions = impactVersions(registry, values.from, values.to);
    if (!versions.ok) {
      for (const e of versions.errors) io.err(`--${e.path}: ${e.message}\n`);
      return EXIT.failed;
    }
    const run = new Impact(registry, versions.from, versions.to, limit);
    const path = resolve(io.cwd, values.cases);
    if (/\.jsonl$/.test(path)) await feedJsonl(run, path, values.cases, io);
    else feedCases(run, path, resolve(io.cwd, values.requests), io);
    const report = run.report();
    io.out(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatImpact(report, format));
    return EXIT.ok;
  },
};
