import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { EvaluationRequest } from '../../decision/schema.ts';
import { EvaluationResponse, type EvaluationResponse as Evaluation } from '../../decision/result.ts';
import { withFixes } from '../../engine/fixes.ts';
import { checkRequest } from '../../decision/check.ts';
import type { AppEnv } from '../env.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import type { Context } from 'hono';
import { z } from 'zod';
import { jsonBody, validBody } from '../body.ts';
import { problem, PROBLEM_BASE, problemBody, problemResponse, type ProblemBody } from '../problem.ts';
import { signAndRecord } from '../record.ts';
import type { ReceiptKeys } from '../../receipts/keys.ts';
import { Problem, problemResponses } from '../schemas.ts';
import batchExampleResponse from '../../../fixtures/responses/batch-example.json' with { type: 'json' };
import contractExampleRequest from '../../../fixtures/requests/contract-example.json' with { type: 'json' };
import contractExampleResponse from '../../../fixtures/responses/contract-example.json' with { type: 'json' };

const route = createRoute({
  method: 'post',
  path: '/v1/evaluations',
  operationId: 'evaluate',
  tags: ['Evaluations'],
  summary: 'Evaluate a proposed decision',
  description:
    'Checks one proposed decision against the rulesets in force on decisionDate (or the pinned versions) and returns the verdict, findings (each with a title and verified suggested fixes), mandatory wording and a signed receipt. Roles: caseworker, legal. Pinning a version other than the one in force on decisionDate (a draft included) needs legal: 403 for any other role, with the ruleset, the pinned version and the version in force in detail and errors[]; legal gets the what-if evaluation, marked whatIf and rulesets[].pinned.',
  security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: EvaluationRequest, example: contractExampleRequest } } } },
  responses: {
    200: { description: 'The evaluation', content: { 'application/json': { schema: EvaluationResponse, example: contractExampleResponse } } },
    ...problemResponses(400, 401, 403, 404, 413, 415, 422, 500, 503),
  },
});

export const MAX_BATCH = 50;

/** What the batch call checks as a whole; each item is checked on its own, as a single call's body. */
const BatchEnvelope = z.strictObject({ requests: z.array(z.unknown()).min(1).max(MAX_BATCH) });

/** The batch body as the OpenAPI document describes it: the items are evaluation requests. */
const BatchRequest = z
  .strictObject({ requests: z.array(EvaluationRequest).min(1).max(MAX_BATCH) })
  .meta({ id: 'BatchEvaluationRequest', description: `1 to ${MAX_BATCH} evaluation requests, each as POST /v1/evaluations takes it.` });

const BatchResponse = z
  .object({
    results: z.array(
      z.union([
        z.object({ status: z.literal(200), evaluation: EvaluationResponse }),
        z.object({ status: z.number().int().meta({ description: 'The status the item would have had alone (403, 404, 422).' }), problem: Problem }),
      ]),
    ),
  })
  .meta({ id: 'BatchEvaluationResponse', description: 'One result per request, in the same order.' });

/** The batch example: the contract example, then the same with an impossible date. */
export const batchExampleRequest = { requests: [contractExampleRequest, { ...contractExampleRequest, decisionDate: '2026-13-01' }] };

const batchRoute = createRoute({
  method: 'post',
  path: '/v1/evaluations/batch',
  operationId: 'evaluateBatch',
  tags: ['Evaluations'],
  summary: `Evaluate up to ${MAX_BATCH} proposed decisions in one call`,
  description:
    `Each item is evaluated, or refused, on its own, exactly as POST /v1/evaluations would answer it alone, with its own evaluationId and receipt; the answer is 200 with one result per item, in order. ` +
    'A refused item has the status it would have had alone and its problem (instance names the item: /v1/evaluations/batch#/requests/3). ' +
    'The whole call is refused only when the envelope is wrong (not JSON, no requests, more than 50), the body is over the size limit, or it holds personal data anywhere. Roles: caseworker, legal; an item pinning a version other than the one in force on its decisionDate needs legal, as a single call does (403 pin-needs-legal for that item).',
  security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: BatchRequest, example: batchExampleRequest } } } },
  responses: {
    200: { description: 'One result per request, in order', content: { 'application/json': { schema: BatchResponse, example: batchExampleResponse } } },
    ...problemResponses(400, 401, 403, 413, 415, 422, 500, 503),
  },
});

