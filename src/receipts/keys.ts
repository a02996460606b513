import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/**
 * The Ed25519 keys receipts are signed and verified with. Web Crypto through `jose` only, so the
 * same code runs on Node and Workers. The private key comes from configuration (a JWK); retired
 * public keys stay listed so that receipts signed before a key rotation still verify.
 */

export const RECEIPT_ALG = 'EdDSA';

export interface ReceiptKeys {
  /** Key id of the signing key, in every receipt's header and in the JWKS. */
  readonly kid: string;
  readonly signingKey: CryptoKey;
  /** kid → public key, the signing key's own included. */
  readonly verifyKeys: ReadonlyMap<string, CryptoKey>;
  /** The public keys as served at /.well-known/jwks.json. */
  readonly jwks: { keys: JWK[] };
  /**
   * A synchronous signer over the same private key that writes the whole compact JWS, when the
   * face has one (Node: node:crypto and Buffer's base64url). Web Crypto signs through a thread
   * pool, which roughly doubles the latency of an evaluation on Node, and jose's portable base64
   * cost twice the signature itself; the Worker has neither fast path and uses jose.
   */
  readonly signCompact?: (protectedHeader: object, claims: object) => string;
}

export class ReceiptKeyError extends Error {}

const publicPart = ({ kty, crv, x }: JWK, kid: string): JWK => ({ kty, crv, x, kid, alg: RECEIPT_ALG, use: 'sig' });

async function kidOf(jwk: JWK): Promise<string> {
  return jwk.kid ?? (await calculateJwkThumbprint({ kty: jwk.kty!, crv: jwk.crv!, x: jwk.x! }));
}

function checkEd25519(jwk: JWK, what: string, needPrivate: boolean): void {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new ReceiptKeyError(`${what} is not an Ed25519 JWK (kty OKP, crv Ed25519)`);
  if (needPrivate && typeof jwk.d !== 'string') throw new ReceiptKeyError(`${what} has no private part (d)`);
}

/** Imports the signing key (a private Ed25519 JWK) and any retired public keys. */
export async function loadReceiptKeys(signing: JWK, retired: readonly JWK[] = []): Promise<ReceiptKeys> {
  checkEd25519(signing, 'the receipt signing key', true);
  const kid = await kidOf(signing);
  const signingKey = (await importJWK({ ...signing, alg: RECEIPT_ALG }, RECEIPT_ALG)) as CryptoKey;
  const verifyKeys = new Map<string, CryptoKey>();
  const published: JWK[] = [];
  for (const [i, jwk] of [signing, ...retired].entries()) {
    checkEd25519(jwk, i === 0 ? 'the receipt signing key' : `retired receipt key ${i}`, false);
    const id = i === 0 ? kid : await kidOf(jwk);
    if (verifyKeys.has(id)) continue;
    const pub = publicPart(jwk, id);
    verifyKeys.set(id, (await importJWK(pub, RECEIPT_ALG)) as CryptoKey);
    published.push(pub);
  }
  return Object.freeze({ kid, signingKey, verifyKeys, jwks: { keys: published } });
}

/** A fresh private signing key as a JWK with its thumbprint as kid: for development runs and for `npm run keygen`. */
export async function generateReceiptKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(RECEIPT_ALG, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await kidOf(jwk), alg: RECEIPT_ALG, use: 'sig' };
}
