import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { EvaluationRequest } from '../../decision/schema.ts';
import { EvaluationResponse } from '../../decision/result.ts';
import { evaluate } from '../../engine/evaluate.ts';
import { select } from '../../rulesets/registry.ts';
import type { AppEnv } from '../app.ts';
import { problem } from '../problem.ts';
import { problemResponses } from '../schemas.ts';

const route = createRoute({
  method: 'post',
  path: '/v1/evaluations',
  summary: 'Evaluate a proposed decision',
  description:
    'Checks one proposed decision against the rulesets in force on decisionDate (or the pinned versions) and returns the verdict, findings and mandatory wording.',
  request: { body: { required: true, content: { 'application/json': { schema: EvaluationRequest } } } },
  responses: {
    200: { description: 'The evaluation', content: { 'application/json': { schema: EvaluationResponse } } },
    ...problemResponses(400, 404, 413, 415, 422),
  },
});

export function evaluationRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(route, (c) => {
    const { registry, clock, newId } = c.get('deps');
    const request = c.req.valid('json');
    const chosen = select(registry, request);
    if (!chosen.ok) return problem(chosen.status, chosen.detail, chosen.errors) as never;
    const outcome = evaluate(request, chosen.selection);
    if (!outcome.ok) return problem(422, 'The request does not fit the rulesets in force.', outcome.errors) as never;
    return c.json(
      {
        evaluationId: newId(),
        evaluatedAt: clock().toISOString(),
        verdict: outcome.verdict,
        language: outcome.language,
        rulesets: chosen.selection.rulesets.map(({ file, digest }) => ({
          id: file.id,
          version: file.version,
          validFrom: file.validFrom ?? null,
          digest,
          status: file.status,
          layer: file.layer,
        })),
        findings: outcome.findings,
        wording: outcome.wording,
      },
      200,
    );
  });
  return app;
}
