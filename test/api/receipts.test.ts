import { base64url, createLocalJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateReceiptKey, loadReceiptKeys } from '../../src/receipts/keys.ts';
import { RECEIPT_TYPE, signReceipt } from '../../src/receipts/receipt.ts';
import { digestOf } from '../../src/rulesets/digest.ts';
import { as, baseRequest, get, post, testApp, testReceiptKeys } from '../helpers.ts';

const app = testApp();

async function evaluation(name = 'contract-example') {
  const request = baseRequest(name);
  const response = await post(app, '/v1/evaluations', request);
  expect(response.status).toBe(200);
  return { request, body: (await response.json()) as any };
}

async function verify(receipt: unknown, request?: unknown) {
  const response = await post(app, '/v1/receipts/verify', request === undefined ? { receipt } : { receipt, request });
  return { status: response.status, body: (await response.json()) as any };
}

const [header, payload, signature] = ['header', 'payload', 'signature'].map((_, i) => (token: string) => token.split('.')[i]!);
const claimsOf = (token: string) => JSON.parse(new TextDecoder().decode(base64url.decode(payload!(token))));

describe('receipts', () => {
  it('round trip: the receipt binds the evaluation id and time, request digest, ruleset digests, verdict and finding rule ids', async () => {
    const { request, body } = await evaluation();
    const { status, body: result } = await verify(body.receipt);
    expect(status).toBe(200);
    expect(result.valid).toBe(true);
    expect(result.kid).toBe(testReceiptKeys.kid);
    expect(result.claims).toEqual({
      iss: 'hjemmel',
      iat: Math.floor(Date.parse(body.evaluatedAt) / 1000),
      evaluationId: body.evaluationId,
      evaluatedAt: body.evaluatedAt,
      requestDigest: digestOf(request),
      rulesets: body.rulesets.map(({ id, version, digest }: any) => ({ id, version, digest })),
      verdict: 'blocked',
      findings: body.findings.map((f: any) => f.rule),
    });
    expect(result.claims.findings).toContain('bpa.right-from-32-hours');
  });

  it('says whether a request is the one the receipt was issued for, whatever its key order', async () => {
    const { request, body } = await evaluation('clear-grant');
    const reordered = Object.fromEntries(Object.entries(request).reverse());
    expect((await verify(body.receipt, reordered)).body).toMatchObject({ valid: true, requestMatches: true });
    const other = { ...request, applicant: { age: request.applicant.age + 1 } };
    expect((await verify(body.receipt, other)).body).toMatchObject({ valid: true, requestMatches: false });
  });

  it('verifies offline with nothing but the public JWKS (no private part served)', async () => {
    const { body } = await evaluation();
    const response = await get(app, '/.well-known/jwks.json', as(null));
    expect(response.status).toBe(200);
    const jwks = (await response.json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: testReceiptKeys.kid });
    expect(jwks.keys[0]!.d).toBeUndefined();
    const { payload: claims, protectedHeader } = await jwtVerify(body.receipt, createLocalJWKSet(jwks as any), { typ: RECEIPT_TYPE });
    expect(protectedHeader.kid).toBe(testReceiptKeys.kid);
    expect(claims.evaluationId).toBe(body.evaluationId);
  });

  it('rejects a tampered payload: the verdict changed to clear', async () => {
    const { body } = await evaluation();
    const claims = { ...claimsOf(body.receipt), verdict: 'clear' };
    const tampered = `${header!(body.receipt)}.${base64url.encode(JSON.stringify(claims))}.${signature!(body.receipt)}`;
    expect((await verify(tampered)).body).toMatchObject({ valid: false, reason: 'bad-signature', detail: expect.stringMatching(/altered/) });
  });

  it('rejects a tampered signature', async () => {
    const { body } = await evaluation();
    const sig = base64url.decode(signature!(body.receipt));
    sig[10] = sig[10]! ^ 0x01;
    const tampered = `${header!(body.receipt)}.${payload!(body.receipt)}.${base64url.encode(sig)}`;
    expect((await verify(tampered)).body).toMatchObject({ valid: false, reason: 'bad-signature' });
  });

  it('accepts canonical base64url only: altered padding bits in a last character, or surrounding spaces, are malformed', async () => {
    const { body } = await evaluation();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sig = signature!(body.receipt);
    expect(sig.length % 4).toBe(2); // 64 bytes: the last character carries 4 padding bits
    const last = alphabet.indexOf(sig.at(-1)!);
    for (const bit of [1, 2, 4, 8]) {
      const altered = `${header!(body.receipt)}.${payload!(body.receipt)}.${sig.slice(0, -1)}${alphabet[last ^ bit]}`;
      expect(base64url.decode(signature!(altered))).toEqual(base64url.decode(sig)); // the same bytes, written another way
      expect((await verify(altered)).body).toMatchObject({ valid: false, reason: 'malformed' });
    }
    for (const padded of [` ${body.receipt}`, `${body.receipt} `, `${body.receipt}\n`, `${body.receipt}=`]) {
      expect((await verify(padded)).body).toMatchObject({ valid: false, reason: 'malformed' });
    }
    expect((await verify(body.receipt)).body.valid).toBe(true);
  });

  it('rejects a receipt signed with a foreign key, under its own kid or under ours', async () => {
    const { body } = await evaluation();
    const foreign = await loadReceiptKeys(await generateReceiptKey());
    const content = claimsOf(body.receipt);
    const own = await signReceipt(foreign, content);
    expect((await verify(own)).body).toMatchObject({ valid: false, reason: 'unknown-key', detail: expect.stringMatching(/not issued here/) });
    const forged = await new SignJWT(content).setProtectedHeader({ alg: 'EdDSA', typ: RECEIPT_TYPE, kid: testReceiptKeys.kid }).sign(foreign.signingKey);
    expect((await verify(forged)).body).toMatchObject({ valid: false, reason: 'bad-signature' });
  });

  it('rejects what is not a receipt: garbage, an unsigned token, a JWT of another type', async () => {
    const { body } = await evaluation();
    expect((await verify('not-a-receipt')).body).toMatchObject({ valid: false, reason: 'malformed' });
    const unsigned = new UnsecuredJWT(claimsOf(body.receipt)).encode();
    expect((await verify(unsigned)).body).toMatchObject({ valid: false, reason: 'wrong-type' });
    const otherType = await new SignJWT(claimsOf(body.receipt)).setProtectedHeader({ alg: 'EdDSA', kid: testReceiptKeys.kid }).sign(testReceiptKeys.signingKey);
    expect((await verify(otherType)).body).toMatchObject({ valid: false, reason: 'wrong-type' });
    const wrongClaims = await signReceipt(testReceiptKeys, { ...claimsOf(body.receipt), verdict: 'maybe' });
    expect((await verify(wrongClaims)).body).toMatchObject({ valid: false, reason: 'invalid-claims' });
  });

  it('answers a call that is itself wrong with a problem, not valid: false', async () => {
    const { status, body } = await verify(42);
    expect(status).toBe(422);
    expect(body.errors).toContainEqual(expect.objectContaining({ path: 'receipt' }));
  });

  it('still verifies receipts of a retired key after rotation, and serves both keys', async () => {
    const oldKey = await generateReceiptKey();
    const old = await loadReceiptKeys(oldKey);
    const { body } = await evaluation();
    const oldReceipt = await signReceipt(old, claimsOf(body.receipt));
    const { x, kty, crv, kid } = oldKey;
    const rotated = testApp(undefined, undefined, { receiptKeys: await loadReceiptKeys(await generateReceiptKey(), [{ kty, crv, x, kid }]) });
    const result = (await (await post(rotated, '/v1/receipts/verify', { receipt: oldReceipt })).json()) as any;
    expect(result).toMatchObject({ valid: true, kid: old.kid });
    const fresh = (await (await post(rotated, '/v1/evaluations', baseRequest('clear-grant'))).json()) as any;
    expect(decodeProtectedHeader(fresh.receipt).kid).not.toBe(old.kid);
    const jwks = (await (await get(rotated, '/.well-known/jwks.json')).json()) as any;
    expect(jwks.keys.map((k: any) => k.kid)).toEqual([decodeProtectedHeader(fresh.receipt).kid, old.kid]);
  });

  it('without a signing key, gives no verdict: 503 problem', async () => {
    const unsigned = testApp(undefined, undefined, { receiptKeys: undefined });
    const response = await post(unsigned, '/v1/evaluations', baseRequest('clear-grant'));
    expect(response.status).toBe(503);
    expect(((await response.json()) as any).verdict).toBeUndefined();
    expect((await get(unsigned, '/.well-known/jwks.json')).status).toBe(503);
  });
});
