import type { Verdict } from '../decision/result.ts';

/**
 * What the app counts, for a face that exposes metrics (Node: Prometheus at /metrics, through
 * src/api/prometheus.ts). The app calls these; a face without metrics (the Worker) passes none.
 * Labels are ids, codes and route patterns only: bounded, and never anything from a request body.
 */
export interface Metrics {
  /** Every answered request: method, route pattern, status, seconds from receipt to the answer. */
  request(method: string, route: string, status: number, seconds: number): void;
  /** An evaluation with a verdict: the versions that took part, and each finding's rule and outcome. */
  evaluation(verdict: Verdict, national: string, layer: string | undefined, findings: readonly { rule: string; outcome: string; ruleset: string }[]): void;
  /** A refused /v1 call: its status and problem type. */
  refusal(status: number, problem: string): void;
  /** The exposition: Prometheus text format. */
  expose(): Promise<{ contentType: string; body: string }>;
}
