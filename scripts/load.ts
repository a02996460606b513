/**
 * `npm run load [-- <seconds> [connections]]`: starts the Node server as `npm start` does (a child
 * process on a free loopback port, production mode, a generated key and signing key), runs autocannon
 * against POST /v1/evaluations for 60 s with 240 distinct, realistic requests, prints throughput,
 * latency percentiles, errors and non-2xx, then stops the server.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { hashApiKey } from '../src/api/auth.ts';
import { generateReceiptKey } from '../src/receipts/keys.ts';
import { completeRequest, optionalPaths, without } from '../test/fuzz/cases.ts';
import { baseRequest, bundledRegistry, root } from '../test/helpers.ts';

const seconds = Number(process.argv[2] ?? 60);
const connections = Number(process.argv[3] ?? 10);

// Realistic bodies: complete requests of every kind and municipality, some with facts left out, most
// with drafted free-text grounds (no personal data), plus the fixture requests.
const grounds = [
  'Vedtaket byggjer på kartlegginga av funksjonsnivået og samtale med søkjaren.',
  'Kommunen har lagt vekt på at behovet er dekt gjennom tenestene som alt er gitt.',
  'Søknaden er vurdert etter helse- og omsorgstjenesteloven § 3-2 og pasient- og brukerrettighetsloven § 2-1 a.',
  'Det er lagt vekt på brukerens eget ønske og på opplysninger frå fastlegen.',
];
const sample = fc.sample(
  fc.tuple(completeRequest(bundledRegistry()), fc.nat(), fc.nat()).map(([request, text, gap]) => {
    if (text % 5 !== 0) request.decision.grounds.text = grounds[text % grounds.length];
    if (gap % 3 === 0) {
      const optional = optionalPaths(request);
      return without(request, [optional[gap % optional.length]!]);
    }
    return request;
  }),
  { numRuns: 240, seed: 42 },
);
const bodies = [...new Set([...sample, ...['clear-grant', 'contract-example', 'bpa-rejection'].map(baseRequest)].map((r) => JSON.stringify(r)))];

const key = `load-${randomBytes(16).toString('hex')}`;
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HJEMMEL_')));
// The server logs to a file, not a pipe: a reader busy running autocannon must not slow its writes.
const logDir = mkdtempSync(join(tmpdir(), 'hjemmel-load-'));
const logFile = join(logDir, 'server.log');
const out = openSync(logFile, 'w');
const server = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
  cwd: root,
  env: { ...inherited, PORT: '0', HOST: '127.0.0.1', HJEMMEL_MODE: 'production', HJEMMEL_API_KEYS: `caseworker:${hashApiKey(key)}`, HJEMMEL_RECEIPT_KEY: JSON.stringify(await generateReceiptKey()) },
  stdio: ['ignore', out, 'inherit'],
});
let exited = false;
server.on('exit', () => (exited = true));
const evaluationLines = () => readFileSync(logFile, 'utf8').split('\n').filter((line) => line.includes('"event":"evaluation"')).length;

let url = '';
for (let waited = 0; !url; waited += 50) {
  if (exited || waited > 30_000) throw new Error('the server did not start');
  await new Promise((r) => setTimeout(r, 50));
  url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(logFile, 'utf8'))?.[1] ?? '';
}

try {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
  // Every body must be a real evaluation, so that the load is of evaluations, not of refusals.
  const statuses = await Promise.all(bodies.map(async (body) => (await fetch(`${url}/v1/evaluations`, { method: 'POST', headers, body })).status));
  const refused = statuses.filter((s) => s !== 200).length;
  if (refused > 0) throw new Error(`${refused} of the ${bodies.length} request bodies were not answered 200`);
  const before = evaluationLines();
  console.log(`pre-check: ${bodies.length} bodies answered 200; ${before} decision log lines so far`);

  console.log(`load: ${bodies.length} distinct request bodies, ${connections} connections, ${seconds} s against ${url}/v1/evaluations`);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: bodies.map((body) => ({ method: 'POST' as const, path: '/v1/evaluations', headers, body })),
  });
  await new Promise((r) => setTimeout(r, 500)); // let the last log lines arrive

  const l = result.latency;
  const statusCounts = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code}: ${count}`).join(', ');
  console.log(`requests:    ${result.requests.total} in ${result.duration} s`);
  console.log(`throughput:  ${result.requests.average.toFixed(0)} req/s average (p50 ${result.requests.p50}, min ${result.requests.min}, max ${result.requests.max}); ${(result.throughput.average / 1024 / 1024).toFixed(2)} MiB/s`);
  console.log(`latency ms:  p50 ${l.p50}, p90 ${l.p90}, p97.5 ${l.p97_5}, p99 ${l.p99}, max ${l.max}, mean ${l.mean.toFixed(2)}`);
  console.log(`errors:      ${result.errors} (timeouts ${result.timeouts})`);
  console.log(`non-2xx:     ${result.non2xx} (5xx ${result['5xx']}); status codes ${statusCounts}`);
  console.log(`decision log lines written during the run: ${evaluationLines() - before} (one per evaluation; autocannon leaves out the responses of its last partial second and those still in flight)`);
} finally {
  server.kill();
  rmSync(logDir, { recursive: true, force: true });
}
