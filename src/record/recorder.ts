import type { DecisionRecord } from './decision-record.ts';
import type { EvaluationContent } from './entry.ts';
import { groupCommit, type GroupCommitOptions } from './group-commit.ts';
import { appendEvaluations, appendOutcome, listRecords, probeWrite, type RecordDb } from './store.ts';

const PROBE_TIMEOUT_MS = 2000;
const FAILED_WRITE_REPORTED_MS = 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The error's class and message as the operator needs it; a database message names tables, not people. */
const reasonOf = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

export function createRecorder(db: RecordDb, describe: string, options?: GroupCommitOptions): DecisionRecord {
  /** The last write's failure and when, until a write succeeds again. */
  let failing: { reason: string; at: number } | undefined;
  const append = groupCommit<EvaluationContent>(async (batch) => {
    try {
      await appendEvaluations(db, batch);
      failing = undefined;
    } catch (error) {
      failing = { reason: reasonOf(error), at: Date.now() };
      throw error;
    }
  }, options);
  return {
    describe,
    recordEvaluation: append,
    flush: append.flush,
    recordOutcome: (content) => appendOutcome(db, content),
    list: (filter, afterSeq, limit) => listRecords(db, filter, afterSeq, limit),
    async health() {
      try {
        await withTimeout(probeWrite(db), PROBE_TIMEOUT_MS, 'a write probe');
      } catch (error) {
        return { ok: false, reason: `the record cannot be written (${describe}): ${reasonOf(error)}` };
      }
      // A failed write is reported for a while even when the probe (which writes no row) passes: a
      // full disk refuses rows but not a lock. Not for ever: an instance that is not ready gets no
      // traffic, so no write would ever clear it.
      if (failing && Date.now() - failing.at < FAILED_WRITE_REPORTED_MS) return { ok: false, reason: `the last record write failed (${describe}): ${failing.reason}` };
      return { ok: true };
    },
  };
}
