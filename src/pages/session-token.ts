import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { base64url as b64url } from 'jose';

/**
 * The pages' session: a signed, expiring token in the cookie instead of the API key. It names a
 * random session id, the hash of the key signed in with (so the role is looked up again on every
 * request, and a key taken out of the configuration ends its sessions) and an expiry, under an
 * HMAC-SHA256 with a secret only the service holds. Signing and checking need no shared memory, so
 * the same token works on Node and on the Worker, where isolates share nothing.
 *
 * Sign-out revokes the session id in `Sessions`, kept in memory until the token would expire anyway:
 * complete on Node (one process), per isolate on the Worker, where a stolen token stays valid
 * elsewhere until it expires (SESSION_SECONDS) — the browser's cookie is cleared either way.
 * Each session has its own CSRF token, derived from its id under the same secret, so the Worker
 * needs no store for those either.
 */

export const SESSION_SECONDS = 8 * 60 * 60;

export interface Session {
  id: string;
  /** sha256 (hex) of the API key signed in with: the key the role is looked up by. */
  keyHash: string;
  /** Seconds since the epoch. */
  expires: number;
}

const base64url = (bytes: Uint8Array) => b64url.encode(bytes);
const HEX64 = /^[0-9a-f]{64}$/;

export class Sessions {
  #secret: Uint8Array | undefined;
  /** Revoked session id → when its token expires (after which the signature check refuses it anyway). */
  readonly #revoked = new Map<string, number>();

  /**
   * `secret`: HJEMMEL_SESSION_SECRET; absent, a random one (sessions then end when the process does),
   * made at the first use: workerd forbids random values in a Worker's global scope, where the app is built.
   */
  constructor(secret: string | undefined) {
    this.#secret = secret === undefined ? undefined : utf8ToBytes(secret);
  }

  #mac(text: string): string {
    this.#secret ??= randomBytes(32);
    return base64url(hmac(sha256, this.#secret, utf8ToBytes(text)));
  }

  /** A new session for the key with hash `keyHash`, as the cookie's value. */
  issue(keyHash: string, now: Date): { token: string; session: Session } {
    const session: Session = { id: base64url(randomBytes(18)), keyHash, expires: Math.floor(now.getTime() / 1000) + SESSION_SECONDS };
    const body = `${session.id}.${session.keyHash}.${session.expires}`;
    return { token: `${body}.${this.#mac(`session.${body}`)}`, session };
  }

  /** The session a cookie value names, if its signature holds, it has not expired and was not revoked. */
  read(token: string | undefined, now: Date): Session | undefined {
    const parts = token?.split('.');
    if (parts?.length !== 4) return undefined;
    const [id, keyHash, expiresText, mac] = parts as [string, string, string, string];
    if (!/^[\w-]{24}$/.test(id) || !HEX64.test(keyHash) || !/^\d{1,12}$/.test(expiresText)) return undefined;
    if (!equal(mac, this.#mac(`session.${id}.${keyHash}.${expiresText}`))) return undefined;
    const expires = Number(expiresText);
    if (expires <= now.getTime() / 1000 || this.#revoked.has(id)) return undefined;
    return { id, keyHash, expires };
  }

  /** The CSRF token of a session, derived from its id under the same secret: what its forms carry in a hidden field. */
  csrfToken(session: Session): string {
    return this.#mac(`csrf.${session.id}`);
  }

  /** Whether `token` is the CSRF token of `session`. */
  checkCsrf(session: Session, token: string | undefined): boolean {
    return token !== undefined && equal(token, this.csrfToken(session));
  }

  /** Ends a session: its token is refused from now on. */
  revoke(session: Session, now: Date): void {
    const seconds = now.getTime() / 1000;
    for (const [id, expires] of this.#revoked) if (expires <= seconds) this.#revoked.delete(id);
    this.#revoked.set(session.id, session.expires);
  }
}

/** Compares two strings in time that does not depend on where they differ. */
function equal(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
