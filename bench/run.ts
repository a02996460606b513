import { spawnSync } from 'node:child_process';
import { Bench } from 'tinybench';
import { generateCorpus } from '../src/corpus/generate.ts';
import type { EvaluationRequest } from '../src/decision/schema.ts';
import { impactBench, type ImpactRun } from './impact.ts';
import { bundledRegistry, machine, root } from './machine.ts';
import { barChart, table, writeDoc, writeSection } from './report.ts';
import { benchRequests } from './requests.ts';
import { variants, type Outcome } from './variants.ts';

/**
 * `npm run bench`: one run, one table. The same realistic requests (fixture cases + generated)
 * through five ways of running the national rules, after checking that they all give the same
 * answers; then cold start, impact over 10,000 and 1,000,000 cases, and heap over 1,000,000
 * evaluations. Writes its section of docs/performance.md and docs/performance-engine.svg.
 */
const GENERATED = 2_000;
const TASK_MS = Number(process.env.BENCH_TASK_MS ?? 2_000);
const BIG_IMPACT = Number(process.env.BENCH_IMPACT_CASES ?? 1_000_000);

const described = machine();
console.log(`Hjemmel bench — ${described}\n`);
const registry = bundledRegistry();
const requests = benchRequests(registry, generateCorpus({ count: GENERATED, seed: 1 }));
const all = requests.parsed;
const v = variants(registry);
const ruleIds = new Set(registry.versions.flatMap((version) => version.rules.map((r) => r.rule.id)));
console.log(`${all.length} requests: ${requests.fixtures} fixture cases + ${requests.generated} distinct generated ones.`);

// Speed never comes from a wrong answer: every variant must agree with Hjemmel first.
const key = (o: { rule: string; service?: number | undefined; outcome: string }) => `${o.rule}#${o.service ?? '-'}:${o.outcome}`;
const keys = (list: Outcome[] | { rule: string; service?: number | undefined; outcome: string }[]) => list.map(key).sort().join(' ');
let disagreements = 0;
const agree = (label: string, a: string, b: string, request: EvaluationRequest) => {
  if (a === b) return;
  if (++disagreements <= 5) console.error(`${label} disagrees on ${JSON.stringify(request).slice(0, 120)}…\n  Hjemmel: ${a}\n  other:   ${b}`);
};
for (const [i, request] of all.entries()) {
  const ours = v.hjemmel(request).findings.filter((f) => ruleIds.has(f.rule));
  const fired = keys(ours.filter((f) => f.outcome === 'fired'));
  // json-rules-engine is two-valued: compare where Hjemmel could decide (it reports the rest as undetermined).
  const undetermined = new Set(ours.filter((f) => f.outcome === 'undetermined').map((f) => `${f.rule}#${f.service ?? '-'}`));
  const decided = (list: Outcome[]) => keys(list.filter((o) => !undetermined.has(`${o.rule}#${o.service ?? '-'}`)));
  agree('json-rules-engine (pooled)', fired, decided(await v.pooled(request)), request);
  if (i % 10 === 0) agree('json-rules-engine (naive)', fired, decided(await v.naive(request)), request);
  agree('Zen', keys(ours), keys(await v.zen(request)), request);
  const subset = v.hjemmelSubset(request);
  const hand = v.handWritten(request);
  agree('hand-written', `${subset.verdict} ${keys(subset.findings)}`, `${hand.verdict} ${keys(hand.findings)}`, request);
}
if (disagreements > 0) throw new Error(`${disagreements} disagreement(s): no speed is reported for wrong answers`);
console.log(`All variants agree with Hjemmel on all ${all.length} requests (naive json-rules-engine on every 10th).`);
if (v.zenSkipped.length) console.log(`Zen cannot express: ${v.zenSkipped.map(([rule, why]) => `${rule} (${why})`).join(', ')}`);

