import { describe, expect, it } from 'vitest';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { as, requestsDir, root, TEST_KEYS, testApp } from '../helpers.ts';

const app = testApp(undefined, undefined, { training: readTrainingDir(`${root}fixtures/training`, requestsDir) });
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const CROSS_SITE: Record<string, string>[] = [
  { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  { 'sec-fetch-site': 'same-site' },
  { origin: 'https://evil.example' },
  { origin: 'null' },
];

async function signedIn() {
  const response = await app.request('/login', { method: 'POST', headers: FORM, body: new URLSearchParams({ key: TEST_KEYS.legal, next: '/lab' }) });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

/** The CSRF token a page's form carries for this session. */
async function tokenOn(path: string, cookie: string) {
  const html = await (await app.request(path, { headers: { cookie } })).text();
  return /<input type="hidden" name="csrf" value="([^"]+)"/.exec(html)?.[1];
}

async function refusedAsCrossSite(response: Response) {
  expect(response.status).toBe(403);
  expect(response.headers.get('set-cookie')).toBeNull();
  const html = await response.text();
  expect(html).toMatch(/<html lang="nb"/);
  expect(html).toContain('Forespørselen kom fra en annen side');
}

describe('page forms are safe from other sites (CSRF)', () => {
  it.each(CROSS_SITE)('a cross-site sign-in is refused (403, a Norwegian page, no cookie): %o', async (headers) => {
    await refusedAsCrossSite(await app.request('/login', { method: 'POST', headers: { ...FORM, ...headers }, body: new URLSearchParams({ key: TEST_KEYS.legal }) }));
  });

  it.each(CROSS_SITE)('a cross-site post to the lab, the training and sign-out with the victim’s cookie is refused: %o', async (headers) => {
    const cookie = await signedIn();
    const csrf = (await tokenOn('/lab', cookie))!;
    for (const path of ['/lab', '/training/bpa-35-hours', '/logout']) {
      await refusedAsCrossSite(await app.request(path, { method: 'POST', headers: { ...FORM, ...headers, cookie }, body: new URLSearchParams({ csrf, action: 'evaluate' }) }));
    }
    expect((await app.request('/lab', { headers: { cookie } })).status).toBe(200); // still signed in
  });

  it('same-origin posts go on: Sec-Fetch-Site same-origin, or the service’s own Origin', async () => {
    const cookie = await signedIn();
    const csrf = (await tokenOn('/lab', cookie))!;
    for (const headers of <Record<string, string>[]>[{ 'sec-fetch-site': 'same-origin' }, { origin: 'http://localhost' }, {}]) {
      const response = await app.request('/lab', { method: 'POST', headers: { ...FORM, ...headers, cookie }, body: new URLSearchParams({ csrf, action: 'evaluate' }) });
      expect(response.status).toBe(200);
    }
  });

  it('a form posted in a session must carry that session’s CSRF token, which its pages put in every form', async () => {
    const cookie = await signedIn();
    const other = await signedIn();
    const csrf = (await tokenOn('/lab', cookie))!;
    expect(csrf).toMatch(/^[\w-]{43}$/);
    expect(await tokenOn('/training/bpa-35-hours', cookie)).toBe(csrf);
    expect(await tokenOn('/lab', other)).not.toBe(csrf);
    const post = (path: string, token: string | undefined) =>
      app.request(path, { method: 'POST', headers: { ...FORM, cookie, 'sec-fetch-site': 'same-origin' }, body: new URLSearchParams({ ...(token ? { csrf: token } : {}), action: 'evaluate', sign: 'clear' }) });
    for (const path of ['/lab', '/training/bpa-35-hours', '/logout']) {
      for (const wrong of [undefined, '', (await tokenOn('/lab', other))!, `${csrf.slice(0, -1)}x`]) {
        const response = await post(path, wrong);
        expect(response.status, `${path} with ${wrong}`).toBe(403);
        expect(await response.text()).toContain('Skjemaet er ikke gyldig lenger');
      }
    }
    expect((await post('/lab', csrf)).status).toBe(200);
    expect((await post('/training/bpa-35-hours', csrf)).status).toBe(200);
    expect((await post('/logout', csrf)).status).toBe(303);
    expect((await app.request('/lab', { headers: { cookie } })).status).toBe(401);
  });

  it('the lab’s pasted JSON, which has no form field, carries the token in the X-CSRF-Token header; without it, or another session’s, 403', async () => {
    const cookie = await signedIn();
    const csrf = (await tokenOn('/lab', cookie))!;
    const other = (await tokenOn('/lab', await signedIn()))!;
    const pasted = JSON.stringify({ decisionDate: '2026-03-10', decision: { services: [{}] } });
    const post = (headers: Record<string, string>) =>
      app.request('/lab', { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'sec-fetch-site': 'same-origin', ...headers }, body: pasted });
    for (const headers of <Record<string, string>[]>[{}, { 'x-csrf-token': '' }, { 'x-csrf-token': other }, { 'x-csrf-token': `${csrf.slice(0, -1)}x` }]) {
      const response = await post(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toContain('Skjemaet er ikke gyldig lenger');
    }
    const answered = await post({ 'x-csrf-token': csrf });
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain('id="result"');
  });

  it('a program with a bearer key needs no token (browsers never send that header on their own), and its pages carry none', async () => {
    const response = await app.request('/lab', { method: 'POST', headers: { ...FORM, ...as('caseworker') }, body: new URLSearchParams({ action: 'evaluate' }) });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain('name="csrf"');
  });
});
