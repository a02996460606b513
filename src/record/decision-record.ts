import type { EvaluationContent, OutcomeContent } from './entry.ts';
import type { OutcomeResult, RecordFilter, RecordWithOutcome } from './store.ts';

/** Whether the record can take writes now, and if not, why (for /readyz). */
export type RecordHealth = { ok: true } | { ok: false; reason: string };

/** The decision record as the HTTP app uses it. The faces open the database; the app never does. */
export interface DecisionRecord {
  /** Where the record is, for /readyz: never a connection string. */
  readonly describe: string;
  /** Resolves once the record is committed (with others in one transaction); rejects if it could not be. */
  recordEvaluation(content: EvaluationContent): Promise<void>;
  recordOutcome(content: OutcomeContent): Promise<OutcomeResult>;
  list(filter: RecordFilter, afterSeq: number | undefined, limit: number): Promise<RecordWithOutcome[]>;
  health(): Promise<RecordHealth>;
  /** Resolves once every evaluation handed in so far is committed or refused: the face calls it on a stop, before closing the database. */
  flush(): Promise<void>;
}

/**
 * A record that is on but has no database to write to (the Worker without a Hyperdrive binding):
 * every evaluation is refused with 503 and /readyz says why, rather than a verdict without its record.
 */
export function unavailableRecord(reason: string): DecisionRecord {
  const fail = () => Promise.reject(new Error(reason));
  return { describe: 'no database', recordEvaluation: fail, recordOutcome: fail, list: fail, health: async () => ({ ok: false, reason }), flush: async () => {} };
}
