/**
 * `npm run fuzz [-- <cases> [seed]]`: the fuzz properties of test/fuzz/cases.ts over many cases
 * (100,000 by default), against the app in-process. Prints the counts of statuses, verdicts and
 * false clears by kind of case, and the first violations. Exits 1 on any violation.
 */
import fc from 'fast-check';
import { caseArbitrary, check, type Outcome } from '../test/fuzz/cases.ts';
import { bundledRegistry, testApp } from '../test/helpers.ts';

const total = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20261124);
const registry = bundledRegistry();
const app = testApp(registry);
const arbitrary = caseArbitrary(registry);

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const statuses = new Map<string, number>();
const verdicts = new Map<string, number>();
const kinds = new Map<string, number>();
let falseClears = 0;
let partialClears = 0;
const violations: string[] = [];
const started = performance.now();

const BATCH = 1000;
for (let done = 0, batch = 0; done < total; batch++) {
  const cases = fc.sample(arbitrary, { numRuns: Math.min(BATCH, total - done), seed: seed + batch });
  for (const c of cases) {
    const outcome: Outcome = await check(app, c);
    count(kinds, c.kind);
    count(statuses, `${c.kind} ${outcome.status}`);
    if (outcome.verdict) count(verdicts, `${c.kind} ${outcome.verdict}`);
    if (c.kind === 'partial' && outcome.verdict === 'clear') partialClears++;
    if (outcome.falseClear) falseClears++;
    for (const v of outcome.violations) if (violations.length < 20) violations.push(`${v}\n    ${JSON.stringify(c.body).slice(0, 400)}`);
    if (outcome.violations.length > 0 && violations.length >= 20) violations.length = 20;
  }
  done += cases.length;
  if (batch % 10 === 9) process.stderr.write(`  ${done} cases…\n`);
}

const seconds = (performance.now() - started) / 1000;
const table = (map: Map<string, number>) => [...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `  ${k.padEnd(22)} ${String(n).padStart(7)}`).join('\n');
const fiveXX = [...statuses].filter(([k]) => Number(k.split(' ')[1]) >= 500).reduce((sum, [, n]) => sum + n, 0);
console.log(`fuzz: ${total} cases, seed ${seed}, ${seconds.toFixed(1)} s (${Math.round(total / seconds)} cases/s)`);
console.log(`cases by kind:\n${table(kinds)}`);
console.log(`statuses by kind:\n${table(statuses)}`);
console.log(`verdicts by kind (200 only):\n${table(verdicts)}`);
console.log(`5xx: ${fiveXX}`);
console.log(`partial requests answered clear, each checked against its completion: ${partialClears}`);
console.log(`false clears: ${falseClears}`);
console.log(`violations: ${violations.length === 0 ? 0 : `${violations.length}+ (first ones below)`}`);
for (const v of violations) console.log(`  - ${v}`);
process.exit(violations.length > 0 ? 1 : 0);
