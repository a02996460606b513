import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Metrics } from './metrics.ts';

/**
 * Metrics in Prometheus form (prom-client), for the Node face. Each call makes its own registry,
 * so tests and several apps in one process do not share counts. Names and labels are listed in
 * the README ("Integrate", metrics).
 */
export function prometheusMetrics({ processMetrics = true } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry, prefix: 'hjemmel_' });
  const duration = new Histogram({
    name: 'hjemmel_http_request_duration_seconds',
    help: 'Time from receiving a request to its answer, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const evaluations = new Counter({
    name: 'hjemmel_evaluations_total',
    help: 'Evaluations answered with a verdict, by verdict and the ruleset versions that took part (layer empty without a municipal layer).',
    labelNames: ['verdict', 'national', 'layer'] as const,
    registers: [registry],
  });
  const findings = new Counter({
    name: 'hjemmel_rule_findings_total',
    help: 'Findings given, by rule id, ruleset version and outcome (fired or undetermined).',
    labelNames: ['rule', 'ruleset', 'outcome'] as const,
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'hjemmel_refusals_total',
    help: 'Refused /v1 calls, by status and problem type.',
    labelNames: ['status', 'problem'] as const,
    registers: [registry],
  });
  return {
    request: (method, route, status, seconds) => duration.observe({ method, route, status: String(status) }, seconds),
    evaluation: (verdict, national, layer, given) => {
      evaluations.inc({ verdict, national, layer: layer ?? '' });
      for (const { rule, ruleset, outcome } of given) findings.inc({ rule, ruleset, outcome });
    },
    refusal: (status, problem) => refusals.inc({ status: String(status), problem }),
    expose: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
