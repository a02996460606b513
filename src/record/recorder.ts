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

/** Runs `work` with the record's database: Node's one pool, or on the Worker a connection of its own. */
export type UseRecordDb = <T>(work: (db: RecordDb) => Promise<T>) => Promise<T>;

export interface RecorderOptions {
  /**
   * How evaluations reach appendEvaluations: Node's group commit (the default), or `false` for one
   * transaction per evaluation (the Worker: a connection there belongs to one request, so a batch
   * cannot gather evaluations of several requests).
   */
  groupCommit?: GroupCommitOptions | false;
  /** Checked before the write probe at /readyz: why the record cannot be written, or undefined. */
  precheck?: (db: RecordDb) => Promise<string | undefined>;
}

/** The Node face's record: one database (a pool or PGlite), with group commit. */
export function createRecorder(db: RecordDb, describe: string, options?: GroupCommitOptions): DecisionRecord {
  return recorderOver((work) => work(db), describe, { groupCommit: options ?? {} });
}

export function recorderOver(use: UseRecordDb, describe: string, { groupCommit: commitOptions = {}, precheck }: RecorderOptions = {}): DecisionRecord {
  /** The last write's failure and when, until a write succeeds again. */
  let failing: { reason: string; at: number } | undefined;
  const write = async (batch: EvaluationContent[]) => {
    try {
      await use((db) => appendEvaluations(db, batch));
      failing = undefined;
    } catch (error) {
      failing = { reason: reasonOf(error), at: Date.now() };
      throw error;
    }
  };
  const append = commitOptions ? groupCommit<EvaluationContent>(write, commitOptions) : Object.assign((item: EvaluationContent) => write([item]), { flush: async () => {} });
  return {
    describe,
    recordEvaluation: append,
    flush: append.flush,
    recordOutcome: (content) => use((db) => appendOutcome(db, content)),
    list: (filter, afterSeq, limit) => use((db) => listRecords(db, filter, afterSeq, limit)),
    async health() {
      try {
        const refusal = await withTimeout(
          use(async (db) => {
            const reason = await precheck?.(db);
            if (!reason) await probeWrite(db);
            return reason;
          }),
          PROBE_TIMEOUT_MS,
          'a write probe',
        );
        if (refusal) return { ok: false, reason: `the record cannot be written (${describe}): ${refusal}` };
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
