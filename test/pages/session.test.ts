import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/api/env.ts';
import { SESSION_COOKIE } from '../../src/pages/session.tsx';
import { SESSION_SECONDS } from '../../src/pages/session-token.ts';
import { FIXED_NOW, TEST_KEYS, testApp } from '../helpers.ts';

/** An app whose clock the test moves. */
function appAt(deps: Partial<AppDeps> = {}) {
  const now = { time: FIXED_NOW.getTime() };
  const app = testApp(undefined, undefined, { clock: () => new Date(now.time), ...deps });
  return { app, later: (seconds: number) => (now.time += seconds * 1000) };
}

async function signIn(app: ReturnType<typeof testApp>, headers: Record<string, string> = {}) {
  const response = await app.request('/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ key: TEST_KEYS.legal, next: '/lab' }),
  });
  expect(response.status).toBe(303);
  const setCookie = response.headers.get('set-cookie')!;
  return { setCookie, cookie: setCookie.split(';')[0]! };
}

const open = (app: ReturnType<typeof testApp>, cookie: string) => app.request('/lab', { headers: { cookie } });

describe('the session cookie is a session, not the key', () => {
  it('holds a random session id, never the key; each sign-in gets its own', async () => {
    const { app } = appAt();
    const first = await signIn(app);
    const second = await signIn(app);
    expect(first.cookie).not.toContain(TEST_KEYS.legal);
    expect(first.cookie).not.toBe(second.cookie);
    expect((await open(app, first.cookie)).status).toBe(200);
    for (const name of [SESSION_COOKIE, 'hjemmel_key']) expect((await open(app, `${name}=${TEST_KEYS.legal}`)).status).toBe(401);
  });

  it('sign-out ends the session on the server: the replayed cookie no longer opens a page', async () => {
    const { app } = appAt();
    const { cookie } = await signIn(app);
    const other = await signIn(app);
    expect((await open(app, cookie)).status).toBe(200);
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await open(app, cookie)).text())![1]!;
    const out = await app.request('/logout', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrf }) });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await open(app, cookie)).status).toBe(401);
    expect((await open(app, other.cookie)).status).toBe(200); // another session goes on
  });

  it('expires, and an altered or foreign cookie is refused', async () => {
    const { app, later } = appAt();
    const { cookie, setCookie } = await signIn(app);
    expect(setCookie).toMatch(new RegExp(`Max-Age=${SESSION_SECONDS}`));
    const [name, value] = cookie.split('=') as [string, string];
    const flipped = value.slice(0, -1) + (value.endsWith('A') ? 'B' : 'A');
    expect((await open(app, `${name}=${flipped}`)).status).toBe(401);
    expect((await open(appAt().app, cookie)).status).toBe(401); // another deployment's secret
    later(SESSION_SECONDS - 1);
    expect((await open(app, cookie)).status).toBe(200);
    later(2);
    expect((await open(app, cookie)).status).toBe(401);
  });

  it('the same secret on two instances (Worker isolates, Node restarts) accepts the same session', async () => {
    const secret = 'a-session-secret-of-at-least-32-characters';
    const { cookie } = await signIn(appAt({ sessionSecret: secret }).app);
    expect((await open(appAt({ sessionSecret: secret }).app, cookie)).status).toBe(200);
  });

  it('Secure when the deployment is https, or a configured trusted proxy says so; not on a stranger’s say-so', async () => {
    const secure = async (deps: Partial<AppDeps>, headers: Record<string, string> = {}) => /;\s*Secure/i.test((await signIn(appAt(deps).app, headers)).setCookie);
    expect(await secure({})).toBe(false);
    expect(await secure({ https: true })).toBe(true);
    expect(await secure({}, { 'x-forwarded-proto': 'https' })).toBe(false);
    const proxied = { trustedProxies: ['10.0.0.7'], peerAddress: () => '10.0.0.7' };
    expect(await secure(proxied, { 'x-forwarded-proto': 'https' })).toBe(true);
    expect(await secure(proxied)).toBe(false);
    expect(await secure({ trustedProxies: ['10.0.0.7'], peerAddress: () => '192.0.2.1' }, { 'x-forwarded-proto': 'https' })).toBe(false);
  });
});
