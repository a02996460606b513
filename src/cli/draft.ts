import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import semver from 'semver';
import { draftText } from '../rulesets/edit.ts';
import { EXIT, loadRegistry, parse, rulesOption, UsageError, type Command } from './io.ts';

const bumps = ['major', 'minor', 'patch'] as const;

export const draft: Command = {
  summary: 'copy the latest published version of a ruleset (never a draft) into a new draft with a bumped version',
  usage: 'hjemmel draft <id> [--bump major|minor|patch] [--rules dir]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...rulesOption, bump: { type: 'string', default: 'minor' } });
    if (positionals.length !== 1) throw new UsageError('give exactly one ruleset id');
    const bump = bumps.find((b) => b === values.bump);
    if (!bump) throw new UsageError(`--bump must be one of ${bumps.join(', ')}`);
    const id = positionals[0]!;
    const registry = loadRegistry(io, values.rules);
    if (!registry) return EXIT.failed;
    const versions = registry.versionsOf(id);
    // The law as published, never a draft: a draft may be written for an act not yet in force (the fvl-2025 draft).
    const latest = versions.filter((v) => v.file.status === 'published').at(-1);
    if (!latest) {
      io.err(versions.length ? `No published version of "${id}" to copy: a new draft starts from the law as published, never from a draft.\n` : `No ruleset "${id}" in ${values.rules}.\n`);
      return EXIT.failed;
    }
    const version = semver.inc(latest.file.version, bump)!;
    const target = resolve(io.cwd, values.rules, id, `${version}.yaml`);
    if (existsSync(target)) {
      io.err(`${join(values.rules, id, `${version}.yaml`)} already exists.\n`);
      return EXIT.failed;
    }
    const text = readFileSync(resolve(io.cwd, values.rules, latest.source), 'utf8');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, draftText(text, version, io.now().toISOString().slice(0, 10)));
    io.out(
      `Draft ${id}@${version} written to ${join(values.rules, id, `${version}.yaml`)} (copied from ${latest.file.version}).\n` +
        `Next: change the rules, describe the change in its changelog entry, then\n` +
        `  hjemmel test --pin ${id}@${version}    # do the cases still pass against the draft?\n` +
        `  hjemmel impact --from ${id}@${latest.file.version} --to ${id}@${version} --cases <corpus>\n` +
        `  hjemmel publish ${id}@${version} --valid-from YYYY-MM-DD\n`,
    );
    return EXIT.ok;
  },
};
