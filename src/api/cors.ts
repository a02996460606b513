import type { MiddlewareHandler } from 'hono';

/**
 * CORS for the origins this deployment names. Written here rather than taken from hono/cors:
 * that middleware sets headers on `c.res` before the route runs and appends `Vary` through
 * `c.header` after it, and on the Node adapter each of those turns the finished response into a
 * stream-backed one, which cost more than the whole evaluation. This one sets every header once,
 * on the finished response.
 */
export interface CorsPolicy {
  /** The value for Access-Control-Allow-Origin, or null for none. */
  allowOrigin: (origin: string, path: string) => string | null;
  allowMethods: readonly string[];
  allowHeaders: readonly string[];
  exposeHeaders: readonly string[];
  maxAgeSeconds: number;
}

export function cors(policy: CorsPolicy): MiddlewareHandler {
  const methods = policy.allowMethods.join(',');
  const allowHeaders = policy.allowHeaders.join(',');
  const exposeHeaders = policy.exposeHeaders.join(',');
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin === undefined ? null : policy.allowOrigin(origin, c.req.path);
    if (c.req.method === 'OPTIONS') {
      // A preflight is answered here, before any key check: browsers send it without credentials.
      const headers = new Headers({ Vary: 'Origin, Access-Control-Request-Headers' });
      if (allowed) {
        headers.set('Access-Control-Allow-Origin', allowed);
        headers.set('Access-Control-Allow-Methods', methods);
        headers.set('Access-Control-Allow-Headers', allowHeaders);
        headers.set('Access-Control-Expose-Headers', exposeHeaders);
        headers.set('Access-Control-Max-Age', String(policy.maxAgeSeconds));
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    const headers = c.res.headers;
    headers.append('Vary', 'Origin');
    if (allowed) {
      headers.set('Access-Control-Allow-Origin', allowed);
      headers.set('Access-Control-Expose-Headers', exposeHeaders);
    }
  };
}
