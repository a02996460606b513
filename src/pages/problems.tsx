import type { Context } from 'hono';
import type { AppEnv } from '../api/env.ts';
import type { Language } from '../rulesets/schema.ts';
import { formatValue } from '../wording/render.ts';
import type { Section } from './access.ts';
import { frameOf, send } from './frame.tsx';
import { NORWEGIAN } from './i18n.ts';
import { Layout } from './layout.tsx';

/** A page that says, in the page's language, that there is nothing at this address (404). */
export function notFound(c: Context<AppEnv>, section: Section, offered: readonly Language[] = NORWEGIAN) {
  const frame = frameOf(c, offered);
  const { t } = frame;
  return send(
    c,
    <Layout frame={frame} title={t('notFound')} section={section}>
      <h1>{t('notFound')}</h1>
      <p>{t('notFoundText')}</p>
    </Layout>,
    404,
  );
}

/** A page that says the posted form was larger than this deployment takes (413); the limit is the API's. */
export function tooLarge(c: Context<AppEnv>, maxBytes: number, section: Section, offered: readonly Language[] = NORWEGIAN) {
  const frame = frameOf(c, offered);
  const { t } = frame;
  return send(
    c,
    <Layout frame={frame} title={t('tooLarge')} section={section}>
      <h1>{t('tooLarge')}</h1>
      <p>{t('tooLargeText', { kib: formatValue(maxBytes / 1024, frame.lang) })}</p>
    </Layout>,
    413,
  );
}