// The five variants (and Hjemmel on the hand-written subset), each over the same rotation of requests.
const bench = new Bench({ time: TASK_MS, warmupTime: 300 });
const tasks = [
  ['1. json-rules-engine, new Engine per request', v.naive],
  ['2. json-rules-engine, prebuilt + pooled (concurrency-safe)', v.pooled],
  ['3. Hjemmel (select + evaluate, as the service runs it)', v.hjemmel],
  ['4. GoRules Zen decision (same checks)', v.zen],
  ['5. hand-written TypeScript (8 rules)', v.handWritten],
  ['3s. Hjemmel on the same 8 rules', v.hjemmelSubset],
  ['3f. Hjemmel with suggested fixes (select + evaluate + fixes, as the endpoint answers)', v.hjemmelWithFixes],
] as const;
for (const [name, run] of tasks) {
  let i = 0;
  const f = run as (request: EvaluationRequest) => unknown;
  bench.add(name, () => f(all[i++ % all.length]!) as void);
}
console.log('Timing the variants…');
await bench.run();
v.dispose();
const timing = new Map(
  bench.tasks.map((t) => {
    const r = t.result as unknown as { latency: { p50: number; p99: number }; period: number; totalTime: number };
    return [t.name, { ops: 1000 / r.period, p50: r.latency.p50 * 1000, p99: r.latency.p99 * 1000, mean: r.period * 1000 }] as const;
  }),
);
const of = (i: number) => timing.get(tasks[i]![0])!;

