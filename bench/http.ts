import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashApiKey } from '../src/api/auth.ts';
import { generateReceiptKey } from '../src/receipts/keys.ts';
import autocannon from 'autocannon';
import pg from 'pg';
import { generateCorpus } from '../src/corpus/generate.ts';
import { evaluate } from '../src/engine/evaluate.ts';
import { withFixes } from '../src/engine/fixes.ts';
import { select } from '../src/rulesets/registry.ts';
import { bundledRegistry, machine, root } from './machine.ts';
import { table, writeSection } from './report.ts';
import { benchRequests } from './requests.ts';
import { stageCosts } from './stages.ts';

/**
 * `npm run bench:http`: three servers in turn on loopback, each loaded by autocannon at -c 10
 * and -c 50 for a bounded time, rotating over distinct request bodies (no body repeats back to
 * back, so no cache could stand in for evaluation): (a) Hono hello-world GET, (b) a Hono POST
 * that parses and validates the same bodies — the transport floor —, (c) Hjemmel's
 * POST /v1/evaluations without a decision record (HJEMMEL_RECORD=off), then with it, as every
 * answered evaluation is committed first: (d) on PGlite (the embedded default) and (e) on PostgreSQL
 * (BENCH_DATABASE_URL, default the test server; a schema of its own, dropped after). Every Hjemmel
 * response is checked afterwards: its findings (with their fixes) must equal the in-process engine's.
 */
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
/** Each server is loaded this long first, unrecorded, so that its code is optimised before it is measured. */
const WARMUP_SECONDS = Number(process.env.BENCH_HTTP_WARMUP ?? 5);
const BODIES = 200;
const described = machine();
console.log(`Hjemmel HTTP bench — ${described}\n`);

const registry = bundledRegistry();
const requests = benchRequests(registry, generateCorpus({ count: BODIES, seed: 2 }));
// Spread the picks over fixtures and generated requests alike.
const step = Math.max(1, Math.floor(requests.bodies.length / BODIES));
// Only what a caseworker's key may send: evaluating against a pinned draft needs the legal role (403).
const picked = requests.bodies
  .map((b, i) => [b, requests.parsed[i]!] as const)
  .filter(([, parsed], i) => i % step === 0 && !Object.values(parsed.pin ?? {}).some((version) => version.includes('draft')))
  .slice(0, BODIES);
const bodies = picked.map(([b]) => JSON.stringify(b));
const expected = picked.map(([, parsed]) => {
  const chosen = select(registry, parsed);
  if (!chosen.ok) throw new Error('bench body not selectable');
  const outcome = evaluate(parsed, chosen.selection);
  if (!outcome.ok) throw new Error('bench body refused');
  return JSON.stringify(withFixes(parsed, chosen.selection, outcome));
});
const averageBytes = Math.round(bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / bodies.length);
console.log(`${bodies.length} distinct bodies (average ${averageBytes} bytes), ${SECONDS} s per run.`);

console.log('Timing the stages of an evaluation in-process…');
const stages = await stageCosts(registry, bodies);

// A server logs to a file, not a pipe: a pipe nobody reads while autocannon runs would block its writes.
const logs = mkdtempSync(join(tmpdir(), 'hjemmel-http-'));

async function start(name: string, args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const log = join(logs, `${name.replace(/\W+/g, '-')}.log`);
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...inherited, ...env }, stdio: ['ignore', openSync(log, 'w'), 'inherit'] });
  for (let waited = 0; waited < 60_000; waited += 50) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(log, 'utf8'))?.[1];
    if (url) return { child, url };
  }
  throw new Error(`server ${args.join(' ')} did not start: ${readFileSync(log, 'utf8')}`);
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** CPU time (user + system, all threads) a process has used so far, in µs; undefined where /proc is not there. */
function cpuMicros(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1_000_000 / CLOCK_TICKS);
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS = 100;

