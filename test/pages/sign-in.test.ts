import { describe, expect, it } from 'vitest';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { as, requestsDir, root, TEST_KEYS, testApp } from '../helpers.ts';

const app = testApp(undefined, undefined, { training: readTrainingDir(`${root}fixtures/training`, requestsDir) });
const ORIGIN = 'http://localhost';

function signIn(next: string, key: string = TEST_KEYS.caseworker) {
  return app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ key, next }) });
}

/** Where a browser would go from a Location header, resolved against the service's own address. */
const resolved = (location: string) => new URL(location, ORIGIN);

describe('after sign-in, only a page of this service', () => {
  it.each([
    ['/rulesets', '/rulesets'],
    ['/lab?scenario=bpa-35-hours&lang=nn', '/lab?scenario=bpa-35-hours&lang=nn'],
    ['/training/bpa-35-hours', '/training/bpa-35-hours'],
  ])('a page address is kept: %s', async (next, location) => {
    const response = await signIn(next);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(location);
  });

  it.each([
    '/\t/evil.example',
    '/%09/evil.example',
    '//evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/lab',
    'http://localhost/lab',
    '/\n/evil.example',
    '/ /evil.example',
    '/\u3000/evil.example',
    '/lab/../../evil.example',
    '/v1/rulesets',
    '/login',
    '/labyrinth',
    'javascript:alert(1)',
    '',
  ])('anything else goes to the start page of the role: %j', async (next) => {
    for (const [role, start] of [['caseworker', '/lab'], ['legal', '/lab'], ['trainer', '/training']] as const) {
      const response = await signIn(next, TEST_KEYS[role]);
      expect(response.status).toBe(303);
      const location = response.headers.get('location')!;
      expect(location).toBe(start);
      expect(resolved(location).origin).toBe(ORIGIN);
    }
  });

  it('the sign-in form carries only a page address along: the hidden field drops anything else', async () => {
    const html = await (await app.request(`/login?next=${encodeURIComponent('/\t/evil.example')}`)).text();
    expect(html).toContain('name="next" value=""');
    const kept = await (await app.request(`/login?next=${encodeURIComponent('/rulesets')}`)).text();
    expect(kept).toContain('name="next" value="/rulesets"');
  });
});

describe('no input gives a 5xx on the pages', () => {
  const malformed = { 'content-type': 'multipart/form-data; boundary=x' };
  it.each(['/login', '/lab', '/training/bpa-35-hours'])('a malformed multipart body to %s: 400 with a Norwegian page, signed in or not', async (path) => {
    for (const headers of [as(null), as('caseworker')]) {
      for (const contentType of ['multipart/form-data', 'multipart/form-data; boundary=x', 'multipart/form-data; boundary=']) {
        const response = await app.request(path, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body: 'x' });
        expect(response.status === 400 || response.status === 401, `${path} ${contentType}: ${response.status}`).toBe(true);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        const html = await response.text();
        expect(html).toMatch(/<html lang="n[bn]"/);
        expect(html).not.toMatch(/\n\s+at /);
      }
    }
    expect((await app.request(path, { method: 'POST', headers: { ...as('caseworker'), ...malformed }, body: 'x' })).status).toBe(400);
  });

  it('a value the lab form does not know for a choice (typed or pasted) is shown as sent, not a 500', async () => {
    for (const fields of [
      [['decision.kind', '//evil.example']],
      [['action', 'json'], ['json', JSON.stringify({ decision: { kind: 'not-a-kind', appealNotice: { body: '<b>x</b>' } } })]],
    ]) {
      const response = await app.request('/lab', { method: 'POST', headers: { ...as('legal'), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
      expect(response.status).toBe(200);
      expect(await response.text()).not.toContain('<b>x</b>');
    }
  });

  it.each(['/\n/x', '/\x0b/x', '/\r\n/x', '/\x00/x', '/\x7f/x'])('a control character in next (%j) never reaches a header', async (next) => {
    const form = await app.request(`/login?next=${encodeURIComponent(next)}`);
    expect(form.status).toBe(200);
    const response = await signIn(next);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/lab');
  });
});
