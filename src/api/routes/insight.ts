import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { Insight } from '../../insight/aggregate.ts';
import { readInsight } from '../../insight/read.ts';
import { InsightQuery } from '../../record/contract.ts';
import type { AppEnv } from '../env.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import { problem } from '../problem.ts';
import { problemResponses } from '../schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/v1/insight',
  operationId: 'getInsight',
  tags: ['Decision record'],
  summary: 'Aggregates of the decision record for a municipality and period',
  description:
    'Verdicts over time, the rules that fire most, the facts most often missing, outcomes, deviations by rule and reason, and granted hours by service type and functional-level band against the reference range. Every group of fewer than 5 decisions is suppressed. Roles: legal, trainer.',
  middleware: requireRole('legal', 'trainer'),
  security: bearerSecurity,
  request: { query: InsightQuery },
  responses: {
    200: { description: 'The aggregates', content: { 'application/json': { schema: Insight } } },
    ...problemResponses(401, 403, 422, 503),
  },
});

export function insightRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(route, async (c) => {
    const record = c.get('deps').record;
    if (!record) return problem('record-off', 'This deployment runs without a decision record (HJEMMEL_RECORD=off).') as never;
    return c.json(await readInsight(record, c.req.valid('query')), 200);
  });
  return app;
}
