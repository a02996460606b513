import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actDraftMention } from '../../src/rulesets/act-draft.ts';
import { draftText } from '../../src/rulesets/edit.ts';
import { loadRulesets } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { root } from '../helpers.ts';
import { bench, cli, scratch } from './helpers.ts';

/** A writable copy of the workbench rules, with the workbench cases run against it. */
function workspace() {
  const cwd = scratch();
  const rules = join(cwd, bench.rules);
  const args = ['--rules', bench.rules, '--requests', bench.requests];
  const file = (version: string) => join(rules, 'tiny-national', `${version}.yaml`);
  const edit = (version: string, from: string, to: string) => writeFileSync(file(version), readFileSync(file(version), 'utf8').replace(from, to));
  return { cwd, rules, args, file, edit, publishArgs: [...args, '--cases', bench.cases] };
}

/** A scratch copy of the repository's rules (and fixtures), for draft and publish on the real files. */
function realRules() {
  const cwd = scratch();
  cpSync(join(root, 'rules'), join(cwd, 'rules'), { recursive: true });
  const { sources, lock, titles } = readRulesDir(join(cwd, 'rules'));
  return { cwd, registry: loadRulesets(sources, lock, titles) };
}

describe('hjemmel draft', () => {
  it('copies the latest version into a new draft: bumped version, no validFrom, a changelog entry to fill in, comments kept', async () => {
    const w = workspace();
    const run = await cli(['draft', 'tiny-national', ...w.args.slice(0, 2)], { cwd: w.cwd });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Draft tiny-national@1\.2\.0 written to fixtures\/rulesets\/impact\/tiny-national\/1\.2\.0\.yaml \(copied from 1\.1\.0\)/);
    const before = readFileSync(w.file('1.1.0'), 'utf8').split('\n');
    const after = readFileSync(w.file('1.2.0'), 'utf8').split('\n');
    // Only the lines that must change do: every comment and flow map is as the author wrote it.
    const removed = before.filter((line) => !after.includes(line));
    const added = after.filter((line) => !before.includes(line));
    expect(removed).toEqual(['version: 1.1.0', 'validFrom: "2026-06-01"', 'status: published']);
    expect(added).toEqual(['version: 1.2.0', 'status: draft', '  - version: 1.2.0', expect.stringMatching(/^ {4}date: "\d{4}-\d{2}-\d{2}"$/), '    changes:', '      - "TODO: describe the change"']);
    expect(after[0]).toBe('# yaml-language-server: $schema=../../../../schema/ruleset.schema.json');
    const { sources, lock, titles } = readRulesDir(w.rules);
    const draft = loadRulesets(sources, lock, titles).get('tiny-national', '1.2.0')!;
    expect(draft.file.status).toBe('draft');
    expect(draft.file.validFrom).toBeUndefined();
  });

  it('copies the latest published version, never a newer draft of future law', async () => {
    const w = workspace();
    // A draft for an act not yet in force, with a higher version than any published one and other rules.
    const future = draftText(readFileSync(w.file('1.1.0'), 'utf8'), '2.0.0-draft', '2026-11-01').replace('TODO: describe the change', 'Utkast for ny lov.').replace('value: 66 }', 'value: 50 }');
    writeFileSync(w.file('2.0.0-draft'), future);
    const run = await cli(['draft', 'tiny-national', ...w.args.slice(0, 2)], { cwd: w.cwd });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Draft tiny-national@1\.2\.0 written to .* \(copied from 1\.1\.0\)/);
    const copied = readFileSync(w.file('1.2.0'), 'utf8');
    expect(copied).toContain('value: 66 }');
    expect(copied).not.toContain('Utkast for ny lov.');
  });

  it('on the real rules: copies the latest published national version, not the fvl-2025 draft', async () => {
    const { cwd, registry } = realRules();
    const versions = registry.versionsOf('no-national');
    const published = versions.filter((v) => v.file.status === 'published').at(-1)!;
    expect(versions.at(-1)!.file.status).toBe('draft'); // the draft is the highest version: the case this guards
    const run = await cli(['draft', 'no-national'], { cwd });
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`(copied from ${published.file.version})`);
    const [, written] = /written to (\S+)/.exec(run.out)!;
    const text = readFileSync(join(cwd, written!), 'utf8');
    expect(text).toContain(published.file.title.nb);
    expect(text).not.toMatch(/utkast for ny forvaltningslov/i);
  });

  it('--bump major; unknown id exits 1; wrong usage exits 2', async () => {
    const w = workspace();
    expect((await cli(['draft', 'tiny-national', '--bump', 'major', ...w.args.slice(0, 2)], { cwd: w.cwd })).out).toMatch(/tiny-national@2\.0\.0/);
    expect((await cli(['draft', 'no-such', ...w.args.slice(0, 2)], { cwd: w.cwd })).code).toBe(1);
    expect((await cli(['draft', 'tiny-national', '--bump', 'huge'], { cwd: w.cwd })).code).toBe(2);
  });
});

