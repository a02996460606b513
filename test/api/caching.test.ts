import { describe, expect, it } from 'vitest';
import { noneMatch } from '../../src/api/caching.ts';
import { as, get, testApp } from '../helpers.ts';

const app = testApp();

describe('caching of ruleset versions', () => {
  it('a published version: strong ETag = its digest, immutable for a year; If-None-Match → 304 without a body', async () => {
    const response = await get(app, '/v1/rulesets/no-national/2025.1.0');
    expect(response.status).toBe(200);
    const { digest } = (await response.json()) as { digest: string };
    expect(response.headers.get('etag')).toBe(`"${digest}"`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const again = await get(app, '/v1/rulesets/no-national/2025.1.0', { 'if-none-match': `"${digest}"` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(`"${digest}"`);
    // Another version's tag is no match.
    const other = await get(app, '/v1/rulesets/no-national/2026.1.0', { 'if-none-match': `"${digest}"` });
    expect(other.status).toBe(200);
  });

  it('a draft revalidates: private, no-cache, ETag = digest, 304 on a match; only for the legal role', async () => {
    const draft = await get(app, '/v1/rulesets/no-national/2027.0.0-draft', as('legal'));
    expect(draft.status).toBe(200);
    expect(draft.headers.get('cache-control')).toBe('private, no-cache');
    const etag = draft.headers.get('etag')!;
    expect(etag).toBe(`"${((await draft.json()) as { digest: string }).digest}"`);
    expect((await get(app, '/v1/rulesets/no-national/2027.0.0-draft', { ...as('legal'), 'if-none-match': etag })).status).toBe(304);
    // A tag does not get round the role check.
    expect((await get(app, '/v1/rulesets/no-national/2027.0.0-draft', { 'if-none-match': etag })).status).toBe(403);
  });

  it('the list revalidates: no-cache, an ETag that differs by role (Vary: Authorization), 304 on a match', async () => {
    const caseworker = await get(app, '/v1/rulesets');
    const legal = await get(app, '/v1/rulesets', as('legal'));
    expect(caseworker.headers.get('cache-control')).toBe('no-cache');
    expect(caseworker.headers.get('vary')).toMatch(/Authorization/);
    expect(caseworker.headers.get('etag')).toMatch(/^"sha256-[0-9a-f]{64}"$/);
    expect(legal.headers.get('etag')).not.toBe(caseworker.headers.get('etag')); // legal sees the draft too
    const etag = caseworker.headers.get('etag')!;
    expect((await get(app, '/v1/rulesets', { 'if-none-match': etag })).status).toBe(304);
    expect((await get(app, '/v1/rulesets', { ...as('legal'), 'if-none-match': etag })).status).toBe(200);
  });

  it('If-None-Match: a list of tags, weak tags and * match as RFC 9110 says', () => {
    expect(noneMatch('"a", W/"b"', '"b"')).toBe(true);
    expect(noneMatch('*', '"b"')).toBe(true);
    expect(noneMatch('"a"', '"b"')).toBe(false);
    expect(noneMatch(undefined, '"b"')).toBe(false);
  });
});
