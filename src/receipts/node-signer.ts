import { createPrivateKey, sign, type JsonWebKey } from 'node:crypto';
import type { JWK } from 'jose';
import type { ReceiptKeys } from './keys.ts';

/**
 * Adds a synchronous compact-JWS signer over the same private key (ReceiptKeys.signCompact), with
 * node:crypto's Ed25519 and Buffer's base64url. Node only: the Worker signs through jose and Web
 * Crypto. The receipts are the same bytes either way: base64url(header).base64url(claims).base64url(signature),
 * each part the JSON text of its object (test/receipts checks a Node receipt with jose).
 */
export function withNodeSigner(keys: ReceiptKeys, signing: JWK): ReceiptKeys {
  const privateKey = createPrivateKey({ key: signing as JsonWebKey, format: 'jwk' });
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return Object.freeze({
    ...keys,
    signCompact: (protectedHeader: object, claims: object) => {
      // The signing input is base64url text, so latin1 is its exact bytes.
      const signingInput = `${encode(protectedHeader)}.${encode(claims)}`;
      return `${signingInput}.${sign(null, Buffer.from(signingInput, 'latin1'), privateKey).toString('base64url')}`;
    },
  });
}
