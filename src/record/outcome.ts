import type { OutcomeRequest, RecordedOutcome } from './contract.ts';
import type { DecisionRecord } from './decision-record.ts';

/** What recording an outcome came to: recorded (the contract's answer), or why not. */
export type OutcomeAnswer =
  | { status: 'recorded'; recorded: RecordedOutcome }
  | { status: 'unknown' }
  | { status: 'exists' }
  /** Indexes of the deviations whose rule did not fire in the evaluation. */
  | { status: 'not-fired'; deviations: number[] };

/**
 * Records what became of a checked draft (contract 1.1): once per evaluation, departing only from
 * findings that fired; a deviation's free-text note is not kept. POST /v1/evaluations/{id}/outcome
 * and the lab's outcome form both record through here, and each says the answer in its own words.
 */
export async function recordOutcome(record: DecisionRecord, evaluationId: string, request: OutcomeRequest, recordedAt: Date): Promise<OutcomeAnswer> {
  const deviations = request.deviations.map(({ rule, reason }) => ({ rule, reason }));
  const result = await record.recordOutcome({ evaluationId, recordedAt, outcome: request.outcome, deviations });
  if (result.status === 'not-fired') return { status: 'not-fired', deviations: result.deviations };
  if (result.status !== 'recorded') return { status: result.status };
  return { status: 'recorded', recorded: { evaluationId, outcome: request.outcome, deviations, recordedAt: recordedAt.toISOString() } };
}
