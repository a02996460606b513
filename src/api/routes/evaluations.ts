import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { EvaluationRequest } from '../../decision/schema.ts';
import { EvaluationResponse, type EvaluationResponse as Evaluation } from '../../decision/result.ts';
import { withFixes } from '../../engine/fixes.ts';
import { signReceipt } from '../../receipts/receipt.ts';
import { digestOf } from '../../rulesets/digest.ts';
import { check, evaluatedRulesets } from '../../decision/check.ts';
import type { AppEnv } from '../env.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import { validBody } from '../body.ts';
import { problem } from '../problem.ts';
import { recordAnswered } from '../record.ts';
import { problemResponses } from '../schemas.ts';

const route = createRoute({
  method: 'post',
  path: '/v1/evaluations',
  summary: 'Evaluate a proposed decision',
  description:
    'Checks one proposed decision against the rulesets in force on decisionDate (or the pinned versions) and returns the verdict, findings (each with a title and verified suggested fixes), mandatory wording and a signed receipt. Roles: caseworker, legal. Pinning a version other than the one in force on decisionDate (a draft included) needs legal: 403 for any other role, with the ruleset, the pinned version and the version in force in detail and errors[]; legal gets the what-if evaluation, marked whatIf and rulesets[].pinned.',
  security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: EvaluationRequest } } } },
  responses: {
    200: { description: 'The evaluation', content: { 'application/json': { schema: EvaluationResponse } } },
    ...problemResponses(400, 401, 403, 404, 413, 415, 422, 500, 503),
  },
});

export function evaluationRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(route);
  app.post(route.path, requireRole('caseworker', 'legal'), async (c) => {
    const { registry, clock, newId, receiptKeys } = c.get('deps');
    if (!receiptKeys) return problem(503, 'This deployment has no receipt signing key, so it gives no verdicts.');
    const body = await validBody(c, EvaluationRequest);
    if (!body.ok) return body.response;
    const request = body.data;
    const role = c.get('role');
    const checked = check(request, registry, { role });
    if (!checked.ok) return problem(checked.status, checked.detail, checked.errors);
    const { outcome, selection } = checked;

    const evaluationId = newId();
    const evaluatedAt = clock().toISOString();
    const rulesets = evaluatedRulesets(checked);
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
    const unrecorded = await recordAnswered(c, { evaluationId, evaluatedAt, checked, receipt });
    if (unrecorded) return unrecorded;
    c.get('log')({
      event: 'evaluation',
      evaluationId,
      requestId: c.get('requestId'),
      time: evaluatedAt,
      municipality: request.municipality,
      role: role!,
      rulesets: rulesets.map(({ id, version }) => `${id}@${version}`),
      verdict: outcome.verdict,
      findings: findingIds,
      latencyMs: Math.round((performance.now() - c.get('receivedAt')) * 100) / 100,
    });
    const response: Evaluation = {
      evaluationId,
      evaluatedAt,
      verdict: outcome.verdict,
      language: outcome.language,
      ...(checked.whatIf.length > 0 ? { whatIf: true as const } : {}),
      rulesets,
      findings: withFixes(request, selection, outcome),
      wording: outcome.wording,
      receipt,
    };
    return c.json(response, 200);
  });
  return app;
}
