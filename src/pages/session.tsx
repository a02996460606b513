import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../api/app.ts';
import { bearerKey, hashApiKey, type Role } from '../api/auth.ts';
import type { Language } from '../rulesets/schema.ts';
import { pageLanguage, translator, WITH_ENGLISH, type WordKey } from './i18n.ts';
import { Layout } from './layout.tsx';
import { SESSION_SECONDS, type Session } from './session-token.ts';
import type { FormBody } from './lab/form.ts';

/**
 * The pages use the same API keys and roles as the API. A person signs in once with a key and gets
 * a session (src/pages/session-token.ts): a signed, expiring token naming a random session id, kept
 * in an HttpOnly, SameSite=Strict cookie (never readable by scripts, never sent cross-site; Secure
 * over https), and checked on every page request; the role is looked up again from the key's hash
 * each time. Sign-out revokes the session. A bearer header works too, for programs.
 */
export const SESSION_COOKIE = 'hjemmel_session';

type C = Context<AppEnv>;

/** The role of the bearer key, or of the key the session cookie was signed in with (and that session). */
function callerOf(c: C): { role: Role; session?: Session } | undefined {
  const keys = c.get('deps').apiKeys;
  if (!keys || keys.size === 0) return undefined;
  const bearer = bearerKey(c.req.header('authorization'));
  if (bearer) {
    const role = keys.get(hashApiKey(bearer));
    return role ? { role } : undefined;
  }
  const session = c.get('sessions').read(getCookie(c, SESSION_COOKIE), c.get('deps').clock());
  const role = session ? keys.get(session.keyHash) : undefined;
  return role ? { role, session } : undefined;
}

/**
 * Whether the browser reached this deployment over https: it is configured so (a proxy ends TLS),
 * the request itself is https (the Worker), or a configured trusted proxy says so in
 * X-Forwarded-Proto. That header from anyone else is ignored: a client could send it.
 */
export function isHttps(c: C): boolean {
  const { https, trustedProxies, peerAddress } = c.get('deps');
  if (https || new URL(c.req.url).protocol === 'https:') return true;
  const peer = peerAddress?.(c);
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return peer !== undefined && (trustedProxies ?? []).includes(peer) && forwarded === 'https';
}

/** The pages a sign-in may lead back to: the same prefixes the page routes serve. */
const PAGE_PREFIXES = ['/lab', '/rulesets', '/training'];

/**
 * `next` as the address of one of this service's pages (path and query, percent-encoded, so it is
 * safe in a Location header), or undefined. It must parse, against the service's own origin, to a
 * URL of that origin under one of the page prefixes: browsers drop tabs and newlines and read a
 * backslash as a slash, so `/\t/evil.example` means `//evil.example`, and only the parsed URL tells.
 */
export function pageAddress(next: string | undefined, origin: string): string | undefined {
  if (!next?.startsWith('/')) return undefined;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !PAGE_PREFIXES.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return undefined;
  return url.pathname + url.search;
}

/** Where a role lands after sign-in when no page was asked for: a page it may open. */
const startPage = (role: Role) => (role === 'trainer' ? '/training' : '/lab');

/**
 * The posted form (repeated fields as lists), or undefined when the body cannot be read as one: a
 * malformed multipart body, a missing boundary. The page then answers 400, never a 5xx.
 */
export async function readForm(c: C): Promise<FormBody | undefined> {
  try {
    return await c.req.parseBody({ all: true });
  } catch (error) {
    if (error instanceof HTTPException) throw error; // the body limit
    return undefined;
  }
}

/** A one-line form field. */
export const formText = (body: FormBody, name: string) => {
  const value = [body[name]].flat()[0];
  return typeof value === 'string' ? value : undefined;
};

/** A page that says one thing: a heading and a sentence, in the language asked for if the page offers it. */
export function messagePage(c: C, title: WordKey, text: WordKey, status: 400 | 403 | 404, offered: readonly Language[] = WITH_ENGLISH) {
  const lang = pageLanguage(c.req.query('lang'), offered);
  const t = translator(lang);
  return page(
    c,
    <Layout lang={lang} t={t} title={t(title)} section="lab" offered={offered} url={c.req.url}>
      <h1>{t(title)}</h1>
      <p>{t(text)}</p>
    </Layout>,
    status,
  );
}

/** The answer to a form that could not be read (400): nothing of the body echoed. */
export const unreadableForm = (c: C) => messagePage(c, 'formUnreadable', 'formUnreadableText', 400);

