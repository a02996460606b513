import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../api/app.ts';
import { bearerKey, hashApiKey, type Role } from '../api/auth.ts';
import { pageLanguage, translator, WITH_ENGLISH } from './i18n.ts';
import { Layout } from './layout.tsx';

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
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/lab';
}

async function page(c: C, node: Child, status: 200 | 401 | 403 | 503) {
  c.header('cache-control', 'no-store');
  return c.html(`<!doctype html>${await (node as { toString(): string | Promise<string> }).toString()}`, status);
}

function SignIn({ c, next, failed, status }: { c: C; next: string; failed: boolean; status: 'in' | 'forbidden' | 'closed' }) {
  const lang = pageLanguage(c.req.query('lang'), WITH_ENGLISH);
  const t = translator(lang);
  return (
    <Layout lang={lang} t={t} title={t('signIn')} section="lab" offered={WITH_ENGLISH} url={c.req.url}>
      <h1>{t('signIn')}</h1>
      {status === 'closed' ? (
        <p role="alert">{t('signInClosed')}</p>
      ) : (
        <>
          {status === 'forbidden' ? <p role="alert">{t('signInForbidden')}</p> : null}
          {failed ? <p role="alert">{t('signInFailed')}</p> : null}
          <p>{t('signInText')}</p>
          <form method="post" action="/login">
            <input type="hidden" name="next" value={next} />
            <label for="key">{t('signInKey')}</label>
            <input id="key" name="key" type="password" autocomplete="current-password" required />
            <button type="submit">{t('signIn')}</button>
          </form>
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
    if (!keys || keys.size === 0) return page(c, <SignIn c={c} next="/lab" failed={false} status="closed" />, 503);
    const role = roleFor(c);
    if (!role) return page(c, <SignIn c={c} next={here.pathname + here.search} failed={false} status="in" />, 401);
    if (!allowed.includes(role)) return page(c, <SignIn c={c} next={here.pathname + here.search} failed={false} status="forbidden" />, 403);
    c.set('role', role);
    return next();
  };
}

/** GET/POST /login and POST /logout. */
export function sessionRoutes(app: { get: Function; post: Function }) {
  app.get('/login', (c: C) => page(c, <SignIn c={c} next={localPath(c.req.query('next'))} failed={false} status="in" />, 200));
  app.post('/login', async (c: C) => {
    const body = await c.req.parseBody();
    const key = typeof body.key === 'string' ? body.key.trim() : '';
    const next = localPath(typeof body.next === 'string' ? body.next : undefined);
    const keys = c.get('deps').apiKeys;
    if (!keys || keys.size === 0) return page(c, <SignIn c={c} next={next} failed={false} status="closed" />, 503);
    if (!key || key.length > 512 || !keys.get(hashApiKey(key))) return page(c, <SignIn c={c} next={next} failed={true} status="in" />, 401);
    setCookie(c, SESSION_COOKIE, key, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' });
    return c.redirect(next, 303);
  });
  app.post('/logout', (c: C) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });
}
