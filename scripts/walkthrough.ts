import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';

/**
 * The README's walk-through for legal staff, run for real: a copy of rules/ and fixtures/ in a
 * temporary directory, the workbench commands run in it as a user would type them, and their
 * output written into the README between the markers below. `npm run walkthrough` rewrites that
 * section; test/cli/walkthrough.test.ts fails when the README differs from a fresh run, so the
 * walk-through cannot go stale. Dates are fixed (TODAY), so the output is the same on any day.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
export const BEGIN = '<!-- walkthrough:begin (written by `npm run walkthrough` from scripts/walkthrough.ts; do not edit) -->';
export const END = '<!-- walkthrough:end -->';
const TODAY = new Date('2026-12-01T09:00:00Z');

const ruleFile = 'rules/municipality-4601/1.2.0.yaml';
const caseFile = 'fixtures/cases/grounds-and-stays.yaml';

/** The request tried by hand in step 3: a short-term stay of five weeks in 4601. */
function fiveWeekStay(): Record<string, unknown> {
  const request = JSON.parse(readFileSync(`${root}fixtures/requests/clear-grant.json`, 'utf8')) as { municipality: string; decision: { services: Record<string, unknown>[] } };
  request.municipality = '4601';
  request.decision.services = request.decision.services.map((line) => ({ ...line, type: 'short-term-stay', expectedDurationDays: 35 }));
  return request;
}

