import type { RequestIdVariables } from 'hono/request-id';
import type { ReceiptKeys } from '../receipts/keys.ts';
import type { Registry } from '../rulesets/registry.ts';
import type { TrainingSet } from '../training/load.ts';
import type { ApiKeys, AuthEnv } from './auth.ts';
import type { Log } from './log.ts';

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
}

export type AppEnv = {
  Variables: { deps: AppDeps; log: Log; receivedAt: number } & AuthEnv['Variables'] & RequestIdVariables;
};

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

