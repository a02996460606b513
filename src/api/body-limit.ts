import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as streamingLimit } from 'hono/body-limit';

/**
 * Refuses a body larger than `maxBytes`. A body with a Content-Length is judged by that header
 * alone: the HTTP parser (Node's llhttp, the Workers runtime) never delivers more bytes than it
 * declares, and not touching the body stream lets the route read the body once, on the runtime's
 * fast path (on Node, straight from the socket instead of through a web ReadableStream). Any other
 * body (chunked, or without a usable length) is counted as it streams (Hono's bodyLimit).
 */
export function bodyLimit(maxBytes: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streaming = streamingLimit({ maxSize: maxBytes, onError });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && /^\d+$/.test(length) && c.req.header('transfer-encoding') === undefined) {
      return Number(length) <= maxBytes ? next() : onError(c);
    }
    return streaming(c, next);
  };
}
