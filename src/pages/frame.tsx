import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Child } from 'hono/jsx';
import { createContext } from 'hono/jsx';
import type { Role } from '../api/auth.ts';
import type { AppEnv } from '../api/env.ts';
import type { Language } from '../rulesets/schema.ts';
import { pageLanguage, translator, type T } from './i18n.ts';

/**
 * What every view needs to know about the request it answers, as plain data: the views never see
 * the Hono Context, so they render the same from a route, a test or a screenshot script.
 */
export interface Frame {
  lang: Language;
  t: T;
  /** The languages this page is offered in, for the switch. */
  offered: readonly Language[];
  /** This page's address, to switch language in place. */
  url: string;
  /** The signed-in visitor's role; undefined on the sign-in page before anyone has signed in. */
  role: Role | undefined;
  /** The session's CSRF token, which every form posted in the session carries (PostForm); none without a session. */
  csrf: string | undefined;
}

/** The frame of the page being rendered, for components deep in it (the one post-form helper reads it). */
export const FrameContext = createContext<Frame | undefined>(undefined);

/** A request's frame: the page's language from `?lang=` among those offered, the visitor's role and session's CSRF token. */
export function frameOf(c: Context<AppEnv>, offered: readonly Language[]): Frame {
  const lang = pageLanguage(c.req.query('lang'), offered);
  const session = c.get('session');
  return { lang, t: translator(lang), offered, url: c.req.url, role: c.get('role'), csrf: session ? c.get('sessions').csrfToken(session) : undefined };
}

/** The address of a page in a language: every link the pages make carries the language along. */
export function href(path: string, lang: Language, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...params, ...(lang === 'nb' ? {} : { lang }) }).toString();
  return query ? `${path}?${query}` : path;
}

/** Sends a page; the pages hold no state, so nothing a visitor enters outlives the response. */
export async function send(c: Context<AppEnv>, node: Child, status: ContentfulStatusCode = 200) {
  c.header('cache-control', 'no-store');
  return c.html(`<!doctype html>${await (node as { toString(): string | Promise<string> }).toString()}`, status);
}
