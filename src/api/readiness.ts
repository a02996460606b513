import { signReceipt, verifyReceipt } from '../receipts/receipt.ts';
import { inForce } from '../rulesets/registry.ts';
import type { AppDeps } from './env.ts';

/**
 * What /readyz checks: each entry says whether this instance can serve its purpose, and if not, why.
 * A face or a feature that brings something the service needs (a database, say) adds one entry.
 * A check never throws for an expected gap: it returns the reason. One that throws counts as not ready.
 */
export interface ReadinessCheck {
  name: string;
  /** Undefined when ready; else the reason, for operators (no secrets, no personal data). */
  check: (deps: AppDeps) => Promise<string | undefined> | string | undefined;
}

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
];

export interface Readiness {
  ready: boolean;
  checks: { name: string; ok: boolean; reason?: string }[];
}

/** Runs every check; ready when all pass. */
export async function readiness(deps: AppDeps, checks: readonly ReadinessCheck[] = readinessChecks): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      let reason: string | undefined;
      try {
        reason = await check(deps);
      } catch {
        reason = 'the check failed';
      }
      return reason === undefined ? { name, ok: true } : { name, ok: false, reason };
    }),
  );
  return { ready: results.every((r) => r.ok), checks: results };
}
