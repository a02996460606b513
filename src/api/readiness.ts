import type { DecisionRecord } from '../record/decision-record.ts';

/**
 * Readiness: whether this instance should get traffic now. A list of named checks that each face
 * (and each later concern) extends by adding one to AppDeps.readiness; /readyz runs them all.
 */
export interface ReadinessResult {
  ok: boolean;
  /** What is wrong, or what holds, in a sentence for an operator. */
  detail: string;
}

export interface ReadinessCheck {
  name: string;
  /**
   * False for a check whose failure the service can answer through (the log sink: the record, not
   * the log line, is the evidence): /readyz then says "degraded" and what is wrong, with 200.
   * Default true: a failure makes /readyz answer 503.
   */
  critical?: boolean;
  check(): Promise<ReadinessResult> | ReadinessResult;
}

/** The decision record's check: writable, or explicitly off. */
export function recordReadiness(record: DecisionRecord | undefined): ReadinessCheck {
  return {
    name: 'record',
    async check() {
      if (!record) return { ok: true, detail: 'record off (HJEMMEL_RECORD=off): evaluations are answered without a decision record' };
      const health = await record.health();
      return health.ok ? { ok: true, detail: `record on: ${record.describe}` } : { ok: false, detail: health.reason };
    },
  };
}

export type Readiness = 'ready' | 'degraded' | 'not-ready';

export async function runReadiness(checks: readonly ReadinessCheck[]): Promise<{ status: Readiness; checks: ({ name: string; critical: boolean } & ReadinessResult)[] }> {
  const results = await Promise.all(
    checks.map(async ({ name, critical = true, check }) => {
      try {
        return { name, critical, ...(await check()) };
      } catch (error) {
        return { name, critical, ok: false, detail: `the check itself failed: ${error instanceof Error ? error.name : typeof error}` };
      }
    }),
  );
  const status = results.some((r) => !r.ok && r.critical) ? 'not-ready' : results.some((r) => !r.ok) ? 'degraded' : 'ready';
  return { status, checks: results };
}
