import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { EvaluationRequest } from '../../decision/schema.ts';
import { EvaluationResponse, type EvaluationResponse as Evaluation } from '../../decision/result.ts';
import { evaluate } from '../../engine/evaluate.ts';
import { withFixes } from '../../engine/fixes.ts';
import { signReceipt } from '../../receipts/receipt.ts';
import { digestOf } from '../../rulesets/digest.ts';
import { rulesetRef } from '../../decision/check.ts';
import { select } from '../../rulesets/registry.ts';
import type { AppEnv } from '../app.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import { validBody } from '../body.ts';
import { problem } from '../problem.ts';
import { problemResponses } from '../schemas.ts';
import contractExampleRequest from '../../../fixtures/requests/contract-example.json' with { type: 'json' };
import contractExampleResponse from '../../../fixtures/responses/contract-example.json' with { type: 'json' };

const route = createRoute({
  method: 'post',
  path: '/v1/evaluations',
  operationId: 'evaluate',
  tags: ['Evaluations'],
  summary: 'Evaluate a proposed decision',
  description:
    'Checks one proposed decision against the rulesets in force on decisionDate (or the pinned versions) and returns the verdict, findings (each with a title and verified suggested fixes), mandatory wording and a signed receipt. Roles: caseworker, legal; pinning a draft version needs legal.',
  security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: EvaluationRequest, example: contractExampleRequest } } } },
  responses: {
    200: { description: 'The evaluation', content: { 'application/json': { schema: EvaluationResponse, example: contractExampleResponse } } },
    ...problemResponses(400, 401, 403, 404, 413, 415, 422, 500, 503),
  },
});

export function evaluationRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(route);
  app.post(route.path, requireRole('caseworker', 'legal'), async (c) => {
    const { registry, clock, newId, receiptKeys } = c.get('deps');
    if (!receiptKeys) return problem('not-configured', 'This deployment has no receipt signing key, so it gives no verdicts.');
    const body = await validBody(c, EvaluationRequest);
    if (!body.ok) return body.response;
    const request = body.data;
    const chosen = select(registry, request);
    if (!chosen.ok) return problem(chosen.cause, chosen.detail, chosen.errors);
    const role = c.get('role');
    const drafts = chosen.selection.rulesets.filter((r) => r.file.status === 'draft');
    if (drafts.length > 0 && role !== 'legal') {
      return problem(
        'draft-needs-legal',
        'Evaluating against a draft ruleset version needs the legal role.',
        drafts.map((d) => ({ path: `pin.${d.file.id}`, message: `${d.file.version} is a draft` })),
      );
    }
    const outcome = evaluate(request, chosen.selection);
    if (!outcome.ok) return problem(outcome.cause, outcome.detail, outcome.errors);

    const evaluationId = newId();
    const evaluatedAt = clock().toISOString();
    const rulesets = chosen.selection.rulesets.map(rulesetRef);
    const findingIds = outcome.findings.map((f) => f.rule);
    // Signed here, not in evaluate(), which stays pure and synchronous. The digest is of the body
    // as sent (before schema defaults), so the caller can recompute it from what it holds.
    const receipt = await signReceipt(receiptKeys, {
      evaluationId,
      evaluatedAt,
      requestDigest: digestOf(await c.req.json()),
      rulesets: rulesets.map(({ id, version, digest }) => ({ id, version, digest })),
      verdict: outcome.verdict,
      findings: findingIds,
    });
    c.get('log')({
      event: 'evaluation',
      evaluationId,
      requestId: c.get('requestId'),
      traceId: c.get('trace').traceId,
      evaluatedAt,
      municipality: request.municipality,
      role: role!,
      rulesets: rulesets.map(({ id, version }) => `${id}@${version}`),
      verdict: outcome.verdict,
      findings: findingIds,
      latencyMs: Math.round((performance.now() - c.get('receivedAt')) * 100) / 100,
    });
    const [national, layer] = rulesets.map(({ id, version }) => `${id}@${version}`);
    c.get('deps').metrics?.evaluation(outcome.verdict, national!, layer, outcome.findings);
    const response: Evaluation = {
      evaluationId,
      evaluatedAt,
      verdict: outcome.verdict,
      language: outcome.language,
      rulesets,
      findings: withFixes(request, chosen.selection, outcome),
      wording: outcome.wording,
      receipt,
    };
    return c.json(response, 200);
  });
  return app;
}
