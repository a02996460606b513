import { decodeProtectedHeader, errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { Verdict } from '../decision/result.ts';
import { RECEIPT_ALG, type ReceiptKeys } from './keys.ts';

/**
 * A receipt proves later what an evaluation said: a compact JWS (a JWT, EdDSA over Ed25519) whose
 * claims bind the evaluation id and time, the sha256 of the request's canonical JSON (RFC 8785),
 * every ruleset version with its digest, the verdict and the rule ids of the findings. It never holds
 * the request itself. Anyone with the public key (/.well-known/jwks.json) can check one offline.
 */

export const RECEIPT_TYPE = 'hjemmel-receipt+jwt';
export const RECEIPT_ISSUER = 'hjemmel';

const sha256Digest = z.string().regex(/^sha256-[0-9a-f]{64}$/);

export const ReceiptClaims = z
  .object({
    iss: z.literal(RECEIPT_ISSUER),
    iat: z.number().int().meta({ description: 'evaluatedAt in seconds since the epoch (JWT issued-at).' }),
    evaluationId: z.string(),
    evaluatedAt: z.string(),
    requestDigest: sha256Digest.meta({ description: 'sha256-<hex> of the request body as sent, in RFC 8785 canonical JSON.' }),
    rulesets: z.array(z.object({ id: z.string(), version: z.string(), digest: sha256Digest })),
    verdict: Verdict,
    findings: z.array(z.string()).meta({ description: 'Rule id of each finding, in the order of findings[] (a rule that fired on two service lines is listed twice).' }),
  })
  .meta({ id: 'ReceiptClaims' });
export type ReceiptClaims = z.infer<typeof ReceiptClaims>;

/** What a receipt binds, before signing (iss and iat are added from it). */
export type ReceiptContent = Omit<ReceiptClaims, 'iss' | 'iat'>;

export async function signReceipt(keys: ReceiptKeys, content: ReceiptContent): Promise<string> {
  const claims: ReceiptClaims = { iss: RECEIPT_ISSUER, iat: Math.floor(Date.parse(content.evaluatedAt) / 1000), ...content };
  const header = { alg: RECEIPT_ALG, typ: RECEIPT_TYPE, kid: keys.kid };
  if (keys.signCompact) return keys.signCompact(header, claims);
  return new SignJWT(claims).setProtectedHeader(header).sign(keys.signingKey);
}

/** Why a receipt was not accepted: stable codes for machines, with a sentence for people. */
export const RejectionReason = z.enum(['malformed', 'wrong-type', 'unknown-key', 'bad-signature', 'invalid-claims']);
export type RejectionReason = z.infer<typeof RejectionReason>;

export type Verification =
  | { valid: true; kid: string; claims: ReceiptClaims }
  | { valid: false; reason: RejectionReason; detail: string };

const reject = (reason: RejectionReason, detail: string): Verification => ({ valid: false, reason, detail });

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Whether `part` is base64url as an encoder writes it: the alphabet only, no padding, and zero in
 * the unused low bits of the last character. Decoders ignore those bits, so without this check one
 * receipt could be written several ways, all verifying.
 */
function canonicalBase64url(part: string): boolean {
  if (!/^[A-Za-z0-9_-]*$/.test(part) || part.length % 4 === 1) return false;
  if (part === '') return true; // an unsigned token's signature: refused later as the wrong type
  const last = BASE64URL.indexOf(part.at(-1)!);
  const unusedBits = { 0: 0, 2: 4, 3: 2 }[part.length % 4 as 0 | 2 | 3];
  return (last & ((1 << unusedBits) - 1)) === 0;
}

/** Checks a receipt against this service's keys, saying plainly why one is refused. */
export async function verifyReceipt(keys: ReceiptKeys, token: string): Promise<Verification> {
  let header;
  try {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts.every(canonicalBase64url)) throw new Error('not three canonical base64url parts');
    header = decodeProtectedHeader(token);
  } catch {
    return reject('malformed', 'This is not a compact JWS (three canonical base64url parts separated by dots, nothing around them).');
  }
  if (header.alg !== RECEIPT_ALG || header.typ !== RECEIPT_TYPE) {
    return reject('wrong-type', `This is not a Hjemmel receipt: it must have alg ${RECEIPT_ALG} and typ ${RECEIPT_TYPE}.`);
  }
  const key = typeof header.kid === 'string' ? keys.verifyKeys.get(header.kid) : undefined;
  if (!key) return reject('unknown-key', 'The receipt was signed with a key this service does not hold (kid unknown): it was not issued here.');
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key, { algorithms: [RECEIPT_ALG], typ: RECEIPT_TYPE, issuer: RECEIPT_ISSUER }));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return reject('bad-signature', 'The signature does not match the content: the receipt was altered after it was issued, or signed with another key.');
    }
    if (error instanceof errors.JWTClaimValidationFailed) return reject('invalid-claims', 'The receipt’s claims are not those of a Hjemmel receipt.');
    return reject('malformed', 'The receipt could not be decoded.');
  }
  const claims = ReceiptClaims.safeParse(payload);
  if (!claims.success) return reject('invalid-claims', 'The signature holds, but the claims are not those of a Hjemmel receipt.');
  return { valid: true, kid: header.kid as string, claims: claims.data };
}
