import type { Child } from 'hono/jsx';
import type { Language } from '../rulesets/schema.ts';
import type { T } from './i18n.ts';

export type Section = 'lab' | 'rulesets' | 'training' | 'insight';

export interface PageProps {
  lang: Language;
  t: T;
  title: string;
  section: Section;
  /** The languages this page is offered in, for the switch. */
  offered: readonly Language[];
  /** This page's address, to switch language in place. */
  url: string;
  children?: Child;
}

const languageNames: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The address of a page in a language: every link the pages make carries the language along. */
export function href(path: string, lang: Language, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...params, ...(lang === 'nb' ? {} : { lang }) }).toString();
  return query ? `${path}?${query}` : path;
}

function switchTo(url: string, lang: Language): string {
  const u = new URL(url);
  u.searchParams.delete('lang');
  if (lang !== 'nb') u.searchParams.set('lang', lang);
  return u.pathname + u.search;
}

/** The frame of every page: skip link, main menu, language switch, one <main>. */
export function Layout({ lang, t, title, section, offered, url, children }: PageProps) {
  const nav: [Section, string, string][] = [
    ['lab', '/lab', t('navLab')],
    ['rulesets', '/rulesets', t('navRulesets')],
    ['training', '/training', t('navTraining')],
    ['insight', '/insight', t('navInsight')],
  ];
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Hjemmel`}</title>
        <link rel="stylesheet" href="/assets/pages.css" />
        <script src="/assets/pages.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">{t('skip')}</a>
        <header class="site">
          <div class="bar">
            <p class="brand">
              <a href={href('/lab', lang)}>Hjemmel</a> <span>{t('tagline')}</span>
            </p>
            <nav aria-label={t('navMain')}>
              <ul>
                {nav.map(([key, path, label]) => (
                  <li>
                    <a href={href(path, lang)} aria-current={key === section ? 'page' : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <nav aria-label={t('navLang')} class="langs">
              <ul>
                {offered.map((l) => (
                  <li>
                    <a href={switchTo(url, l)} lang={l} hreflang={l} aria-current={l === lang ? 'true' : undefined}>
                      {languageNames[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site">
          <p>{t('footer')}</p>
        </footer>
      </body>
    </html>
  );
}
