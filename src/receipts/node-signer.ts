import { createPrivateKey, sign, type JsonWebKey } from 'node:crypto';
import type { JWK } from 'jose';
import type { ReceiptKeys } from './keys.ts';

/**
 * Adds node:crypto's synchronous Ed25519 signer over the same private key (ReceiptKeys.signNow).
 * Node only: the Worker signs through Web Crypto. The receipts are the same compact JWS either way.
 */
export function withNodeSigner(keys: ReceiptKeys, signing: JWK): ReceiptKeys {
  const privateKey = createPrivateKey({ key: signing as JsonWebKey, format: 'jwk' });
  return Object.freeze({ ...keys, signNow: (signingInput: Uint8Array) => new Uint8Array(sign(null, signingInput, privateKey)) });
}
