// First: zod must know it may not generate code before any schema is built.
import './jitless.ts';
import { env } from 'cloudflare:workers';
import { createApp, DEFAULT_MAX_BODY_BYTES } from './api/app.ts';
import { lock, sources } from './generated/rulesets.ts';
import { loadRulesets } from './rulesets/load.ts';

/** What wrangler.toml gives the Worker: [vars] here; secrets, when there are any, are listed there by name. */
interface Env {
  /** Largest accepted request body in bytes (a decimal string, as vars are). */
  MAX_BODY_BYTES?: string;
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
 * computed the same way. Once per isolate, at startup: a broken set or a bad var throws here, the
 * Worker refuses to start and `wrangler deploy` refuses to upload it, as `npm start` refuses to serve.
 */
const app = createApp({
  registry: loadRulesets(sources, lock),
  clock: () => new Date(),
  newId: () => `ev_${crypto.randomUUID()}`,
  maxBodyBytes: maxBodyBytes(env as Env),
});

export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
