import { signReceipt, verifyReceipt } from '../receipts/receipt.ts';
import { inForce } from '../rulesets/registry.ts';
import type { AppDeps } from './env.ts';

/**
 * What /readyz checks: each entry says whether this instance can serve its purpose, and if not, why.
 * A face or a feature that brings something the service needs (a database, say) adds one entry;
 * a face adds its own through AppDeps.readiness (the log sink on Node).
 * A check never throws for an expected gap: it returns the reason. One that throws counts as failing.
 */
export interface ReadinessCheck {
  name: string;
  /**
   * False for a check the service answers through when it fails (the log sink: the record, not the
   * log line, is the evidence): /readyz then says "degraded", with 200. Default true: 503.
   */
  critical?: boolean;
  /**
   * Undefined when ready; a string: the reason it is not, for operators (no secrets, no personal
   * data); `{ note }`: ready, with something an operator should know (the record is off, say).
   */
  check: (deps: AppDeps) => Promise<CheckOutcome> | CheckOutcome;
}

export type CheckOutcome = string | undefined | { note: string };

export const readinessChecks: ReadinessCheck[] = [
  {
    name: 'not-stopping',
    check: ({ stopping }) => (stopping?.() ? 'the instance is stopping (SIGTERM): send no more calls to it' : undefined),
  },
  {
    name: 'rulesets',
    check: ({ registry, clock }) => {
      const today = clock().toISOString().slice(0, 10);
      if (registry.versions.length === 0) return 'no ruleset versions are loaded';
      return inForce(registry.versionsOf(registry.nationalId), today) ? undefined : `no published national ruleset version is in force on ${today}`;
    },
  },
  {
    name: 'api-keys',
    check: ({ apiKeys }) => (apiKeys && apiKeys.size > 0 ? undefined : 'no API keys are configured (HJEMMEL_API_KEYS): every /v1 call is refused'),
  },
  {
    // Usable, not just present: a probe receipt is signed and verified with the configured key.
    name: 'receipt-key',
    check: async ({ receiptKeys, clock }) => {
      if (!receiptKeys) return 'no receipt signing key is configured (HJEMMEL_RECEIPT_KEY): evaluations are refused';
      const probe = await signReceipt(receiptKeys, {
        evaluationId: 'readiness-probe',
        evaluatedAt: clock().toISOString(),
        requestDigest: `sha256-${'0'.repeat(64)}`,
        rulesets: [],
        verdict: 'clear',
        findings: [],
      });
      const verified = await verifyReceipt(receiptKeys, probe);
      return verified.valid ? undefined : `the receipt key signs receipts that do not verify (${verified.reason})`;
    },
  },
  {
    // Writable, or explicitly off: a record that cannot be written refuses every evaluation.
    name: 'record',
    check: async ({ record }) => {
      if (!record) return { note: 'record off (HJEMMEL_RECORD=off): evaluations are answered without a decision record' };
      const health = await record.health();
      return health.ok ? { note: `record on: ${record.describe}` } : health.reason;
    },
  },
];

export interface Readiness {
  /** degraded: only non-critical checks fail (the log sink); the instance still serves. */
  status: 'ready' | 'degraded' | 'not-ready';
  checks: { name: string; ok: boolean; reason?: string; note?: string }[];
}

/** Runs every check, the face's own (deps.readiness) after these; ready when all pass. */
export async function readiness(deps: AppDeps, checks: readonly ReadinessCheck[] = [...readinessChecks, ...(deps.readiness ?? [])]): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async ({ name, critical = true, check }) => {
      let outcome: CheckOutcome;
      try {
        outcome = await check(deps);
      } catch {
        outcome = 'the check failed';
      }
      if (outcome === undefined) return { critical, result: { name, ok: true } };
      if (typeof outcome === 'string') return { critical, result: { name, ok: false, reason: outcome } };
      return { critical, result: { name, ok: true, note: outcome.note } };
    }),
  );
  const status = results.some((r) => !r.result.ok && r.critical) ? 'not-ready' : results.some((r) => !r.result.ok) ? 'degraded' : 'ready';
  return { status, checks: results.map((r) => r.result) };
}