async function page(c: C, node: Child, status: 200 | 400 | 401 | 403 | 404 | 503) {
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

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** This deployment's origin as the browser sees it (https as isHttps decides, the Host it asked for). */
const ownOrigin = (c: C) => `${isHttps(c) ? 'https:' : 'http:'}//${new URL(c.req.url).host}`;

/**
 * Refuses a state-changing page request (any method but GET, HEAD, OPTIONS) that a browser says
 * came from another site: `Sec-Fetch-Site` other than same-origin or none, or else an `Origin`
 * that is not this deployment's. 403 with a page in Norwegian; nothing of the body is read.
 * A request with neither header (a program, an old browser) goes on: a session's forms carry a
 * CSRF token too (pageAuth). /v1 is not a page: it takes bearer keys only, which browsers never
 * send on their own, and CORS governs it.
 */
export function sameSiteOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.includes(c.req.method) || c.req.path.startsWith('/v1/')) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const crossSite = site !== undefined ? site !== 'same-origin' && site !== 'none' : origin !== undefined && origin !== ownOrigin(c);
    return crossSite ? messagePage(c, 'crossSite', 'crossSiteText', 403) : next();
  };
}

/** The hidden form field with the session's CSRF token; none for a caller with a bearer key (no cookie, nothing to forge). */
export function CsrfField({ c }: { c: C }) {
  const session = c.get('session');
  return session ? <input type="hidden" name="csrf" value={c.get('sessions').csrfToken(session)} /> : null;
}

/**
 * Lets a page request on for the given roles. No keys configured: closed (503), never open.
 * Not signed in: the sign-in page (401). Another role: 403. A form posted in a session must carry
 * that session's CSRF token (403 otherwise), so a page of another site cannot post one.
 */
export function pageAuth(...allowed: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const keys = c.get('deps').apiKeys;
    const here = new URL(c.req.url);
    if (!keys || keys.size === 0) return page(c, <SignIn c={c} next="/lab" failed={false} status="closed" />, 503);
    const caller = callerOf(c);
    if (!caller) return page(c, <SignIn c={c} next={here.pathname + here.search} failed={false} status="in" />, 401);
    if (!allowed.includes(caller.role)) return page(c, <SignIn c={c} next={here.pathname + here.search} failed={false} status="forbidden" />, 403);
    if (caller.session && !SAFE_METHODS.includes(c.req.method)) {
      const body = await readForm(c);
      if (!body) return unreadableForm(c);
      if (!c.get('sessions').checkCsrf(caller.session, formText(body, 'csrf'))) return messagePage(c, 'formExpired', 'formExpiredText', 403);
    }
    c.set('role', caller.role);
    c.set('session', caller.session);
    return next();
  };
}

/** GET/POST /login and POST /logout. */
export function sessionRoutes(app: { get: Function; post: Function }) {
  const origin = (c: C) => new URL(c.req.url).origin;
  app.get('/login', (c: C) => page(c, <SignIn c={c} next={pageAddress(c.req.query('next'), origin(c)) ?? ''} failed={false} status="in" />, 200));
  app.post('/login', async (c: C) => {
    const body = await readForm(c);
    if (!body) return unreadableForm(c);
    const key = formText(body, 'key')?.trim() ?? '';
    const next = pageAddress(formText(body, 'next'), origin(c));
    const keys = c.get('deps').apiKeys;
    if (!keys || keys.size === 0) return page(c, <SignIn c={c} next={next ?? ''} failed={false} status="closed" />, 503);
    const role = key && key.length <= 512 ? keys.get(hashApiKey(key)) : undefined;
    if (!role) return page(c, <SignIn c={c} next={next ?? ''} failed={true} status="in" />, 401);
    const { token } = c.get('sessions').issue(hashApiKey(key), c.get('deps').clock());
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c), maxAge: SESSION_SECONDS });
    return c.redirect(next ?? startPage(role), 303);
  });
  app.post('/logout', async (c: C) => {
    const { clock } = c.get('deps');
    const session = c.get('sessions').read(getCookie(c, SESSION_COOKIE), clock());
    if (session) {
      const body = await readForm(c);
      if (!body) return unreadableForm(c);
      if (!c.get('sessions').checkCsrf(session, formText(body, 'csrf'))) return messagePage(c, 'formExpired', 'formExpiredText', 403);
      c.get('sessions').revoke(session, clock());
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
    return c.redirect('/login', 303);
  });
}
