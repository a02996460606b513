import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { recordReadiness, runReadiness } from '../readiness.ts';

const Readiness = z
  .object({
    status: z.enum(['ready', 'degraded', 'not-ready']).meta({ description: 'degraded: a check the service answers through (the log sink) fails; it still serves.' }),
    checks: z.array(z.object({ name: z.string(), critical: z.boolean(), ok: z.boolean(), detail: z.string() })),
  })
  .meta({ id: 'Readiness' });

const route = createRoute({
  method: 'get',
  path: '/readyz',
  summary: 'Readiness: whether this instance can serve evaluations now',
  description:
    'Runs every readiness check: the decision record (writable, or "record off" when the deployment runs without one), and those the face adds (the log sink on Node). 503 names what is wrong.',
  responses: {
    200: { description: 'Ready, or degraded (still serving; the failing checks say what is wrong)', content: { 'application/json': { schema: Readiness } } },
    503: { description: 'Not ready; the failing checks say why', content: { 'application/json': { schema: Readiness } } },
  },
});

export function readinessRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(route, async (c) => {
    const deps = c.get('deps');
    const { status, checks } = await runReadiness([recordReadiness(deps.record), ...(deps.readiness ?? [])]);
    return status === 'not-ready' ? c.json({ status, checks }, 503) : c.json({ status, checks }, 200);
  });
  return app;
}
