import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ReceiptClaims, RejectionReason, verifyReceipt } from '../../receipts/receipt.ts';
import { digestOf } from '../../rulesets/digest.ts';
import type { AppEnv } from '../env.ts';
import { bearerSecurity, requireRole, roles } from '../auth.ts';
import { validBody } from '../body.ts';
import { problem } from '../problem.ts';
import { problemResponses } from '../schemas.ts';

const VerifyRequest = z
  .strictObject({
    receipt: z.string().min(1).max(20000),
    request: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'The evaluation request as sent; if given, the answer says whether the receipt was issued for it.' }),
  })
  .meta({ id: 'VerifyReceiptRequest' });

const VerifyResponse = z
  .discriminatedUnion('valid', [
    z.object({
      valid: z.literal(true),
      kid: z.string().meta({ description: 'The key that signed it, as listed at /.well-known/jwks.json.' }),
      claims: ReceiptClaims,
      requestMatches: z.boolean().optional().meta({ description: 'Only when a request was sent: its digest equals the receipt’s requestDigest.' }),
    }),
    z.object({
      valid: z.literal(false),
      reason: RejectionReason.meta({
        description:
          'malformed: not a compact JWS; wrong-type: not a Hjemmel receipt (alg/typ); unknown-key: signed by a key this service does not hold (foreign); bad-signature: altered, or signed by another key under our kid; invalid-claims: signed, but not a receipt’s claims.',
      }),
      detail: z.string(),
    }),
  ])
  .meta({ id: 'VerifyReceiptResponse' });

const verify = createRoute({
  method: 'post',
  path: '/v1/receipts/verify',
  operationId: 'verifyReceipt',
  tags: ['Receipts'],
  summary: 'Check a receipt and say what it binds',
  description:
    'A receipt that fails the check is not an error of the call: the answer is 200 with valid: false and a reason. Problems (4xx) are for calls that are themselves wrong. Roles: caseworker, legal, trainer.',
  security: bearerSecurity,
  request: { body: { required: true, content: { 'application/json': { schema: VerifyRequest } } } },
  responses: {
    200: { description: 'Whether the receipt holds; if so, what it binds', content: { 'application/json': { schema: VerifyResponse } } },
    ...problemResponses(400, 401, 403, 413, 415, 422, 503),
  },
});

const Jwks = z
  .object({ keys: z.array(z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), kid: z.string(), alg: z.literal('EdDSA'), use: z.literal('sig') })) })
  .meta({ id: 'JWKS' });

const jwks = createRoute({
  method: 'get',
  path: '/.well-known/jwks.json',
  operationId: 'getReceiptKeys',
  tags: ['Receipts'],
  security: [],
  summary: 'The public keys receipts are signed with (JWKS), for offline verification',
  responses: {
    200: { description: 'The current signing key and any retired keys whose receipts still verify', content: { 'application/json': { schema: Jwks } } },
    ...problemResponses(503),
  },
});

const NO_KEY = 'This deployment has no receipt signing key configured.';

export function receiptRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(verify);
  app.post(verify.path, requireRole(...roles), async (c) => {
    const keys = c.get('deps').receiptKeys;
    if (!keys) return problem('not-configured', NO_KEY);
    const body = await validBody(c, VerifyRequest);
    if (!body.ok) return body.response;
    const { receipt, request } = body.data;
    const result = await verifyReceipt(keys, receipt);
    if (!result.valid || request === undefined) return c.json(result, 200);
    return c.json({ ...result, requestMatches: digestOf(request) === result.claims.requestDigest }, 200);
  });
  app.openapi(jwks, (c) => {
    const keys = c.get('deps').receiptKeys;
    if (!keys) return problem('not-configured', NO_KEY) as never;
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(keys.jwks as z.infer<typeof Jwks>, 200);
  });
  return app;
}
