import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateReceiptKey, loadReceiptKeys } from '../../src/receipts/keys.ts';
import { withNodeSigner } from '../../src/receipts/node-signer.ts';
import { signReceipt, verifyReceipt, type ReceiptContent } from '../../src/receipts/receipt.ts';

// The Node face signs receipts with node:crypto (synchronous); the Worker with Web Crypto through
// jose. Both must give receipts that either side verifies, and tampering must still be caught.
const content: ReceiptContent = {
  evaluationId: 'ev_signer',
  evaluatedAt: '2026-11-24T10:15:00.000Z',
  requestDigest: `sha256-${'ab'.repeat(32)}`,
  rulesets: [{ id: 'no-national', version: '2025.1.0', digest: `sha256-${'cd'.repeat(32)}` }],
  verdict: 'blocked',
  findings: ['bpa.right-from-32-hours', 'appeal.deadline-statutory'],
};

describe('receipts signed with node:crypto', () => {
  it('verify like receipts signed through Web Crypto, with the same header and claims', async () => {
    const jwk = await generateReceiptKey();
    const webCrypto = await loadReceiptKeys(jwk);
    const nodeSigned = withNodeSigner(webCrypto, jwk);
    const fast = await signReceipt(nodeSigned, content);
    const slow = await signReceipt(webCrypto, content);
    for (const keys of [webCrypto, nodeSigned]) {
      expect(await verifyReceipt(keys, fast)).toMatchObject({ valid: true, kid: webCrypto.kid, claims: { ...content, iss: 'hjemmel' } });
      expect(await verifyReceipt(keys, slow)).toMatchObject({ valid: true });
    }
    // Ed25519 is deterministic: the same key over the same header and claims gives the same signature.
    expect(fast).toBe(slow);
  });

  it('are refused when the claims are changed after signing', async () => {
    const jwk = await generateReceiptKey();
    const keys = withNodeSigner(await loadReceiptKeys(jwk), jwk);
    const [header, payload, signature] = (await signReceipt(keys, content)).split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!)));
    const forged = `${header}.${base64url.encode(JSON.stringify({ ...claims, verdict: 'clear' }))}.${signature}`;
    expect(await verifyReceipt(keys, forged)).toMatchObject({ valid: false, reason: 'bad-signature' });
  });
});
