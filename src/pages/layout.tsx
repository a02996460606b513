import type { Child } from 'hono/jsx';
import type { Language } from '../rulesets/schema.ts';
import { mayOpen, type Section } from './access.ts';
import { FrameContext, href, type Frame } from './frame.tsx';
import { PostForm } from './post-form.tsx';

export interface PageProps {
  frame: Frame;
  title: string;
  /** The part of the site the page belongs to, marked in the menu. */
  section: Section;
  children?: Child;
}

const languageNames: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

function switchTo(url: string, lang: Language): string {
  const u = new URL(url);
  u.searchParams.delete('lang');
  if (lang !== 'nb') u.searchParams.set('lang', lang);
  return u.pathname + u.search;
}

/** The frame of every page: skip link, the menu of what the visitor may open, sign-out, language switch, one <main>. */
export function Layout({ frame, title, section, children }: PageProps) {
  const { lang, t, role } = frame;
  const nav = (
    [
      ['lab', '/lab', t('navLab')],
      ['rulesets', '/rulesets', t('navRulesets')],
      ['training', '/training', t('navTraining')],
      ['trainer', '/training/trainer', t('navTrainer')],
    ] as const
  ).filter(([key]) => mayOpen(role, key));
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
        <FrameContext.Provider value={frame}>
          <a class="skip" href="#main">
            {t('skip')}
          </a>
          <header class="site">
            <div class="bar">
              <p class="brand">
                <a href={href(role ? '/' : '/login', lang)}>Hjemmel</a> <span>{t('tagline')}</span>
              </p>
              {nav.length > 0 ? (
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
              ) : null}
              <nav aria-label={t('navLang')} class="langs">
                <ul>
                  {frame.offered.map((l) => (
                    <li>
                      <a href={switchTo(frame.url, l)} lang={l} hreflang={l} aria-current={l === lang ? 'true' : undefined}>
                        {languageNames[l]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {role ? (
                <PostForm path="/logout" class="signout">
                  <button type="submit" class="link">
                    {t('signOut')}
                  </button>
                </PostForm>
              ) : null}
            </div>
          </header>
          <main id="main" tabindex={-1}>
            {children}
          </main>
          <footer class="site">
            <p>{t('footer')}</p>
          </footer>
        </FrameContext.Provider>
      </body>
    </html>
  );
}
