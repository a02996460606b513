// First: zod must know it may not generate code before any schema is built.
import './jitless.ts';
import { env } from 'cloudflare:workers';
import { createApp } from './api/app.ts';
import { DEFAULT_MAX_BODY_BYTES } from './api/env.ts';
import { parseSecurityConfig } from './api/config.ts';
import { jsonConsoleLog } from './api/log.ts';
import { lock, sources, titles } from './generated/rulesets.ts';
import { bases, scenarios } from './generated/training.ts';
import { loadReceiptKeys, type ReceiptKeys } from './receipts/keys.ts';
import { unavailableRecord } from './record/decision-record.ts';
import { hyperdriveRecord } from './record/hyperdrive.ts';
import { loadRulesets } from './rulesets/load.ts';
import { servingRefusal } from './rulesets/registry.ts';
import { loadTraining } from './training/load.ts';

/** What wrangler.toml gives the Worker: [vars] here; secrets are listed there by name. */
interface Env {
  /** Largest accepted request body in bytes (a decimal string, as vars are). */
  MAX_BODY_BYTES?: string;
  /** Secret: `role:sha256hex` entries (src/api/config.ts). Unset: every /v1 call is refused (503). */
  HJEMMEL_API_KEYS?: string;
  /** Secret: the private Ed25519 JWK receipts are signed with. Unset: evaluations are refused (503). */
  HJEMMEL_RECEIPT_KEY?: string;
  /** Var: JSON array of retired public JWKs whose receipts still verify. */
  HJEMMEL_RECEIPT_RETIRED_KEYS?: string;
  /** Secret: what page sessions are signed with (32+ characters). Unset: one per isolate, so a sign-in holds only while that isolate serves. */
  HJEMMEL_SESSION_SECRET?: string;
  /** Var: browser origins allowed to call, comma-separated. */
  HJEMMEL_CORS_ORIGINS?: string;
  /** Var: `off` runs without a decision record (said so at /readyz); `on` (the default) writes it through HYPERDRIVE. */
  HJEMMEL_RECORD?: string;
  /** Var: the PostgreSQL schema the record's tables are in; default public. */
  HJEMMEL_RECORD_SCHEMA?: string;
  /** The Hyperdrive binding (wrangler.toml [[hyperdrive]]) to the PostgreSQL the record is written to. */
  HYPERDRIVE?: Hyperdrive;
  /** Static assets (wrangler.toml [assets]): swagger-ui-dist, for /docs. */
  ASSETS?: Fetcher;
}

/**
 * The decision record on the Worker: on by default, written to PostgreSQL through the HYPERDRIVE
 * binding (src/record/hyperdrive.ts). On without a binding, every evaluation is refused (503:
 * never a verdict without its record) and /readyz says why.
 */
function decisionRecord({ HJEMMEL_RECORD = 'on', HJEMMEL_RECORD_SCHEMA }: Env, hyperdrive: Hyperdrive | undefined, receiptKeys: ReceiptKeys | undefined) {
  if (HJEMMEL_RECORD === 'off') return undefined;
  if (HJEMMEL_RECORD !== 'on') throw new Error(`HJEMMEL_RECORD must be "on" or "off", not "${HJEMMEL_RECORD}"`);
  if (!hyperdrive) return unavailableRecord('the decision record is on, but this Worker has no Hyperdrive binding (HYPERDRIVE in wrangler.toml) to write it to PostgreSQL: add one, or set HJEMMEL_RECORD = "off" to answer without a record');
  return hyperdriveRecord(hyperdrive, HJEMMEL_RECORD_SCHEMA || undefined, receiptKeys?.jwks.keys);
}

function maxBodyBytes({ MAX_BODY_BYTES }: Env): number {
  if (MAX_BODY_BYTES === undefined) return DEFAULT_MAX_BODY_BYTES;
  const bytes = Number(MAX_BODY_BYTES);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new Error(`MAX_BODY_BYTES must be a positive whole number of bytes, not "${MAX_BODY_BYTES}"`);
  return bytes;
}

/*
 * The Worker face. Rulesets come from the module the build generates out of rules/ (validated
 * there already) and are loaded here with the same loader and lock as on Node, so digests are
 * computed the same way; the pages' training scenarios likewise, from fixtures/training/. Once
 * per isolate, at startup: a broken set, a bad var or a malformed key throws here, the Worker
 * refuses to start and `wrangler deploy` refuses to upload it, as `npm start` refuses to serve. The Worker never generates keys (it runs as production does on
 * Node): what is not configured is refused with 503, never served open.
 */
const { ASSETS: assets, HYPERDRIVE: hyperdrive, ...vars } = env as Env;
const security = parseSecurityConfig({ ...vars, HJEMMEL_MODE: 'production' });
const registry = loadRulesets(sources, lock, titles);
const unservable = servingRefusal(registry);
if (unservable) throw new Error(`The bundled rules cannot be served: ${unservable}`);
const receiptKeys = security.receiptKey ? await loadReceiptKeys(security.receiptKey, security.retiredReceiptKeys) : undefined;
const app = createApp({
  registry,
  clock: () => new Date(),
  newId: () => `ev_${crypto.randomUUID()}`,
  maxBodyBytes: maxBodyBytes(env as Env),
  training: loadTraining(scenarios, bases),
  apiKeys: security.apiKeys,
  receiptKeys,
  log: jsonConsoleLog,
  corsOrigins: security.corsOrigins,
  docsAsset: async (file) => {
    const response = await assets?.fetch(`https://assets.local/${file}`);
    return response?.ok ? response.body ?? undefined : undefined;
  },
  sessionSecret: security.sessionSecret,
  https: security.https,
  record: decisionRecord(env as Env, hyperdrive, receiptKeys),
});

export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
