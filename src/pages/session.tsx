import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { bearerKey, hashApiKey, type Role } from '../api/auth.ts';
import type { AppEnv } from '../api/env.ts';
import { landingFor } from './access.ts';
import { frameOf, send, type Frame } from './frame.tsx';
import { WITH_ENGLISH } from './i18n.ts';
import { Layout } from './layout.tsx';
import type { FormBody } from './lab/form.ts';
import { PostForm } from './post-form.tsx';
import { crossSite, formExpired, unreadableForm } from './problems.tsx';
import { SESSION_SECONDS, type Session } from './session-token.ts';

/**
 * The pages use the same API keys and roles as the API. A person signs in once with a key and gets
 * a session (src/pages/session-token.ts): a signed, expiring token naming a random session id, kept
 * in an HttpOnly, SameSite=Strict cookie (never readable by scripts, never sent cross-site; Secure
 * over https), and checked on every page request; the role is looked up again from the key's hash
 * each time. Sign-out revokes the session. A bearer header works too, for programs.
 */
export const SESSION_COOKIE = 'hjemmel_session';

/** The header the lab's script sends the CSRF token in when it posts a pasted request as JSON (no form field to carry it). */
export const CSRF_HEADER = 'x-csrf-token';

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
 * Without one, sign-in leads to the role's own start page (landingFor: a trainer's is training).
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
    const crossSiteRequest = site !== undefined ? site !== 'same-origin' && site !== 'none' : origin !== undefined && origin !== ownOrigin(c);
    return crossSiteRequest ? crossSite(c) : next();
  };
}

/**
 * Whether a state-changing request in a session carries that session's CSRF token: in the form's
 * `csrf` field, or, for the lab's pasted JSON (a body with no form fields), in the X-CSRF-Token
 * header. Either way it must equal the token only this session's pages show; a page of another
 * site can read neither, and cannot set the header on a cross-site request without CORS allowing it
 * (it does not). Undefined: the form could not be read.
 */
async function carriesCsrf(c: C, session: Session): Promise<boolean | undefined> {
  const header = c.req.header(CSRF_HEADER);
  if (header !== undefined) return c.get('sessions').checkCsrf(session, header);
  const body = await readForm(c);
  return body && c.get('sessions').checkCsrf(session, formText(body, 'csrf'));
}

/**
 * Lets a page request on for the given roles. No keys configured: closed (503), never open.
 * Not signed in: the sign-in page (401). Another role: 403. A request posted in a session must carry
 * that session's CSRF token (403 otherwise), so a page of another site cannot post one.
 */
export function pageAuth(...allowed: readonly Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const keys = c.get('deps').apiKeys;
    const here = new URL(c.req.url);
    if (!keys || keys.size === 0) return send(c, <SignIn frame={frameOf(c, WITH_ENGLISH)} next="" failed={false} status="closed" />, 503);
    const caller = callerOf(c);
    if (!caller) return send(c, <SignIn frame={frameOf(c, WITH_ENGLISH)} next={here.pathname + here.search} failed={false} status="in" />, 401);
    c.set('session', caller.session);
    if (!allowed.includes(caller.role)) return send(c, <SignIn frame={{ ...frameOf(c, WITH_ENGLISH), role: caller.role }} next={here.pathname + here.search} failed={false} status="forbidden" />, 403);
    if (caller.session && !SAFE_METHODS.includes(c.req.method)) {
      const carries = await carriesCsrf(c, caller.session);
      if (carries === undefined) return unreadableForm(c);
      if (!carries) return formExpired(c);
    }
    c.set('role', caller.role);
    return next();
  };
}

/** GET/POST /login and POST /logout. */
export function sessionRoutes(app: { get: Function; post: Function }) {
  const origin = (c: C) => new URL(c.req.url).origin;
  app.get('/login', (c: C) => send(c, <SignIn frame={frameOf(c, WITH_ENGLISH)} next={pageAddress(c.req.query('next'), origin(c)) ?? ''} failed={false} status="in" />, 200));
  app.post('/login', async (c: C) => {
    const body = await readForm(c);
    if (!body) return unreadableForm(c);
    const key = formText(body, 'key')?.trim() ?? '';
    const next = pageAddress(formText(body, 'next'), origin(c));
    const keys = c.get('deps').apiKeys;
    if (!keys || keys.size === 0) return send(c, <SignIn frame={frameOf(c, WITH_ENGLISH)} next={next ?? ''} failed={false} status="closed" />, 503);
    const role = key && key.length <= 512 ? keys.get(hashApiKey(key)) : undefined;
    if (!role) return send(c, <SignIn frame={frameOf(c, WITH_ENGLISH)} next={next ?? ''} failed={true} status="in" />, 401);
    const { token } = c.get('sessions').issue(hashApiKey(key), c.get('deps').clock());
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c), maxAge: SESSION_SECONDS });
    return c.redirect(next ?? landingFor(role), 303);
  });
  app.post('/logout', async (c: C) => {
    const { clock } = c.get('deps');
    const session = c.get('sessions').read(getCookie(c, SESSION_COOKIE), clock());
    if (session) {
      const carries = await carriesCsrf(c, session);
      if (carries === undefined) return unreadableForm(c);
      if (!carries) return formExpired(c);
      c.get('sessions').revoke(session, clock());
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
    return c.redirect('/login', 303);
  });
}
