import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { Impact, impactVersions } from '../../impact/compare.ts';
import { ImpactReport, ImpactRequest, MAX_IMPACT_CASES } from '../../impact/schema.ts';
import type { AppEnv } from '../env.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import { validBody } from '../body.ts';
import { problem } from '../problem.ts';
import { problemResponses } from '../schemas.ts';

const route = createRoute({
  method: 'post',
  path: '/v1/impact',
  operationId: 'analyseImpact',
  tags: ['Rulesets'],
  summary: 'Impact of a rule change on a set of cases',
  description:
    `Evaluates each case against two versions of one ruleset (both pinned; a draft may be named) and reports the cases whose verdict or findings change, ` +
    `findings added and removed per rule, and a summary. At most ${MAX_IMPACT_CASES} cases; for a larger corpus use \`hjemmel impact\`, which streams. ` +
    'The same computation as the CLI. Role: legal.',
  security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: ImpactRequest } } } },
  responses: {
    200: { description: 'The impact report', content: { 'application/json': { schema: ImpactReport } } },
    ...problemResponses(400, 401, 403, 404, 413, 415, 422, 503),
  },
});

export function impactRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(route);
  app.post(route.path, requireRole('legal'), async (c) => {
    const { registry } = c.get('deps');
    const valid = await validBody(c, ImpactRequest);
    if (!valid.ok) return valid.response;
    const body = valid.data;
    const versions = impactVersions(registry, body.from, body.to);
    if (!versions.ok) return problem(versions.cause, versions.detail, versions.errors);
    const impact = new Impact(registry, versions.from, versions.to, MAX_IMPACT_CASES);
    body.cases.forEach((entry, i) => impact.add(entry.name ?? `#${i}`, entry.request));
    const report: ImpactReport = impact.report();
    return c.json(report, 200);
  });
  return app;
}
