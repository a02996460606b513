import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { bearerKey, hashApiKey, type Role } from '../api/auth.ts';
import type { AppEnv } from '../api/env.ts';
import { frameOf, send, type Frame } from './frame.tsx';
import { WITH_ENGLISH } from './i18n.ts';
import { Layout } from './layout.tsx';
import { PostForm } from './post-form.tsx';

/**
 * The pages use the same API keys and roles as the API. A person signs in once with a key; it is
 * kept in an HttpOnly, SameSite=Strict cookie (never readable by scripts, never sent cross-site),
 * and checked against the configured hashes on every page request, exactly as a bearer key is.
 * A bearer header works too, for programs.
 */
export const SESSION_COOKIE = 'hjemmel_key';

type C = Context<AppEnv>;

function roleFor(c: C): Role | undefined {
  const keys = c.get('deps').apiKeys;
  if (!keys || keys.size === 0) return undefined;
  const key = bearerKey(c.req.header('authorization')) ?? getCookie(c, SESSION_COOKIE);
  return key && key.length <= 512 ? keys.get(hashApiKey(key)) : undefined;
}

/** Only an address on this site, so the sign-in form cannot be used to send people elsewhere. */
function localPath(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** The sign-in page; for a visitor whose role may not open the page asked for, it says so (403). */
function SignIn({ frame, next, failed, status }: { frame: Frame; next: string; failed: boolean; status: 'in' | 'forbidden' | 'closed' }) {
  const { t } = frame;
  return (
    <Layout frame={frame} title={status === 'forbidden' ? t('forbiddenTitle') : t('signIn')} section="lab">
      <h1>{status === 'forbidden' ? t('forbiddenTitle') : t('signIn')}</h1>
      {status === 'closed' ? (
        <p role="alert">{t('signInClosed')}</p>
      ) : (
        <>
          {status === 'forbidden' ? <p role="alert">{t('signInForbidden')}</p> : null}
          {failed ? <p role="alert">{t('signInFailed')}</p> : null}
          <p>{t('signInText')}</p>
          <PostForm path="/login">
            <input type="hidden" name="next" value={next} />
            <label for="key">{t('signInKey')}</label>
            <input id="key" name="key" type="password" autocomplete="current-password" required />
            <button type="submit">{t('signIn')}</button>
          </PostForm>
        </>
      )}
    </Layout>
  );
}

/**
 * Lets a page request on for the given roles. No keys configured: closed (503), never open.
 * Not signed in: the sign-in page (401). Another role: 403.
 */
export function pageAuth(...allowed: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const keys = c.get('deps').apiKeys;
    const here = new URL(c.req.url);
    const frame = frameOf(c, WITH_ENGLISH);
    if (!keys || keys.size === 0) return send(c, <SignIn frame={frame} next="/" failed={false} status="closed" />, 503);
    const role = roleFor(c);
    if (!role) return send(c, <SignIn frame={frame} next={here.pathname + here.search} failed={false} status="in" />, 401);
    if (!allowed.includes(role)) return send(c, <SignIn frame={{ ...frame, role }} next={here.pathname + here.search} failed={false} status="forbidden" />, 403);
    c.set('role', role);
    return next();
  };
}

/** GET/POST /login and POST /logout. */
export function sessionRoutes(app: { get: Function; post: Function }) {
  app.get('/login', (c: C) => send(c, <SignIn frame={frameOf(c, WITH_ENGLISH)} next={localPath(c.req.query('next'))} failed={false} status="in" />, 200));
  app.post('/login', async (c: C) => {
    const body = await c.req.parseBody();
    const key = typeof body.key === 'string' ? body.key.trim() : '';
    const next = localPath(typeof body.next === 'string' ? body.next : undefined);
    const keys = c.get('deps').apiKeys;
    if (!keys || keys.size === 0) return send(c, <SignIn frame={frameOf(c, WITH_ENGLISH)} next={next} failed={false} status="closed" />, 503);
    if (!key || key.length > 512 || !keys.get(hashApiKey(key))) return send(c, <SignIn frame={frameOf(c, WITH_ENGLISH)} next={next} failed={true} status="in" />, 401);
    setCookie(c, SESSION_COOKIE, key, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' });
    return c.redirect(next, 303);
  });
  app.post('/logout', (c: C) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });
}
