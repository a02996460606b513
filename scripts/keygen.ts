/**
 * `npm run keygen -- api <role>`: a new API key for a role, and the HJEMMEL_API_KEYS entry (its hash).
 * `npm run keygen -- receipt`: a new Ed25519 receipt signing key (private JWK) for HJEMMEL_RECEIPT_KEY.
 * `npm run keygen -- session`: a new secret for HJEMMEL_SESSION_SECRET (the pages' sessions).
 * Prints to the terminal only; nothing is stored.
 */
import { randomBytes } from 'node:crypto';
import { hashApiKey, roles, type Role } from '../src/api/auth.ts';
import { generateReceiptKey } from '../src/receipts/keys.ts';

const [what, role] = process.argv.slice(2);

if (what === 'api' && roles.includes(role as Role)) {
  const key = `hj_${role}_${randomBytes(24).toString('base64url')}`;
  console.log(`API key for the ${role} role (give it to the client; it is shown only now):\n  ${key}`);
  console.log(`Entry for HJEMMEL_API_KEYS (comma-separate several):\n  ${role}:${hashApiKey(key)}`);
} else if (what === 'receipt') {
  const jwk = await generateReceiptKey();
  const { d: _private, ...publicJwk } = jwk;
  console.log(`HJEMMEL_RECEIPT_KEY (a secret: on the Worker, \`wrangler secret put HJEMMEL_RECEIPT_KEY\`):\n  ${JSON.stringify(jwk)}`);
  console.log(`Its public key (served at /.well-known/jwks.json; keep it in HJEMMEL_RECEIPT_RETIRED_KEYS after rotating):\n  ${JSON.stringify(publicJwk)}`);
} else if (what === 'session') {
  console.log(`HJEMMEL_SESSION_SECRET (a secret: on the Worker, \`wrangler secret put HJEMMEL_SESSION_SECRET\`):\n  ${randomBytes(32).toString('base64url')}`);
} else {
  console.error(`usage: npm run keygen -- api <${roles.join('|')}>   |   npm run keygen -- receipt   |   npm run keygen -- session`);
  process.exit(2);
}