// Cold start, each sample a fresh process.
const child = (args: string[]) => {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('Cold starts…');
const cold = Array.from({ length: 5 }, () => child(['--import', 'tsx', 'bench/cold-start.ts', 'load']) as { loadMs: number; importMs: number });
const parseYaml = Array.from({ length: 3 }, () => child(['--import', 'tsx', 'bench/cold-start.ts', 'parse:yaml']).parseMs as number);
const parseJsYaml = Array.from({ length: 3 }, () => child(['--import', 'tsx', 'bench/cold-start.ts', 'parse:js-yaml']).parseMs as number);

console.log('Impact over 10,000 cases…');
const versions = registry.versionsOf(registry.nationalId).filter((x) => x.file.status === 'published');
const [from, to] = versions.slice(-2).map((x) => `${x.file.id}@${x.file.version}`) as [string, string];
const small = await impactBench(10_000, from, to);
console.log(`Impact over ${BIG_IMPACT.toLocaleString('en')} cases (writing the JSONL first)…`);
const big = await impactBench(BIG_IMPACT, from, to);
console.log('Heap over 1,000,000 evaluations…');
const heap = child(['--expose-gc', '--import', 'tsx', 'bench/heap.ts']) as { seconds: number; heapMiB: number[] };

// One table.
const us = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const ops = (x: number) => Math.round(x).toLocaleString('en');
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`;
const hj = of(2);
const rows: (string | number)[][] = tasks.map(([name], i) => {
  const t = of(i);
  const vs = i === 2 ? '—' : i === 6 ? `${ratio(t.mean, hj.mean)} Hjemmel without fixes` : i === 5 ? `${ratio(t.mean, of(4).mean)} hand-written` : i === 4 ? `${ratio(of(5).mean, t.mean)} faster than Hjemmel on its 8 rules` : `${ratio(t.mean, hj.mean)} slower than Hjemmel`;
  return [name, ops(t.ops), us(t.p50), us(t.p99), vs];
});
const engineTable = table(['variant', 'ops/s', 'p50 µs', 'p99 µs', 'compared'], rows);
const goal = (ok: boolean) => (ok ? 'met' : '**missed**');
const impactLine = (r: ImpactRun) =>
  `${r.cases.toLocaleString('en')} cases × 2 (${r.from} → ${r.to}): ${r.streamSeconds.toFixed(2)} s streaming impact (${Math.round((r.cases * 2) / r.streamSeconds).toLocaleString('en')} evaluations/s), ` +
  `${r.seconds.toFixed(2)} s for the whole \`hjemmel impact\` process (start-up and load ${r.startSeconds.toFixed(2)} s); corpus ${r.corpusMiB.toFixed(0)} MiB JSONL; ` +
  `heap at each quarter ${r.heapMiB.join(' / ')} MiB, peak RSS ${r.peakRssMiB} MiB`;
const results = [
  table(
    ['measure', 'result', 'goal'],
    [
      ['Hjemmel ÷ naive json-rules-engine', ratio(of(0).mean, hj.mean), `≥ 150×: ${goal(of(0).mean / hj.mean >= 150)}`],
      ['Hjemmel ÷ pooled json-rules-engine', ratio(of(1).mean, hj.mean), '—'],
      ['Hjemmel ÷ Zen', ratio(of(3).mean, hj.mean), `faster: ${goal(of(3).mean > hj.mean)}`],
      ['Hjemmel (8 rules) ÷ hand-written (8 rules)', ratio(of(5).mean, of(4).mean), `≤ 3×: ${goal(of(5).mean / of(4).mean <= 3)}`],
      ['Hjemmel (all rules) ÷ hand-written (8 rules)', ratio(hj.mean, of(4).mean), '—'],
      ['cold start: load + validate + prepare every ruleset (median of 5 fresh processes)', `${median(cold.map((c) => c.loadMs)).toFixed(0)} ms (module import before it ${median(cold.map((c) => c.importMs)).toFixed(0)} ms)`, `< 100 ms: ${goal(median(cold.map((c) => c.loadMs)) < 100)}`],
      ['  YAML parse of every ruleset file, cold: yaml vs js-yaml', `${median(parseYaml).toFixed(0)} ms vs ${median(parseJsYaml).toFixed(0)} ms`, '—'],
      ['impact 10,000 × 2', impactLine(small), `< 1 s: ${goal(small.streamSeconds < 1)} (streaming); whole process ${small.seconds < 1 ? 'under' : 'over'} 1 s`],
      [`impact ${BIG_IMPACT.toLocaleString('en')} × 2`, impactLine(big), `< 60 s, flat memory: ${goal(big.streamSeconds < 60)} (streaming), whole process ${big.seconds.toFixed(0)} s`],
      ['heap over 1,000,000 evaluations (after GC, every 100,000)', `${heap.heapMiB.join(' → ')} MiB (${heap.seconds.toFixed(1)} s)`, `flat: ${goal(Math.max(...heap.heapMiB.slice(1)) - heap.heapMiB[1]! < 1)}`],
    ],
  ),
].join('\n');

console.log(`\n${engineTable}\n\n${results}\n`);

const chart = barChart(
  `µs per evaluation, ${all.length} requests, national ruleset + municipal layers`,
  tasks.map(([name], i) => ({ label: name.replace(/ \(.*\)$/, '').replace(/, prebuilt \+ pooled.*/, ', pooled'), p50: of(i).p50, p99: of(i).p99 })),
);
writeDoc('performance-engine.svg', chart);
writeSection(
  'engine',
  `## In-process (\`npm run bench\`)

Machine: ${described}. Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.

Requests: ${requests.fixtures} fixture cases + ${requests.generated} distinct generated ones (\`src/corpus/generate.ts\`, seed 1), validated once;
each variant starts from the validated request and ends with the rules that fired (Hjemmel also renders messages, \`because[]\` and wording).
Before timing, every variant was checked against Hjemmel on every request (json-rules-engine where Hjemmel could decide; Zen exactly, with
undetermined outcomes; the hand-written function against Hjemmel on the same 8 rules).
Zen: ${v.zenSkipped.length === 0 ? 'every rule translated automatically (three-valued logic as 0/1/2 with min/max)' : `cannot express ${v.zenSkipped.map(([r]) => r).join(', ')}`}.

${engineTable}

![µs per evaluation](performance-engine.svg)

${results}
`,
);
console.log('Wrote docs/performance.md (engine section) and docs/performance-engine.svg.');
