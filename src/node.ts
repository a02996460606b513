import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './api/app.ts';
import { prometheusMetrics } from './api/prometheus.ts';
import { hashApiKey, roles, type ApiKeys, type Role } from './api/auth.ts';
import { ConfigError, parseSecurityConfig, type SecurityConfig } from './api/config.ts';
import { generateReceiptKey, loadReceiptKeys, ReceiptKeyError, type ReceiptKeys } from './receipts/keys.ts';
import { withNodeSigner } from './receipts/node-signer.ts';
import { loadRulesets, RulesetLoadError } from './rulesets/load.ts';
import { readRulesDir, RulesDirError } from './rulesets/read-dir.ts';
import { servingRefusal } from './rulesets/registry.ts';
import { readTrainingDir } from './training/read-dir.ts';
import { createLogSink } from './log-sink.ts';
import { renderInsightCharts } from './insight/charts.ts';
import { openRecord, parseRecordSetting, RecordConfigError, type RecordSetting } from './record/configure.ts';
import { startRetention } from './record/retention.ts';

/**
 * The Node face: read rules/ once, read the security settings (src/api/config.ts), build the app,
 * serve on 127.0.0.1:8787 (HOST/PORT override). Logs are JSON lines (pino) on stdout, with pino's
 * standard `time`; what is meant for the operator alone (generated development keys, refusals to
 * start) goes to stderr. On SIGTERM (or SIGINT) it stops gracefully (see `stop` below).
 */
const rulesDir = process.env.RULES_DIR ?? fileURLToPath(new URL('../rules', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);
/** A whole number of milliseconds from the environment, or the default; anything else stops the start. */
function milliseconds(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) refuseToStart(`${name} must be a whole number of milliseconds, not "${text}"`);
  return value;
}
/** How long a stop keeps taking connections, answering /readyz 503, before it closes the listener. */
const drainMs = milliseconds('HJEMMEL_DRAIN_MS', 1000);
/** How long it then waits for requests in flight before it closes what is left. */
const shutdownMs = milliseconds('HJEMMEL_SHUTDOWN_MS', 10_000);
const { logger, readiness: logReadiness } = createLogSink();

function refuseToStart(message: string): never {
  console.error(`Hjemmel will not start: ${message}`);
  process.exit(1);
}

let registry;
try {
  const { sources, lock, titles } = readRulesDir(rulesDir);
  registry = loadRulesets(sources, lock ?? {}, titles);
} catch (error) {
  if (error instanceof RulesetLoadError) refuseToStart(`the rulesets in ${rulesDir} are broken.\n${error.message}`);
  if (error instanceof RulesDirError) refuseToStart(`the rules directory cannot be read: ${error.message}`);
  throw error;
}
const unservable = servingRefusal(registry);
if (unservable) refuseToStart(`the rules directory ${rulesDir} cannot be served: ${unservable}`);

let config: SecurityConfig;
try {
  config = parseSecurityConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) refuseToStart(error.message);
  throw error;
}
const development = config.mode === 'development';

/** Configured keys; in development without any, one fresh key per role, printed (never in production). */
function apiKeys(): ApiKeys | undefined {
  if (config.apiKeys) return config.apiKeys;
  if (!development) {
    logger.error('HJEMMEL_API_KEYS is not set: every /v1 call will be refused (503) until keys are configured');
    return undefined;
  }
  const keys = new Map<string, Role>();
  const lines = roles.map((role) => {
    const key = `hj_dev_${role}_${randomBytes(18).toString('base64url')}`;
    keys.set(hashApiKey(key), role);
    return `  ${role.padEnd(11)} Authorization: Bearer ${key}`;
  });
  // To stderr (the terminal), never stdout: stdout is the log stream, which may be shipped and kept.
  console.error(`\nDevelopment API keys, generated for this run because HJEMMEL_API_KEYS is not set (never in production):\n${lines.join('\n')}\n`);
  logger.warn({ roles }, 'development mode: generated one API key per role for this run (printed above; not logged)');
  return keys;
}

async function receiptKeys(): Promise<ReceiptKeys | undefined> {
  try {
    if (config.receiptKey) return withNodeSigner(await loadReceiptKeys(config.receiptKey, config.retiredReceiptKeys), config.receiptKey);
  } catch (error) {
    if (error instanceof ReceiptKeyError) refuseToStart(`HJEMMEL_RECEIPT_KEY: ${error.message}`);
    refuseToStart('HJEMMEL_RECEIPT_KEY could not be imported as an Ed25519 key');
  }
  if (!development) {
    logger.error('HJEMMEL_RECEIPT_KEY is not set: evaluations will be refused (503), as verdicts could not be signed');
    return undefined;
  }
  const generated = await generateReceiptKey();
  const keys = withNodeSigner(await loadReceiptKeys(generated, config.retiredReceiptKeys), generated);
  logger.warn({ kid: keys.kid }, 'development mode: receipts are signed with a key generated for this run; they will not verify after a restart');
  return keys;
}

