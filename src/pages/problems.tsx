import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../api/env.ts';
import type { Language } from '../rulesets/schema.ts';
import { formatValue } from '../wording/render.ts';
import type { Section } from './access.ts';
import { frameOf, send, type Frame } from './frame.tsx';
import { NORWEGIAN, WITH_ENGLISH, type WordKey } from './i18n.ts';
import { Layout } from './layout.tsx';

type C = Context<AppEnv>;

/** The section an address belongs to and the languages its pages are offered in (sign-in and the rest: as the sign-in page). */
function placeOf(path: string): { section: Section; offered: readonly Language[] } {
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  if (under('/training/trainer')) return { section: 'trainer', offered: WITH_ENGLISH };
  if (under('/training')) return { section: 'training', offered: WITH_ENGLISH };
  if (under('/rulesets')) return { section: 'rulesets', offered: NORWEGIAN };
  if (under('/lab')) return { section: 'lab', offered: NORWEGIAN };
  if (under('/insight')) return { section: 'insight', offered: NORWEGIAN };
  return { section: 'lab', offered: WITH_ENGLISH };
}

/** A page that says one thing, a heading and a sentence, in the page's language, in the section of its address. */
function messagePage(c: C, status: ContentfulStatusCode, title: WordKey, text: (frame: Frame) => string) {
  const { section, offered } = placeOf(c.req.path);
  const frame = frameOf(c, offered);
  return send(
    c,
    <Layout frame={frame} title={frame.t(title)} section={section}>
      <h1>{frame.t(title)}</h1>
      <p>{text(frame)}</p>
    </Layout>,
    status,
  );
}

/** Nothing at this address (404). */
export const notFound = (c: C) => messagePage(c, 404, 'notFound', ({ t }) => t('notFoundText'));

/** The posted body was larger than this deployment takes (413); the limit is the API's. */
export const tooLarge = (c: C, maxBytes: number) =>
  messagePage(c, 413, 'tooLarge', ({ t, lang }) => t('tooLargeText', { kib: formatValue(maxBytes / 1024, lang) }));

/** A form that could not be read, a malformed multipart body say (400): nothing of the body echoed. */
export const unreadableForm = (c: C) => messagePage(c, 400, 'formUnreadable', ({ t }) => t('formUnreadableText'));

/** A state-changing request another site sent (403). */
export const crossSite = (c: C) => messagePage(c, 403, 'crossSite', ({ t }) => t('crossSiteText'));

/** A form posted in a session without that session's CSRF token (403). */
export const formExpired = (c: C) => messagePage(c, 403, 'formExpired', ({ t }) => t('formExpiredText'));

/** The lab's check could not be written to the decision record (503): no verdict without its record, as the API. */
export const recordUnavailable = (c: C) => messagePage(c, 503, 'recordUnavailable', ({ t }) => t('recordUnavailableText'));
