import type { JWK } from 'jose';
import { roles, type ApiKeys, type Role } from './auth.ts';

/**
 * The security settings every face reads from its environment (process.env on Node; vars and
 * secrets on the Worker). Parsing only: no I/O, no key generation, the same on both runtimes.
 * An error names the variable, never its value.
 *
 * - HJEMMEL_API_KEYS: `role:sha256hex` entries separated by commas or whitespace, e.g.
 *   `caseworker:9f86…,legal:60303…`. The hex is the sha256 of the key (`npm run keygen -- api caseworker`).
 * - HJEMMEL_RECEIPT_KEY: the private Ed25519 JWK (JSON) receipts are signed with (`npm run keygen -- receipt`).
 * - HJEMMEL_RECEIPT_RETIRED_KEYS: optional JSON array of public JWKs of earlier signing keys, still verified.
 * - HJEMMEL_CORS_ORIGINS: origins allowed to call from a browser, comma-separated; none by default.
 * - HJEMMEL_SESSION_SECRET: at least 32 characters the pages' sessions are signed with. Unset: a
 *   random one per process (Node: sessions end on restart) or per isolate (Worker: set it there).
 * - HJEMMEL_HTTPS: `true` when browsers reach the deployment over https (a proxy ends TLS): session
 *   cookies are then Secure.
 * - HJEMMEL_TRUSTED_PROXIES: addresses of proxies whose X-Forwarded-Proto is believed, comma-separated.
 * - HJEMMEL_MODE: `production` or `development`. Default: production when NODE_ENV=production, else
 *   development. Only in development may the Node face generate keys that are missing; in
 *   production a missing key means protected calls are refused (503).
 */

export type Env = Readonly<Record<string, string | undefined>>;

export interface SecurityConfig {
  mode: 'development' | 'production';
  /** Undefined when none are configured. */
  apiKeys: ApiKeys | undefined;
  /** Undefined when none is configured. */
  receiptKey: JWK | undefined;
  retiredReceiptKeys: JWK[];
  corsOrigins: string[];
  sessionSecret: string | undefined;
  https: boolean;
  trustedProxies: string[];
}

export class ConfigError extends Error {}

function parseApiKeys(text: string): ApiKeys {
  const keys = new Map<string, Role>();
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const [role, hash, ...rest] = entry.split(':');
    if (!roles.includes(role as Role) || rest.length > 0) {
      throw new ConfigError(`HJEMMEL_API_KEYS: an entry does not start with a role (${roles.join(', ')}) followed by ":"`);
    }
    if (!/^[0-9a-f]{64}$/i.test(hash ?? '')) throw new ConfigError(`HJEMMEL_API_KEYS: a ${role} entry is not "${role}:<sha256 of the key, 64 hex digits>"`);
    keys.set(hash!.toLowerCase(), role as Role);
  }
  if (keys.size === 0) throw new ConfigError('HJEMMEL_API_KEYS is set but holds no keys');
  return keys;
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError(`${name} is not valid JSON`);
  }
}

function parseOrigins(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((origin) => {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        throw new ConfigError(`HJEMMEL_CORS_ORIGINS: "${origin}" is not an origin such as https://example.kommune.no`);
      }
      if (url.origin !== origin) throw new ConfigError(`HJEMMEL_CORS_ORIGINS: "${origin}" is not an origin; write ${url.origin}`);
      return origin;
    });
}

export function parseSecurityConfig(env: Env): SecurityConfig {
  const modeText = env.HJEMMEL_MODE ?? (env.NODE_ENV === 'production' ? 'production' : 'development');
  if (modeText !== 'production' && modeText !== 'development') throw new ConfigError('HJEMMEL_MODE must be "production" or "development"');

  const receiptKey = env.HJEMMEL_RECEIPT_KEY ? parseJson('HJEMMEL_RECEIPT_KEY', env.HJEMMEL_RECEIPT_KEY) : undefined;
  if (receiptKey !== undefined && (typeof receiptKey !== 'object' || receiptKey === null || Array.isArray(receiptKey))) {
    throw new ConfigError('HJEMMEL_RECEIPT_KEY must be a JWK object');
  }
  const retired = env.HJEMMEL_RECEIPT_RETIRED_KEYS ? parseJson('HJEMMEL_RECEIPT_RETIRED_KEYS', env.HJEMMEL_RECEIPT_RETIRED_KEYS) : [];
  if (!Array.isArray(retired)) throw new ConfigError('HJEMMEL_RECEIPT_RETIRED_KEYS must be a JSON array of JWKs');

  const secret = env.HJEMMEL_SESSION_SECRET;
  if (secret !== undefined && secret.length < 32) throw new ConfigError('HJEMMEL_SESSION_SECRET must be at least 32 characters (npm run keygen -- session)');
  const https = env.HJEMMEL_HTTPS ?? 'false';
  if (https !== 'true' && https !== 'false') throw new ConfigError('HJEMMEL_HTTPS must be "true" or "false"');

  return {
    mode: modeText,
    sessionSecret: secret,
    https: https === 'true',
    trustedProxies: (env.HJEMMEL_TRUSTED_PROXIES ?? '').split(/[\s,]+/).filter(Boolean),
    apiKeys: env.HJEMMEL_API_KEYS?.trim() ? parseApiKeys(env.HJEMMEL_API_KEYS) : undefined,
    receiptKey: receiptKey as JWK | undefined,
    retiredReceiptKeys: retired as JWK[],
    corsOrigins: env.HJEMMEL_CORS_ORIGINS ? parseOrigins(env.HJEMMEL_CORS_ORIGINS) : [],
  };
}
