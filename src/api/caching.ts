import type { Context } from 'hono';

/** Published ruleset versions never change (the lock holds their digests): caches may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Caches may keep it but must ask again each time (If-None-Match), which costs a 304 when nothing changed. */
export const REVALIDATE = 'no-cache';

/** Whether an If-None-Match header matches `etag` (weak comparison, as RFC 9110 § 13.1.2 asks for this header). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const strong = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strong(tag) === strong(etag));
}

/**
 * Sets ETag and Cache-Control (and Vary, when the body differs by key) and answers 304 without a
 * body when the caller already holds this version; undefined when the route should send the body.
 */
export function notModified(c: Context, etag: string, cacheControl: string, varyByKey: boolean): Response | undefined {
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  if (varyByKey) c.header('Vary', 'Authorization', { append: true });
  return noneMatch(c.req.header('if-none-match'), etag) ? c.body(null, 304) : undefined;
}
