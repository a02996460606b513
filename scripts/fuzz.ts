/**
 * `npm run fuzz [-- --cases N] [--seed S] [--surface api|pages|all]`: the fuzz properties over many
 * cases (100,000 per surface by default), against the app in-process. Surfaces:
 * - `api`: test/fuzz/cases.ts against POST /v1/evaluations; prints the counts of statuses,
 *   verdicts and false clears by kind of case;
 * - `pages`: test/fuzz/pages.ts against the page routes (forms, multipart and malformed bodies,
 *   query strings with control characters, sessions and CSRF tokens); prints statuses by route.
 * Both print their 5xx count and the first violations. Exits 1 on any violation.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { caseArbitrary, check, type Outcome } from '../test/fuzz/cases.ts';
import { checkPage, pageCaseArbitrary, pageFuzzTarget } from '../test/fuzz/pages.ts';
import { bundledRegistry, testApp } from '../test/helpers.ts';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: '20261124' }, surface: { type: 'string', default: 'all' } },
});
const total = Number(values.cases);
const seed = Number(values.seed);
if (!Number.isSafeInteger(total) || total <= 0 || !Number.isSafeInteger(seed) || !['api', 'pages', 'all'].includes(values.surface!)) {
  console.error('usage: npm run fuzz -- [--cases N] [--seed S] [--surface api|pages|all]');
  process.exit(2);
}
const BATCH = 1000;

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const table = (map: Map<string, number>) => [...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `  ${k.padEnd(32)} ${String(n).padStart(7)}`).join('\n');
const fiveXXIn = (statuses: Map<string, number>) => [...statuses].filter(([k]) => Number(k.split(' ').at(-1)) >= 500).reduce((sum, [, n]) => sum + n, 0);

/** Runs `total` cases of `arbitrary` in seeded batches; `run` checks one and returns its violations. */
async function runCases<C>(arbitrary: fc.Arbitrary<C>, run: (c: C) => Promise<string[]>): Promise<{ violations: string[]; seconds: number }> {
  const violations: string[] = [];
  const started = performance.now();
  for (let done = 0, batch = 0; done < total; batch++) {
    const cases = fc.sample(arbitrary, { numRuns: Math.min(BATCH, total - done), seed: seed + batch });
    for (const c of cases) for (const v of await run(c)) if (violations.length < 20) violations.push(v);
    done += cases.length;
    if (batch % 10 === 9) process.stderr.write(`  ${done} cases…\n`);
  }
  return { violations, seconds: (performance.now() - started) / 1000 };
}

function report(surface: string, seconds: number, fiveXX: number, violations: string[]) {
  console.log(`5xx: ${fiveXX}`);
  console.log(`violations: ${violations.length === 0 ? 0 : `${violations.length}+ (first ones below)`}`);
  for (const v of violations) console.log(`  - ${v}`);
  console.log(`fuzz ${surface}: ${total} cases, seed ${seed}, ${seconds.toFixed(1)} s (${Math.round(total / seconds)} cases/s)\n`);
}

async function fuzzApi(): Promise<number> {
  const registry = bundledRegistry();
  const app = testApp(registry);
  const statuses = new Map<string, number>();
  const verdicts = new Map<string, number>();
  const kinds = new Map<string, number>();
  let falseClears = 0;
  let partialClears = 0;
  const { violations, seconds } = await runCases(caseArbitrary(registry), async (c) => {
    const outcome: Outcome = await check(app, c);
    count(kinds, c.kind);
    count(statuses, `${c.kind} ${outcome.status}`);
    if (outcome.verdict) count(verdicts, `${c.kind} ${outcome.verdict}`);
    if (c.kind === 'partial' && outcome.verdict === 'clear') partialClears++;
    if (outcome.falseClear) falseClears++;
    return outcome.violations.map((v) => `${v}\n    ${JSON.stringify(c.body).slice(0, 400)}`);
  });
  console.log('== api: POST /v1/evaluations');
  console.log(`cases by kind:\n${table(kinds)}`);
  console.log(`statuses by kind:\n${table(statuses)}`);
  console.log(`verdicts by kind (200 only):\n${table(verdicts)}`);
  console.log(`partial requests answered clear, each checked against its completion: ${partialClears}`);
  console.log(`false clears: ${falseClears}`);
  report('api', seconds, fiveXXIn(statuses), violations);
  return violations.length;
}

async function fuzzPages(): Promise<number> {
  const { app, session, scenarioIds } = await pageFuzzTarget();
  const statuses = new Map<string, number>();
  const route = (path: string) => (path.startsWith('/training/') && !path.startsWith('/training/trainer') ? '/training/:id' : path);
  const { violations, seconds } = await runCases(pageCaseArbitrary(session, scenarioIds), async (c) => {
    const outcome = await checkPage(app, c);
    count(statuses, `${c.method} ${route(c.path)} ${outcome.status}`);
    return outcome.violations.map((v) => `${v}\n    ${JSON.stringify(c).slice(0, 400)}`);
  });
  console.log('== pages: /login, /logout, /lab, /rulesets, /training');
  console.log(`statuses by route:\n${table(statuses)}`);
  report('pages', seconds, fiveXXIn(statuses), violations);
  return violations.length;
}

let failed = 0;
if (values.surface !== 'pages') failed += await fuzzApi();
if (values.surface !== 'api') failed += await fuzzPages();
process.exit(failed > 0 ? 1 : 0);