type Answer = { status: 200; evaluation: Evaluation } | { status: number; problem: ProblemBody };

/**
 * One evaluation request, as sent (plain JSON), checked and answered: checkRequest (validation,
 * selection, the pin permission, evaluation: the one check path of every face), then signed and
 * written to the decision record (signAndRecord, which the lab uses too). The
 * single call and each item of a batch go through here, so an item is refused or answered exactly
 * as the same request sent alone would be.
 */
async function answer(c: Context<AppEnv>, raw: unknown, receiptKeys: ReceiptKeys): Promise<Answer> {
  const { registry, metrics } = c.get('deps');
  const role = c.get('role');
  const checked = checkRequest(raw, registry, { role });
  if (!checked.ok) {
    const problem = problemBody(checked.cause, checked.detail, checked.errors);
    return { status: problem.status, problem };
  }
  const { request, outcome, selection } = checked;
  const signed = await signAndRecord(c, raw, checked, receiptKeys);
  if (!signed.ok) return { status: signed.problem.status, problem: signed.problem };
  const { evaluationId, evaluatedAt, rulesets, receipt } = signed;
  const findingIds = outcome.findings.map((f) => f.rule);
  const [national, layer] = rulesets.map(({ id, version }) => `${id}@${version}`);
  c.get('log')({
    event: 'evaluation',
    evaluationId,
    requestId: c.get('requestId'),
    traceId: c.get('trace').traceId,
    evaluatedAt,
    municipality: request.municipality,
    role: role!,
    rulesets: [national!, ...(layer ? [layer] : [])],
    verdict: outcome.verdict,
    findings: findingIds,
    latencyMs: Math.round((performance.now() - c.get('receivedAt')) * 100) / 100,
  });
  metrics?.evaluation(outcome.verdict, national!, layer, outcome.findings);
  const evaluation: Evaluation = {
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
  return { status: 200, evaluation };
}

const NO_RECEIPT_KEY = 'This deployment has no receipt signing key, so it gives no verdicts.';

export function evaluationRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(route);
  app.openAPIRegistry.registerPath(batchRoute);
  app.post(route.path, requireRole('caseworker', 'legal'), async (c) => {
    const { receiptKeys } = c.get('deps');
    if (!receiptKeys) return problem('not-configured', NO_RECEIPT_KEY);
    const body = await jsonBody(c);
    if (!body.ok) return body.response;
    const result = await answer(c, body.data, receiptKeys);
    return 'evaluation' in result ? c.json(result.evaluation, 200) : problemResponse(result.problem);
  });
  app.post(batchRoute.path, requireRole('caseworker', 'legal'), async (c) => {
    const { receiptKeys, metrics } = c.get('deps');
    if (!receiptKeys) return problem('not-configured', NO_RECEIPT_KEY);
    const body = await validBody(c, BatchEnvelope);
    if (!body.ok) return body.response;
    const results: Answer[] = [];
    // One after another: each item is a whole evaluation, and a batch must not hog the process.
    for (const [i, item] of body.data.requests.entries()) {
      const result = await answer(c, item, receiptKeys);
      if ('problem' in result) {
        result.problem = { ...result.problem, instance: `${batchRoute.path}#/requests/${i}`, requestId: c.get('requestId') };
        const reason = result.problem.type.slice(PROBLEM_BASE.length);
        c.get('log')({ event: 'refusal', requestId: c.get('requestId'), traceId: c.get('trace').traceId, method: 'POST', route: batchRoute.path, item: i, status: result.status, problem: reason });
        metrics?.refusal(result.status, reason);
      }
      results.push(result);
    }
    return c.json({ results }, 200);
  });
  return app;
}
