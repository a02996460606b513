import type { Verdict } from '../decision/result.ts';

/**
 * What the service logs: one structured line per evaluation, one per refused /v1 call and one per
 * fault. Built from ids, codes and counts only: never a request body, free text, an API key or
 * anything about a person. Each face gives createApp a `log` function: pino on Node (which adds
 * its standard `time`), JSON lines via console on the Worker. Every line names the request id and
 * the W3C trace id of the call.
 */

export interface EvaluationLogLine {
  event: 'evaluation';
  evaluationId: string;
  requestId: string;
  traceId: string;
  /** ISO time of the evaluation, as in the response and the receipt. */
  evaluatedAt: string;
  /** Four-digit kommunenummer: identifies a municipality, not a person. */
  municipality: string;
  role: string;
  /** `id@version` of every ruleset that took part. */
  rulesets: string[];
  verdict: Verdict;
  /** Rule id of each finding. */
  findings: string[];
  latencyMs: number;
}

/** A /v1 call refused with a problem (4xx, or 503 when not configured). A 500 is a fault line instead. */
export interface RefusalLogLine {
  event: 'refusal';
  requestId: string;
  traceId: string;
  method: string;
  /** The route pattern, as in a fault line. */
  route: string;
  /** In a batch: the index of the refused item (the batch itself was answered 200). */
  item?: number;
  status: number;
  /** The problem type's name (invalid-request, unauthorized, …): the reason code. */
  problem: string;
}

export interface FaultLogLine {
  event: 'fault';
  requestId: string;
  traceId: string;
  method: string;
  /** The route pattern (e.g. /v1/rulesets/:id/:version), not the raw path, which could hold anything. */
  route: string;
  /** The error's class and stack frames; its message is left out, as it may quote input. */
  error: string;
  frames: string[];
}

export type LogLine = EvaluationLogLine | RefusalLogLine | FaultLogLine;
export type Log = (line: LogLine) => void;

/** For faces without a structured logger (the Worker): one JSON object per line. */
export const jsonConsoleLog: Log = (line) => console.log(JSON.stringify({ level: line.event === 'fault' ? 'error' : 'info', time: new Date().toISOString(), ...line }));

/** The error's class name and at most 10 stack frames, without the message. */
export function describeFault(error: unknown): { error: string; frames: string[] } {
  if (!(error instanceof Error)) return { error: typeof error, frames: [] };
  const frames = (error.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 10);
  return { error: error.name, frames };
}
