import { describe, expect, it } from 'vitest';
import { prometheusMetrics } from '../../src/api/prometheus.ts';
import { as, baseRequest, get, post, testApp } from '../helpers.ts';

/** Prometheus text format → `name{labels}` → value; checks each sample line's form on the way. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|[Nn]a[Nn]|\+Inf|-Inf)$/.exec(line);
    expect(match, line).not.toBeNull();
    samples.set(`${match![1]}${match![2] ?? ''}`, Number(match![3]));
  }
  return samples;
}

describe('/metrics', () => {
  it('counts evaluations by verdict and versions, findings by rule, refusals by status and type, and latency', async () => {
    const app = testApp(undefined, undefined, { metrics: prometheusMetrics() });
    const read = async () => {
      const response = await app.request('/metrics');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return parse(await response.text());
    };
    const before = await read();
    expect(before.get('hjemmel_process_cpu_seconds_total')).toBeGreaterThanOrEqual(0);

    for (let i = 0; i < 3; i++) expect((await post(app, '/v1/evaluations', baseRequest('contract-example'))).status).toBe(200);
    expect((await post(app, '/v1/evaluations', baseRequest('clear-grant'))).status).toBe(200);
    expect((await post(app, '/v1/evaluations', '{')).status).toBe(400);
    expect((await post(app, '/v1/evaluations', baseRequest('clear-grant'), as(null))).status).toBe(401);
    expect((await post(app, '/v1/evaluations', baseRequest('clear-grant'), as(null))).status).toBe(401);

    const after = await read();
    expect(after.get('hjemmel_evaluations_total{verdict="blocked",national="no-national@2026.1.0",layer="municipality-4601@1.0.0"}')).toBe(3);
    const clear = [...after].filter(([name]) => name.startsWith('hjemmel_evaluations_total{verdict="clear"'));
    expect(clear.reduce((sum, [, n]) => sum + n, 0)).toBe(1);
    expect(after.get('hjemmel_rule_findings_total{rule="bpa.right-from-32-hours",ruleset="no-national@2026.1.0",outcome="fired"}')).toBe(3);
    expect(after.get('hjemmel_refusals_total{status="400",problem="invalid-json"}')).toBe(1);
    expect(after.get('hjemmel_refusals_total{status="401",problem="unauthorized"}')).toBe(2);
    expect(after.get('hjemmel_http_request_duration_seconds_count{method="POST",route="/v1/evaluations",status="200"}')).toBe(4);
    expect(after.get('hjemmel_http_request_duration_seconds_bucket{le="+Inf",method="POST",route="/v1/evaluations",status="200"}')).toBe(4);
    // No label holds anything from a body.
    expect([...after.keys()].join('\n')).not.toMatch(/Free text/);
  });

  it('is 404 where no metrics are kept (the Worker)', async () => {
    expect((await get(testApp(), '/metrics', as(null))).status).toBe(404);
  });
});
