import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCases } from '../cases/read.ts';
import { runCase } from '../cases/run.ts';
import { isCalendarDate } from '../engine/dates.ts';
import { actDraftMention } from '../rulesets/act-draft.ts';
import { digestOf } from '../rulesets/digest.ts';
import { changesOf, CHANGELOG_TODO, publishText } from '../rulesets/edit.ts';
import { formatLoadError, loadRulesets, parseYaml, RulesetLoadError } from '../rulesets/load.ts';
import { readRulesDir } from '../rulesets/read-dir.ts';
import { caseOptions, defaultCases, EXIT, loadRegistry, parse, rulesOption, UsageError, type Command } from './io.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const publish: Command = {
  summary: 'publish a draft: refuses unless it validates and every case passes, and while it calls itself a draft of another act; records its digest in the lock',
  usage: 'hjemmel publish <id>@<version> --valid-from YYYY-MM-DD [--cases path]… [--rules dir] [--requests dir]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...rulesOption, ...caseOptions, 'valid-from': { type: 'string' }, cases: { type: 'string', multiple: true } });
    const pin = positionals[0];
    const at = pin?.indexOf('@') ?? -1;
    if (positionals.length !== 1 || at <= 0) throw new UsageError('give exactly one id@version');
    const validFrom = values['valid-from'];
    if (validFrom === undefined) throw new UsageError('--valid-from YYYY-MM-DD is required');
    if (!isoDate.test(validFrom)) throw new UsageError(`--valid-from must be a date written YYYY-MM-DD, got ${validFrom}`);
    if (!isCalendarDate(validFrom)) throw new UsageError(`--valid-from ${validFrom} is not a real calendar date`);
    const [id, version] = [pin!.slice(0, at), pin!.slice(at + 1)];

    const refuse = (why: string) => {
      io.err(`Not published: ${why}\n`);
      return EXIT.failed;
    };
    const registry = loadRegistry(io, values.rules);
    if (!registry) return refuse(`the rulesets in ${values.rules} do not validate.`);
    const found = registry.get(id, version);
    if (!found) return refuse(`no ruleset version ${pin}.`);
    if (found.file.status !== 'draft') return refuse(`${pin} is already published; published versions never change.`);
    const changes = changesOf(readFileSync(resolve(io.cwd, values.rules, found.source), 'utf8'), version);
    if (changes.some((line) => line.includes(CHANGELOG_TODO))) return refuse(`describe the change in the changelog entry for ${version} first.`);
    const { title } = found.file;
    const mention = actDraftMention([
      ...(['nb', 'nn', 'en'] as const).map((lang) => ({ where: `title.${lang}`, text: title[lang] })),
      ...changes.map((text) => ({ where: `changelog ${version}`, text })),
    ]);
    if (mention) {
      return refuse(`${pin} calls itself a draft of another act ("${mention.act}" in ${mention.where}); publish it only once that act is in force, with its title and changelog rewritten.`);
    }

    // Validate the published form with its digest locked, exactly as the server will load it.
    const dir = resolve(io.cwd, values.rules);
    const { sources, lock, titles } = readRulesDir(dir);
    const text = publishText(sources.find((s) => s.path === found.source)!.text, validFrom);
    // Parsed as the loader parses it; a file that does not parse is refused by loadRulesets below.
    const parsed = parseYaml(text);
    const digest = parsed.ok ? digestOf(parsed.raw) : '';
    const nextLock = Object.fromEntries(Object.entries({ ...lock, [pin!]: digest }).sort(([a], [b]) => a.localeCompare(b)));
    let next;
    try {
      next = loadRulesets(sources.map((s) => (s.path === found.source ? { ...s, text } : s)), nextLock, titles);
    } catch (error) {
      if (!(error instanceof RulesetLoadError)) throw error;
      for (const e of error.errors) io.err(`${formatLoadError(e)}\n`);
      return refuse(`${pin} does not validate once published.`);
    }

    const paths = (values.cases?.length ? values.cases : [defaultCases]).map((p) => resolve(io.cwd, p));
    const { cases, bases } = readCases(paths, resolve(io.cwd, values.requests));
    const failed = cases.map((c) => runCase(c, next, bases)).filter((r) => !r.passed);
    for (const r of failed) io.err(`FAIL ${r.name}: ${r.problems.join('; ')}\n`);
    if (failed.length) return refuse(`${failed.length} of ${cases.length} cases fail with ${pin} published from ${validFrom}.`);

    writeFileSync(join(dir, found.source), text);
    writeFileSync(join(dir, 'rules.lock.json'), `${JSON.stringify(nextLock, null, 2)}\n`);
    io.out(`Published ${pin}, in force from ${validFrom}. ${cases.length} cases pass.\nLocked ${digest} in ${join(values.rules, 'rules.lock.json')}.\n`);
    return EXIT.ok;
  },
};
