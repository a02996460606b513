import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';
import type { Io } from '../src/cli/io.ts';
import { generateCorpus } from '../src/corpus/generate.ts';
import { readRulesDir } from '../src/rulesets/read-dir.ts';
import { loadRulesets } from '../src/rulesets/load.ts';

/**
 * `hjemmel impact` over 10,000 generated cases × 2 versions of the national ruleset (the latest
 * published one and a fresh draft of it), end to end: load, stream the JSONL, evaluate twice,
 * report, in a fresh process as legal staff run it. Goal: under 10 s. Runs on a scratch copy of rules/, which it leaves untouched.
 */
const COUNT = Number(process.env.BENCH_CASES ?? 10_000);
const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'hjemmel-bench-'));
const rules = join(work, 'rules');
cpSync(join(root, 'rules'), rules, { recursive: true });
const corpus = join(work, 'corpus.jsonl');
writeFileSync(corpus, [...generateCorpus({ count: COUNT, seed: 1 })].map((r) => `${JSON.stringify(r)}\n`).join(''));

let out = '';
const io: Io = { out: (t) => void (out += t), err: (t) => void process.stderr.write(t), errIsTTY: false, cwd: work };
const registry = (() => {
  const { sources, lock } = readRulesDir(rules);
  return loadRulesets(sources, lock);
})();
const national = registry.versionsOf(registry.nationalId).at(-1)!.file;
if ((await main(['draft', national.id], io)) !== 0) throw new Error(`draft failed: ${out}`);
const draft = /@(\S+) written/.exec(out)![1]!;

// As legal staff run it: a fresh process, tsx start-up included.
const start = performance.now();
const run = spawnSync(process.execPath, [join(root, 'bin/hjemmel.js'), 'impact', '--from', `${national.id}@${national.version}`, '--to', `${national.id}@${draft}`, '--cases', corpus, '--format', 'json'], {
  cwd: work,
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const seconds = (performance.now() - start) / 1000;
if (run.status !== 0) throw new Error(`impact exited ${run.status}: ${run.stderr}`);
const { summary } = JSON.parse(run.stdout);
rmSync(work, { recursive: true, force: true });

console.log(
  `impact: ${summary.cases} cases × 2 versions (${national.id}@${national.version} → @${draft}) in ${seconds.toFixed(2)} s ` +
    `(${Math.round((summary.cases * 2) / seconds)} evaluations/s; goal < 10 s)` +
    `${seconds < 10 ? '' : '  ** over the goal **'}`,
);
