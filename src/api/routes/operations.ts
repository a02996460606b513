import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { problem } from '../problem.ts';
import { readiness } from '../readiness.ts';
import { problemResponses } from '../schemas.ts';

const Liveness = z
  .object({
    status: z.literal('ok'),
    rulesets: z.array(z.object({ id: z.string(), version: z.string(), status: z.string(), digest: z.string() })).meta({ description: 'The loaded published ruleset versions (contract v1); drafts are never listed, as this route is public.' }),
  })
  .meta({ id: 'Liveness' });

const Readiness = z
  .object({
    status: z.enum(['ready', 'degraded', 'not-ready']).meta({ description: 'degraded: only a check the service answers through fails (the log sink); it still serves, with 200.' }),
    checks: z.array(
      z.object({
        name: z.string().meta({ description: 'not-stopping, rulesets, api-keys, receipt-key, record (and what a face adds: log on Node).' }),
        ok: z.boolean(),
        reason: z.string().optional().meta({ description: 'Why the check fails, for operators.' }),
        note: z.string().optional().meta({ description: 'What an operator should know of a passing check ("record off", say).' }),
      }),
    ),
  })
  .meta({ id: 'Readiness' });

const liveness = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'getLiveness',
  tags: ['Operations'],
  summary: 'Liveness, with the published ruleset versions loaded',
  description: 'Always 200 while the process runs, listing the loaded published versions (never a draft: the route is public); says nothing about whether it can serve. Use /readyz to route traffic.',
  security: [],
  responses: { 200: { description: 'Alive', content: { 'application/json': { schema: Liveness } } } },
});

const ready = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'getReadiness',
  tags: ['Operations'],
  summary: 'Readiness: whether this instance can serve evaluations',
  description:
    'Checks that the instance is not stopping, that a published national ruleset is in force today, that API keys are configured, that the receipt key signs receipts that verify, and that the decision record is writable (or says "record off" when the deployment runs without one); the Node server adds its log sink. 503 with the failing checks and their reasons unless all critical ones pass; 200 "degraded" when only the log sink fails.',
  security: [],
  responses: {
    200: { description: 'Ready, or degraded (still serving; the failing check says what is wrong)', content: { 'application/json': { schema: Readiness } } },
    503: { description: 'Not ready; `checks[]` says why', content: { 'application/json': { schema: Readiness } } },
  },
});

const metrics = createRoute({
  method: 'get',
  path: '/metrics',
  operationId: 'getMetrics',
  tags: ['Operations'],
  summary: 'Metrics in Prometheus text format (Node only)',
  description:
    'Evaluations by verdict and ruleset versions, findings by rule, refusals by status and problem type, a request latency histogram, and the process metrics. Served by the Node server; the Worker answers 404 (use Workers Analytics and the JSON log lines there).',
  security: [],
  responses: {
    200: { description: 'Prometheus text exposition format 0.0.4', content: { 'text/plain': { schema: z.string() } } },
    ...problemResponses(404),
  },
});

/** Liveness, readiness and metrics: public, never cached. */
export function operationsRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(liveness, (c) => {
    c.header('Cache-Control', 'no-store');
    const versions = c
      .get('deps')
      .registry.versions.filter(({ file }) => file.status === 'published')
      .map(({ file, digest }) => ({ id: file.id, version: file.version, status: file.status, digest }));
    return c.json({ status: 'ok' as const, rulesets: versions }, 200);
  });
  app.openapi(ready, async (c) => {
    const { status, checks } = await readiness(c.get('deps'));
    c.header('Cache-Control', 'no-store');
    return status === 'not-ready' ? c.json({ status, checks }, 503) : c.json({ status, checks }, 200);
  });
  app.openapi(metrics, async (c) => {
    const source = c.get('deps').metrics;
    if (!source) return problem('not-found', 'This deployment keeps no metrics (the Worker has none; see the README).') as never;
    const { contentType, body } = await source.expose();
    c.header('Cache-Control', 'no-store');
    return c.text(body, 200, { 'Content-Type': contentType });
  });
  return app;
}