let recordSetting: RecordSetting;
try {
  recordSetting = parseRecordSetting(process.env);
} catch (error) {
  if (error instanceof RecordConfigError) refuseToStart(error.message);
  throw error;
}
const signing = await receiptKeys();

/** The database's close, once the record is open: a stop flushes the record's pending writes, then closes it. */
let closeRecordDb: (() => Promise<void>) | undefined;

/** The decision record (on unless HJEMMEL_RECORD=off): opened and migrated before the first request, or no start. */
async function decisionRecord() {
  if (!recordSetting.on) {
    logger.warn('HJEMMEL_RECORD=off: evaluations are answered without a decision record');
    return undefined;
  }
  try {
    const { opened, record } = await openRecord(recordSetting, signing);
    closeRecordDb = opened.close;
    logger.info({ record: opened.describe, retentionDays: recordSetting.retentionDays }, 'decision record open');
    startRetention(opened.db, recordSetting.retentionDays, () => new Date(), (result) =>
      'error' in result ? logger.error({ error: (result.error as Error).name }, 'record retention failed') : result.deleted > 0 && logger.info(result, 'record retention cut expired entries'),
    );
    return record;
  } catch (error) {
    refuseToStart(`the decision record could not be opened: ${(error as Error).message}. Set HJEMMEL_RECORD=off to run without one.`);
  }
}

/** swagger-ui-dist, as installed: /docs serves its files from here. */
const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const fixtures = (dir: string) => fileURLToPath(new URL(`../fixtures/${dir}`, import.meta.url));
const training = readTrainingDir(fixtures('training'), fixtures('requests'));
const record = await decisionRecord();
const app = createApp({
  registry,
  training,
  clock: () => new Date(),
  newId: () => `ev_${randomUUID()}`,
  apiKeys: apiKeys(),
  receiptKeys: signing,
  record,
  readiness: [logReadiness],
  insightCharts: renderInsightCharts,
  log: (line) => (line.event === 'fault' ? logger.error(line) : logger.info(line)),
  corsOrigins: config.corsOrigins,
  stopping: () => stopping,
  metrics: prometheusMetrics(),
  docsAsset: (file) => readFile(join(swaggerUiDir, file)),
  sessionSecret: config.sessionSecret,
  https: config.https,
  trustedProxies: config.trustedProxies,
  peerAddress: (c) => getConnInfo(c).remote.address,
});
let stopping = false;
// While stopping, every answer closes its connection, so a client's keep-alive pool lets go. The
// server's bindings (its incoming request, for the peer address) are passed on.
const fetch: typeof app.fetch = async (request, env, executionCtx) => {
  const response = await app.fetch(request, env, executionCtx);
  if (stopping) response.headers.set('Connection', 'close');
  return response;
};
const server = serve({ fetch, hostname: host, port }, (info) => {
  logger.info(
    { mode: config.mode, rulesets: registry.versions.map((v) => `${v.file.id}@${v.file.version}`) },
    `Hjemmel listening on http://${info.address}:${info.port}`,
  );
}) as Server;

/**
 * A graceful stop, for the SIGTERM of an orchestrator or a load balancer: for `drainMs`, /readyz
 * answers 503 (so the balancer sends no more) while connections are still taken and answered,
 * each answer closing its connection; this also takes in the connections the kernel has queued
 * but the busy process not yet accepted, which closing the listener at once would reset. Then
 * stop accepting; answer every request in flight; close idle keep-alive connections; after
 * `shutdownMs` close whatever is left; flush the decision record's pending writes and close it;
 * flush the log; exit 0. The listener is closed through
 * net.Server's close: http.Server's would also drop at once each connection whose request bytes
 * have arrived but not yet been read.
 */
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal, drainMs, boundMs: shutdownMs }, 'stopping: /readyz is 503; answering what comes, then closing');
  setTimeout(() => {
    const bound = setTimeout(() => {
      logger.warn('stopping: requests still in flight after the bound; closing their connections');
      server.closeAllConnections();
    }, shutdownMs);
    NetServer.prototype.close.call(server, async () => {
      clearTimeout(bound);
      // Every answered evaluation was committed before its answer; what a cut-off request handed
      // in is committed (or refused) now, before the database closes.
      try {
        await record?.flush();
        await closeRecordDb?.();
      } catch (error) {
        logger.error({ error: (error as Error).name }, 'stopping: the decision record did not close cleanly');
      }
      logger.info('stopped');
      logger.flush(() => process.exit(0));
    });
    server.closeIdleConnections();
  }, drainMs);
}
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
