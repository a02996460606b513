import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { OutcomeRequest, RecordedOutcome } from '../../record/contract.ts';
import { recordOutcome } from '../../record/outcome.ts';
import type { AppEnv } from '../env.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import { validBody } from '../body.ts';
import { problem } from '../problem.ts';
import { problemResponses } from '../schemas.ts';

const route = createRoute({
  method: 'post',
  path: '/v1/evaluations/{evaluationId}/outcome',
  operationId: 'recordOutcome',
  tags: ['Decision record'],
  summary: 'Record what became of a checked draft',
  description:
    'Signed, revised or abandoned, and the findings the signed letter knowingly departs from, each with a reason code (contract 1.1). Once per evaluation. Roles: caseworker, legal. Free-text notes are accepted but not kept.',
  security: bearerSecurity,
  request: {
    params: z.object({ evaluationId: z.string().min(1).max(100) }),
    body: { required: true, content: { 'application/json': { schema: OutcomeRequest } } },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: RecordedOutcome } } },
    ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 503),
  },
});

export function outcomeRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(route);
  app.post('/v1/evaluations/:evaluationId/outcome', requireRole('caseworker', 'legal'), async (c) => {
    const record = c.get('deps').record;
    if (!record) return problem('record-off', 'This deployment runs without a decision record (HJEMMEL_RECORD=off), so outcomes cannot be recorded.');
    const body = await validBody(c, OutcomeRequest);
    if (!body.ok) return body.response;
    const evaluationId = c.req.param('evaluationId')!;
    const result = await recordOutcome(record, evaluationId, body.data, c.get('deps').clock());
    switch (result.status) {
      case 'unknown':
        return problem('unknown-evaluation', `The record holds no evaluation ${evaluationId}.`);
      case 'exists':
        return problem('outcome-already-recorded', `An outcome is already recorded for ${evaluationId}.`);
      case 'not-fired':
        return problem(
          'deviation-not-fired',
          'A deviation names a rule that did not fire in this evaluation.',
          result.deviations.map((i) => ({ path: `deviations.${i}.rule`, message: `"${body.data.deviations[i]!.rule}" did not fire in ${evaluationId}` })),
        );
      case 'recorded':
        return c.json(result.recorded, 201);
    }
  });
  return app;
}