export async function walkthrough(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hjemmel-walkthrough-'));
  try {
    cpSync(`${root}rules`, join(dir, 'rules'), { recursive: true });
    cpSync(`${root}fixtures`, join(dir, 'fixtures'), { recursive: true });
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
    const replace = (file: string, from: string, to: string) => {
      const text = read(file);
      if (!text.includes(from)) throw new Error(`walkthrough: ${file} no longer holds ${JSON.stringify(from)}; update scripts/walkthrough.ts`);
      write(file, text.replace(from, to));
    };

    /** `$ npx hjemmel …` and what it printed (stdout, then stderr), as a console block's lines. */
    const run = async (command: string, options: { stdoutTo?: string } = {}) => {
      let out = '';
      let err = '';
      await main(command.split(' '), { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false, cwd: dir, now: () => TODAY });
      if (options.stdoutTo) {
        write(options.stdoutTo, out);
        return `$ npx hjemmel ${command} > ${options.stdoutTo}\n${err}`;
      }
      return `$ npx hjemmel ${command}\n${out}${err}`;
    };
    const block = (...blocks: string[]) => `\`\`\`console\n${blocks.join('').trimEnd()}\n\`\`\`\n`;
    /** A unified diff of two files in the copy; `label` names the old side when it is a saved copy of the new one. */
    const diff = (from: string, to: string, label = from) => {
      const result = spawnSync('diff', ['-u', '--label', `a/${label}`, '--label', `b/${to}`, from, to], { cwd: dir, encoding: 'utf8' });
      return `\`\`\`diff\n${result.stdout.trimEnd()}\n\`\`\`\n`;
    };

    const parts: string[] = [];
    parts.push(`Municipality 4601 (example data) tightens its local criterion: a short-term stay should now last
at most four weeks, not six. Its layer holds the rule \`local.short-term-stay-over-six-weeks\`. Every
command below was run on a copy of \`rules/\` and \`fixtures/\` by \`scripts/walkthrough.ts\`, which
wrote this section (\`npm run walkthrough\`); a test fails when it no longer matches a fresh run.

**1. Make a draft.**

`);
    parts.push(block(await run('draft municipality-4601')));

    replace(
      ruleFile,
      'title: { nb: "Korttidsopphold over seks uker", nn: "Korttidsopphald over seks veker", en: "Short-term stay over six weeks" }',
      'title: { nb: "Korttidsopphold over fire uker", nn: "Korttidsopphald over fire veker", en: "Short-term stay over four weeks" }',
    );
    replace(ruleFile, 'value: 42 }', 'value: 28 }');
    replace(ruleFile, 'vare i høyst seks uker', 'vare i høyst fire uker');
    replace(ruleFile, 'vare i høgst seks veker', 'vare i høgst fire veker');
    replace(ruleFile, 'lasts at most six weeks', 'lasts at most four weeks');
    replace(ruleFile, 'the six-week limit is an invented local criterion', 'the four-week limit is an invented local criterion');
    parts.push(`
**2. Change the rule** in the draft (a text editor will do): the limit, the title and message in nb,
nn and en, and what its review record says was checked. The rule id stays, as ids are stable.

`);
    parts.push(diff('rules/municipality-4601/1.1.0.yaml', ruleFile));
    parts.push('\n');
    parts.push(block(await run('validate')));

    parts.push(`
**3. Test it.** Drafts are never chosen by date, so pin the draft: every case in 4601 runs against it.

`);
    parts.push(block(await run('test --pin municipality-4601@1.2.0')));
    write('request.json', `${JSON.stringify(fiveWeekStay(), null, 2)}\n`);
    parts.push(`
The case of a six-week stay assumed the old limit. Try one decision by hand: \`request.json\` is
\`fixtures/requests/clear-grant.json\` made a grant of a five-week short-term stay in 4601.

`);
    parts.push(block(await run('eval request.json --pin municipality-4601@1.2.0')));
    write(`${caseFile}.before`, read(caseFile));
    replace(
      caseFile,
      `  - name: short stay of six weeks in 4601
    extends: clear-grant
    with:
      municipality: "4601"
      decision: { services: [{ type: short-term-stay, expectedDurationDays: 42 }] }
    expect: { verdict: clear, rules: [] }`,
      `  - name: short stay of six weeks in 4601 — over the four-week limit from 2027
    extends: clear-grant
    with:
      decisionDate: "2027-01-15"
      municipality: "4601"
      decision: { services: [{ type: short-term-stay, expectedDurationDays: 42 }] }
      procedure: { applicationReceived: "2027-01-05" }
    expect: { verdict: warnings, rules: [local.short-term-stay-over-six-weeks] }`,
    );
    parts.push(`
Now the case says what the new criterion gives, on a date it will be in force (\`${caseFile}\`):

`);
    parts.push(diff(`${caseFile}.before`, caseFile, caseFile));
    parts.push('\n');
    parts.push(block(await run('test --pin municipality-4601@1.2.0')));

    parts.push(`
**4. See its impact** on past decisions — here a generated corpus; a real one is JSONL of requests
(one a line) or a directory of YAML cases. Cases of other municipalities are counted as not applicable.

`);
    parts.push(
      block(
        await run('corpus --count 5000 --seed 1', { stdoutTo: 'corpus.jsonl' }),
        await run('impact --from municipality-4601@1.1.0 --to municipality-4601@1.2.0 --cases corpus.jsonl --limit 3'),
      ),
    );

    parts.push(`
**5. Publish it.** \`publish\` refuses while the changelog entry is the placeholder, for a date that is
not one, if anything fails to validate, or if any case fails with the version in force from the date given:

`);
    parts.push(block(await run('publish municipality-4601@1.2.0 --valid-from 2027-01-01')));
    replace(ruleFile, 'TODO: describe the change', 'Korttidsopphald: kriteriet til kommunen er no høgst fire veker (var seks).');
    parts.push(`
After writing the changelog entry (and mistyping the month once):

`);
    parts.push(block(await run('publish municipality-4601@1.2.0 --valid-from 2027-13-01'), await run('publish municipality-4601@1.2.0 --valid-from 2027-01-01')));
    parts.push(`
The file now has \`status: published\` and \`validFrom: "2027-01-01"\`, and \`rules/rules.lock.json\` holds
its digest: from here on the version is immutable, and the server refuses to start if its content
changes. The next change is a new draft.
`);
    return parts.join('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The README with its walk-through section replaced by `section`. */
export function withWalkthrough(readme: string, section: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README.md has no walk-through markers (${BEGIN} … ${END})`);
  return `${readme.slice(0, begin + BEGIN.length)}\n${section}${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = `${root}README.md`;
  writeFileSync(file, withWalkthrough(readFileSync(file, 'utf8'), await walkthrough()));
  console.log(`wrote the walk-through into ${file}`);
}