interface Run {
  server: string;
  connections: number;
  rps: number;
  /** Server CPU per request (µs): steadier than req/s when other work shares the machine. */
  cpuUs: number | undefined;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

// Hjemmel as in production: an API key for a caseworker, a receipt signing key, no HJEMMEL_ settings inherited.
const key = `bench-${randomBytes(16).toString('hex')}`;
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HJEMMEL_')));
const hjemmelEnv = {
  PORT: '0',
  HOST: '127.0.0.1',
  HJEMMEL_MODE: 'production',
  HJEMMEL_API_KEYS: `caseworker:${hashApiKey(key)}`,
  HJEMMEL_RECEIPT_KEY: JSON.stringify(await generateReceiptKey()),
};

async function load(server: string, child: ChildProcess, url: string, connections: number, post: boolean, collect?: { index: number; status: number; body: string }[], duration = SECONDS): Promise<Run> {
  let next = 0;
  const cpuBefore = cpuMicros(child.pid);
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      post
        ? {
            method: 'POST',
            path: '/v1/evaluations',
            // The floor ignores the key; Hjemmel checks it on every request, as in production.
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            setupRequest: (req, context) => {
              const index = next++ % bodies.length;
              (context as { index: number }).index = index;
              return { ...req, body: bodies[index] };
            },
            ...(collect ? { onResponse: (status: number, body: string, context: object) => void collect.push({ index: (context as { index: number }).index, status, body }) } : {}),
          }
        : { method: 'GET', path: '/' },
    ],
  });
  const cpuAfter = cpuMicros(child.pid);
  return {
    server,
    connections,
    rps: result.requests.average,
    cpuUs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

const runs: Run[] = [];
const benchSchema = `hjemmel_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const servers = [
  { name: '(a) Hono hello-world GET', args: ['bench/transport.ts', 'hello'], post: false },
  { name: '(b) Hono POST: parse + zod validate (floor)', args: ['bench/transport.ts', 'floor'], post: true },
  { name: '(c) Hjemmel POST /v1/evaluations, no record', args: ['src/node.ts'], post: true, env: { ...hjemmelEnv, HJEMMEL_RECORD: 'off' } },
  { name: '(d) Hjemmel, record on PGlite', args: ['src/node.ts'], post: true, env: { ...hjemmelEnv, HJEMMEL_RECORD_DIR: join(logs, 'record') } },
  { name: '(e) Hjemmel, record on PostgreSQL', args: ['src/node.ts'], post: true, env: { ...hjemmelEnv, DATABASE_URL: databaseUrl, HJEMMEL_RECORD_SCHEMA: benchSchema } },
];
const responses: { index: number; status: number; body: string }[] = [];
for (const server of servers) {
  const { child, url } = await start(server.name, server.args, server.env);
  try {
    console.log(`${server.name}: warming up ${WARMUP_SECONDS} s…`);
    await load(server.name, child, url, 10, server.post, undefined, WARMUP_SECONDS);
    for (const connections of [10, 50]) {
      console.log(`${server.name}, -c ${connections}…`);
      const collect = server.args[0] === 'src/node.ts' ? responses : undefined;
      runs.push(await load(server.name, child, url, connections, server.post, collect));
    }
  } finally {
    await stop(child);
  }
}

// Correctness of every (c) response, checked after the runs so it costs the server nothing.
let wrong = 0;
const refusals = new Map<string, number>();
for (const { index, status, body } of responses) {
  if (status !== 200) {
    const what = `${status} ${(JSON.parse(body) as { detail?: string }).detail ?? ''}`.trim();
    refusals.set(what, (refusals.get(what) ?? 0) + 1);
  }
  let findings: string | undefined;
  try {
    findings = JSON.stringify((JSON.parse(body) as { findings: unknown }).findings);
  } catch {
    findings = undefined;
  }
  if (findings !== expected[index]) wrong++;
}

const at = (server: number, c: number) => runs.find((r) => r.server === servers[server]!.name && r.connections === c)!;
const fmt = (x: number) => Math.round(x).toLocaleString('en');
const cpu = (r: Run) => (r.cpuUs === undefined ? '—' : r.cpuUs.toFixed(0));
const rows = runs.map((r) => [r.server, r.connections, fmt(r.rps), cpu(r), r.p50, r.p99, r.errors, r.non2xx, fmt(r.total)]);
const httpTable = table(['server', '-c', 'req/s', 'server CPU µs / request', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'requests'], rows);
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;
const goal = (ok: boolean) => (ok ? 'met' : '**missed**');
const cpuPct = (floor: Run, hjemmel: Run) => (floor.cpuUs && hjemmel.cpuUs ? pct(floor.cpuUs, hjemmel.cpuUs) : '—');
const c10 = at(2, 10);
const c50 = at(2, 50);
const cErrors = c10.errors + c10.non2xx + c50.errors + c50.non2xx;
const ratios = table(
  ['measure', '-c 10', '-c 50', 'goal'],
  [
    ['(c) ÷ (b) floor', pct(c10.rps, at(1, 10).rps), pct(c50.rps, at(1, 50).rps), `≥ 80 %: ${goal(c10.rps / at(1, 10).rps >= 0.8 && c50.rps / at(1, 50).rps >= 0.8)}`],
    ['(b) ÷ (c) server CPU per request', cpuPct(at(1, 10), c10), cpuPct(at(1, 50), c50), 'the same ratio, measured in CPU time rather than throughput'],
    ['(c) ÷ (a) hello-world', pct(c10.rps, at(0, 10).rps), pct(c50.rps, at(0, 50).rps), '—'],
    ['(c) errors + non-2xx', c10.errors + c10.non2xx, c50.errors + c50.non2xx, `0: ${goal(cErrors === 0)}`],
    ['(c) p99', `${c10.p99} ms`, `${c50.p99} ms`, `< 5 ms at -c 10: ${goal(c10.p99 < 5)}`],
    ['(c) responses checked against the in-process engine', `${responses.length - wrong} of ${responses.length} equal`, '', `all: ${goal(wrong === 0 && responses.length > 0)}`],
  ],
);
const averageResponse = Math.round(responses.reduce((n, r) => n + Buffer.byteLength(r.body), 0) / Math.max(1, responses.length));
const extra = stages.filter((st) => !st.inFloor).reduce((n, st) => n + st.meanUs, 0);
const measuredExtra = c10.cpuUs !== undefined && at(1, 10).cpuUs !== undefined ? c10.cpuUs - at(1, 10).cpuUs! : undefined;
const stageTable = table(
  ['stage of POST /v1/evaluations (in-process, mean over the same bodies)', 'µs', 'the floor (b) does it too'],
  [
    ...stages.map((st) => [st.stage, st.meanUs.toFixed(1), st.inFloor ? 'yes' : 'no']),
    ['**sum of the stages the floor does not do**', `**${extra.toFixed(0)}**`, ''],
    ['(c) − (b) server CPU per request at -c 10, measured above', measuredExtra === undefined ? '—' : measuredExtra.toFixed(0), ''],
  ],
);
const recordCost = (server: number, c: number) => `${(((at(2, c).rps - at(server, c).rps) / at(2, c).rps) * 100).toFixed(0)} %`;
const recordTable = table(
  ['throughput lost to the decision record (req/s against (c))', '-c 10', '-c 50', 'goal'],
  [3, 4].map((server) => [
    servers[server]!.name,
    recordCost(server, 10),
    recordCost(server, 50),
    `under 15 % at -c 50: ${goal((at(2, 50).rps - at(server, 50).rps) / at(2, 50).rps < 0.15)}`,
  ]),
);
const pgClient = new pg.Client({ connectionString: databaseUrl });
await pgClient.connect();
await pgClient.query(`DROP SCHEMA IF EXISTS ${benchSchema} CASCADE`);
await pgClient.end();
const refused = [...refusals].map(([what, n]) => `${n} × ${what}`).join('; ');
console.log(`\n${httpTable}\n\n${ratios}\n\n${recordTable}\n\n${stageTable}\n${refused ? `\n(c) non-2xx answers: ${refused}\n` : ''}`);
writeSection(
  'http',
  `## HTTP (\`npm run bench:http\`)

Machine: ${described}. Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. autocannon on the same machine (it shares the 2 cores with the server),
loopback only, each server warmed up ${WARMUP_SECONDS} s (unrecorded), then ${SECONDS} s per run, ${bodies.length} distinct bodies rotated per request (average ${averageBytes} bytes).

${httpTable}

${ratios}

The decision record: every answered evaluation is committed before its answer, by group commit
(the records that arrive while a transaction is in flight go together in the next one).

${recordTable}

Where the difference goes: each stage of an evaluation request timed in-process over the same bodies. What the
stages do not explain is HTTP, framework and kernel work on a larger response (on average ${averageResponse} bytes against the floor's few dozen),
and garbage collection.

${stageTable}
${refused ? `\n(c) non-2xx answers: ${refused}\n` : ''}`,
);
console.log('Wrote docs/performance.md (http section).');
rmSync(logs, { recursive: true, force: true });
if (wrong > 0) process.exitCode = 1;