describe('hjemmel publish', () => {
  it('refuses while the changelog entry is not written, and when a case fails; publishes and locks once both are right', async () => {
    const w = workspace();
    await cli(['draft', 'tiny-national', ...w.args.slice(0, 2)], { cwd: w.cwd });
    const todo = await cli(['publish', 'tiny-national@1.2.0', '--valid-from', '2026-07-01', ...w.publishArgs], { cwd: w.cwd });
    expect(todo.code).toBe(1);
    expect(todo.err).toBe('Not published: describe the change in the changelog entry for 1.2.0 first.\n');

    w.edit('1.2.0', 'TODO: describe the change', 'age.review from 60.');
    w.edit('1.2.0', 'value: 66 }', 'value: 60 }');
    // In force from January, the change reaches the case "rejection at 66 before June 2026", which expects clear.
    const failing = await cli(['publish', 'tiny-national@1.2.0', '--valid-from', '2026-01-01', ...w.publishArgs], { cwd: w.cwd });
    expect(failing.code).toBe(1);
    expect(failing.err).toBe(
      'FAIL rejection at 66 before June 2026: verdict: expected clear, got blocked; unexpected rules: age.review\n' +
        'Not published: 1 of 7 cases fail with tiny-national@1.2.0 published from 2026-01-01.\n',
    );
    expect(readFileSync(w.file('1.2.0'), 'utf8')).toMatch(/^status: draft$/m);

    const ok = await cli(['publish', 'tiny-national@1.2.0', '--valid-from', '2026-07-01', ...w.publishArgs], { cwd: w.cwd });
    expect(ok.code).toBe(0);
    const text = readFileSync(w.file('1.2.0'), 'utf8');
    expect(text).toMatch(/^validFrom: "2026-07-01"\nstatus: published$/m);
    const { sources, lock, titles } = readRulesDir(w.rules);
    const published = loadRulesets(sources, lock, titles).get('tiny-national', '1.2.0')!; // the lock now holds its digest
    expect(lock!['tiny-national@1.2.0']).toBe(published.digest);
    expect(ok.out).toContain(`Locked ${published.digest}`);
    expect(Object.keys(lock!)).toEqual(['tiny-national@1.0.0', 'tiny-national@1.1.0', 'tiny-national@1.2.0']);

    const again = await cli(['publish', 'tiny-national@1.2.0', '--valid-from', '2026-08-01', ...w.publishArgs], { cwd: w.cwd });
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already published; published versions never change/);
  });

  it('refuses a draft that does not validate, naming the error', async () => {
    const w = workspace();
    await cli(['draft', 'tiny-national', ...w.args.slice(0, 2)], { cwd: w.cwd });
    w.edit('1.2.0', 'TODO: describe the change', 'Uses a fact that does not exist.');
    w.edit('1.2.0', 'fact: applicant.age, operator: greaterThanInclusive', 'fact: applicant.name, operator: greaterThanInclusive');
    const run = await cli(['publish', 'tiny-national@1.2.0', '--valid-from', '2026-07-01', ...w.publishArgs], { cwd: w.cwd });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^tiny-national\/1\.2\.0\.yaml:age\.review:rules\.0\.conditions unknown decision fact "applicant\.name"$/m);
    expect(run.err).toMatch(/Not published: the rulesets in fixtures\/rulesets\/impact do not validate\.\n$/);
    expect(readRulesDir(w.rules).lock).not.toHaveProperty('tiny-national@1.2.0');
  });

  it('refuses the real fvl-2025 draft in one line: its title calls it a draft of the new Public Administration Act', async () => {
    const { cwd } = realRules();
    const run = await cli(['publish', 'no-national@2027.0.0-draft', '--valid-from', '2027-01-01'], { cwd });
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'Not published: no-national@2027.0.0-draft calls itself a draft of another act ("ny forvaltningslov" in title.nb); publish it only once that act is in force, with its title and changelog rewritten.\n',
    );
    expect(readFileSync(join(cwd, 'rules/no-national/2027.0.0-draft.yaml'), 'utf8')).toMatch(/^status: draft$/m);
  });

  it('refuses a changelog entry or a title that calls the version a draft of another act; a draft word alone is fine', async () => {
    const w = workspace();
    await cli(['draft', 'tiny-national', ...w.args.slice(0, 2)], { cwd: w.cwd });
    w.edit('1.2.0', 'value: 66 }', 'value: 60 }');
    w.edit('1.2.0', 'TODO: describe the change', 'Utkastet følger LOV-2025-06-20-81.');
    const publish = () => cli(['publish', 'tiny-national@1.2.0', '--valid-from', '2026-07-01', ...w.publishArgs], { cwd: w.cwd });
    expect((await publish()).err).toBe(
      'Not published: tiny-national@1.2.0 calls itself a draft of another act ("LOV-2025-06-20-81" in changelog 1.2.0); publish it only once that act is in force, with its title and changelog rewritten.\n',
    );
    w.edit('1.2.0', 'Utkastet følger LOV-2025-06-20-81.', 'Draft: age.review from 60.');
    w.edit('1.2.0', 'en: Tiny test }', 'en: Tiny test (draft for the new Social Services Act) }');
    expect((await publish()).err).toMatch(/^Not published: .*\("new Social Services Act" in title\.en\)/);
    w.edit('1.2.0', 'en: Tiny test (draft for the new Social Services Act) }', 'en: Tiny test }');
    const ok = await publish();
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
  });

  it('exits 2 without --valid-from or with a malformed one, saying which', async () => {
    const missing = await cli(['publish', 'tiny-national@1.2.0']);
    expect(missing).toMatchObject({ code: 2, err: expect.stringMatching(/^--valid-from YYYY-MM-DD is required\n/) });
    const form = await cli(['publish', 'tiny-national@1.2.0', '--valid-from', '1 July']);
    expect(form).toMatchObject({ code: 2, err: expect.stringMatching(/^--valid-from must be a date written YYYY-MM-DD, got 1 July\n/) });
    for (const impossible of ['2026-13-01', '2026-02-30']) {
      const run = await cli(['publish', 'tiny-national@1.2.0', '--valid-from', impossible]);
      expect(run).toMatchObject({ code: 2, err: expect.stringMatching(new RegExp(`^--valid-from ${impossible} is not a real calendar date\n`)) });
    }
    expect((await cli(['publish', 'tiny-national', '--valid-from', '2026-07-01'])).code).toBe(2);
  });
});

describe('a draft of another act (src/rulesets/act-draft.ts)', () => {
  const mention = (text: string) => actDraftMention([{ where: 'title.nb', text }])?.act;
  it.each([
    ['Nasjonale regler (utkast for ny forvaltningslov)', 'ny forvaltningslov'],
    ['Nasjonale reglar (utkast for nye forvaltningslova)', 'nye forvaltningslova'],
    ['National rules (draft for the new Public Administration Act)', 'new Public Administration Act'],
    ['Utkast for ny forvaltningslov (LOV-2025-06-20-81), som ennå ikke gjelder', 'ny forvaltningslov'],
    ['Utkastet følger fvl-2025.', 'fvl-2025'],
  ])('%s: names %s', (text, act) => expect(mention(text)).toBe(act));
  it.each([
    'Draft: lower the threshold',
    'Følger forvaltningsloven § 17 (LOV-1967-02-10-0)',
    'Ny regel etter helse- og omsorgstjenesteloven',
    'Nasjonale regler for vedtak om helse- og omsorgstjenester',
  ])('%s: none', (text) => expect(mention(text)).toBeUndefined());
});
