import type { Context } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import type { Session, Sessions } from '../pages/session-token.ts';
import type { ChartRenderer } from '../insight/chart-types.ts';
import type { ReceiptKeys } from '../receipts/keys.ts';
import type { DecisionRecord } from '../record/decision-record.ts';
import type { Registry } from '../rulesets/registry.ts';
import type { TrainingSet } from '../training/load.ts';
import type { ApiKeys, AuthEnv } from './auth.ts';
import type { DocsAsset } from './docs.ts';
import type { Log } from './log.ts';
import type { ReadinessCheck } from './readiness.ts';
import type { Metrics } from './metrics.ts';
import type { TraceContext } from './trace.ts';

/** What varies between faces (Node, Worker, tests): passed in, never reached for. */
export interface AppDeps {
  registry: Registry;
  /** The current time; tests pass a fixed one. */
  clock: () => Date;
  /** A fresh evaluation id. */
  newId: () => string;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
  /** Training scenarios for the pages; the face reads them (Node from fixtures/training, a Worker from its bundle). */
  training?: TrainingSet;
  /** sha256(key) → role (see auth.ts). Absent: no keys configured, so every /v1 call is refused (503), never served open. */
  apiKeys?: ApiKeys;
  /** The receipt signing key. Absent: evaluations are refused (503), as a verdict without a receipt cannot be proved. */
  receiptKeys?: ReceiptKeys;
  /** Where the decision log and fault lines go (pino on Node, JSON console on the Worker). Absent: nowhere. */
  log?: Log;
  /** Browser origins allowed to call the API (CORS). Absent or empty: none. */
  corsOrigins?: readonly string[];
  /** Where counts go, for a face that exposes /metrics (Node). Absent: none kept, /metrics is 404. */
  metrics?: Metrics;
  /** swagger-ui's files for /docs (src/api/docs.ts), read by the face. Absent: /docs has no assets (404). */
  docsAsset?: (file: DocsAsset) => Promise<BodyInit | undefined>;
  /** True once the face is stopping (Node, on SIGTERM): /readyz then answers 503. */
  stopping?: () => boolean;
  /** The secret page sessions are signed with (src/pages/session-token.ts). Absent: a random one for this app. */
  sessionSecret?: string;
  /** The deployment is served over https (behind a proxy that ends TLS, say): session cookies are Secure. */
  https?: boolean;
  /** Addresses of proxies whose X-Forwarded-Proto is believed; from any other peer it is ignored. */
  trustedProxies?: readonly string[];
  /** The address of the peer a request came from (Node: the socket's), for trustedProxies. */
  peerAddress?: (c: Context) => string | undefined;
  /**
   * The decision record: every evaluation answered 200 is committed to it first. Absent: this
   * deployment runs without a record, which a face does only when told so (HJEMMEL_RECORD=off);
   * /readyz says so, and the record routes answer 503.
   */
  record?: DecisionRecord;
  /** Draws the /insight page's charts (Node: Observable Plot). Absent: the page shows the tables only. */
  insightCharts?: ChartRenderer;
  /** The face's own readiness checks for /readyz (the log sink on Node), run after src/api/readiness.ts's list. */
  readiness?: readonly ReadinessCheck[];
}

export type AppEnv = {
  Variables: { deps: AppDeps; log: Log; receivedAt: number; trace: TraceContext; sessions: Sessions; session?: Session } & AuthEnv['Variables'] & RequestIdVariables;
};

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

