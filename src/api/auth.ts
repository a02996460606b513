import type { MiddlewareHandler } from 'hono';
import { sha256Hex } from '../rulesets/digest.ts';
import type { Role } from '../decision/access.ts';
import { problem } from './problem.ts';

/**
 * Roles by API key (`Authorization: Bearer <key>`). What each may do:
 *
 * | route                                   | caseworker      | legal | trainer |
 * | --------------------------------------- | --------------- | ----- | ------- |
 * | POST /v1/evaluations                    | versions in force | any version pinned (what-if), drafts too | – |
 * | GET /v1/rulesets, /v1/rulesets/{id}/{v} | published       | drafts too | –  |
 * | POST /v1/receipts/verify                | yes             | yes   | yes     |
 * | POST /v1/impact                         | –               | yes   | –       |
 * | pages /lab, /rulesets                   | published rules | drafts too | – |
 * | page /training and its scenarios        | yes             | yes   | yes     |
 * | page /training/trainer                  | –               | yes   | yes     |
 *
 * Public (no key): /healthz, /openapi.json, /docs, /.well-known/jwks.json.
 * Every other /v1 route needs a valid key of some role (authenticate), and each route names its
 * roles with requireRole(...). Keys are configured only as sha256 hashes and never logged.
 */
export { roles, type Role } from '../decision/access.ts';

/** sha256 hash (hex) of a key → its role. Undefined: no keys configured, so protected calls are refused. */
export type ApiKeys = ReadonlyMap<string, Role>;

/** The hex sha256 of an API key, as configured in HJEMMEL_API_KEYS. Same on Node and Workers. */
export function hashApiKey(key: string): string {
  return sha256Hex(key);
}

export type AuthEnv = { Variables: { role?: Role } };

/** The key of an `Authorization: Bearer <key>` header, or undefined if there is none of that form. */
export function bearerKey(header: string | undefined): string | undefined {
  return /^Bearer[ ]+([\x21-\x7e]{1,512})$/i.exec((header ?? '').trim())?.[1];
}

const unauthorized = (detail: string) => {
  const response = problem('unauthorized', detail, [{ header: 'Authorization', message: detail }]);
  response.headers.set('WWW-Authenticate', 'Bearer realm="hjemmel"');
  return response;
};

/**
 * Resolves the caller's role from the bearer key, or refuses: 503 when this deployment has no keys
 * (it must not run open), 401 for a missing or unknown key. Mounted on all of /v1, so a route added
 * without requireRole is still closed to strangers.
 */
export function authenticate(keys: ApiKeys | undefined): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next(); // CORS preflight carries no credentials
    if (!keys || keys.size === 0) return problem('not-configured', 'This deployment has no API keys configured, so it refuses protected calls.');
    const key = bearerKey(c.req.header('authorization'));
    if (!key) return unauthorized('Send an API key as "Authorization: Bearer <key>".');
    const role = keys.get(hashApiKey(key));
    if (!role) return unauthorized('The API key is not known.');
    c.set('role', role);
    return next();
  };
}

/** Lets the request on only for the given roles: 401 without a key, 403 for another role. */
export function requireRole(...allowed: Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const role = c.get('role');
    if (!role) return unauthorized('Send an API key as "Authorization: Bearer <key>".');
    if (!allowed.includes(role)) return problem('forbidden', `The role "${role}" may not do this; it needs ${allowed.map((r) => `"${r}"`).join(' or ')}.`);
    return next();
  };
}

/** The `security` entry routes list in the OpenAPI document, and the scheme it names. */
export const bearerSecurity = [{ apiKey: [] }];
export const bearerScheme = { type: 'http' as const, scheme: 'bearer', description: 'An API key. Roles: caseworker, legal, trainer (see the README, "Security").' };
