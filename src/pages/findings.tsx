import type { Finding, Verdict, Wording } from '../decision/result.ts';
import type { PreparedRuleset } from '../rulesets/prepared.ts';
import type { Language, LegalBasis } from '../rulesets/schema.ts';
import { ConditionValue, FactName, valueText } from './conditions.tsx';
import type { T } from './i18n.ts';
import { href } from './frame.tsx';
import { Head } from './table.tsx';

/** Heading level of the items in a list, so lists sit under any heading. */
export type Level = 3 | 4 | 5;

export function Citations({ basis }: { basis: readonly LegalBasis[] }) {
  return (
    <ul class="citations">
      {basis.map((b) => (
        <li>
          <a href={b.url} rel="external noopener">
            {b.citation}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The verdict in words and colour (the words carry it; the colour only repeats it). "Clear – no
 * findings" is never said above a finding: clear with findings (info only) says so.
 */
export function VerdictBanner({ verdict, findings, t, id }: { verdict: Verdict; findings: number; t: T; id?: string }) {
  return (
    <p class={`verdict verdict-${verdict}`} id={id}>
      {verdict === 'clear' && findings > 0 ? t('verdict.clearWithInfo') : t(`verdict.${verdict}`)}
    </p>
  );
}

/** One finding: what is wrong, because of which facts, under which law. */
export function FindingView({ finding, lang, t, headingLevel, fieldHref }: { finding: Finding; lang: Language; t: T; headingLevel: Level; fieldHref?: ((path: string) => string | undefined) | undefined }) {
  const H = `h${headingLevel}` as const;
  return (
    <article class={`finding severity-${finding.severity}`} data-rule={finding.rule}>
      <H>
        <span class="badge">{t(`severity.${finding.severity}`)}</span> {finding.title}
      </H>
      <p class="meta">
        <code class="rule-id">{finding.rule}</code>
        {` · ${t(`category.${finding.category}`)}`}
        {finding.service !== undefined ? ` · ${t('serviceLine', { n: finding.service + 1 })}` : ''}
        {` · ${t('fromRuleset')} ${finding.ruleset}`}
      </p>
      {finding.outcome === 'undetermined' ? <p class="undetermined">{t('undetermined')}</p> : null}
      {finding.status ? <p class="review">{t('needsReview')}</p> : null}
      <p class="message">{finding.message}</p>
      {finding.missingFacts?.length ? (
        <p>
          {t('fillIn')}:{' '}
          {finding.missingFacts.map((path, i) => {
            const target = fieldHref?.(path);
            return (
              <>
                {i > 0 ? ', ' : ''}
                {target ? (
                  <a href={target}>
                    <FactName name={path} lang={lang} />
                  </a>
                ) : (
                  <FactName name={path} lang={lang} />
                )}
              </>
            );
          })}
        </p>
      ) : null}
      {finding.because.length > 0 ? (
        <details class="because">
          <summary>{t('because')}</summary>
          <div class="scroll">
          <table class="because">
            <caption class="sr-only">{t('because')}</caption>
            <Head columns={[t('becauseFact'), t('becauseCondition'), t('becauseActual'), t('becauseHeld')]} />
            <tbody>
              {finding.because.map((b) => (
                <tr>
                  <td>
                    <FactName name={b.fact} lang={lang} />
                  </td>
                  <td>
                    {t(`op.${b.operator}`)} <ConditionValue fact={b.fact} value={b.value} lang={lang} t={t} />
                  </td>
                  <td>{b.actual === undefined ? '—' : valueText(b.fact, b.actual, lang, t)}</td>
                  <td>{b.result ? t('yes') : t('no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </details>
      ) : null}
      <div class="basis">
        <span>{t('legalBasis')}:</span>
        <Citations basis={finding.legalBasis} />
      </div>
    </article>
  );
}

export function FindingList(props: { findings: readonly Finding[]; lang: Language; t: T; headingLevel: Level; fieldHref?: (path: string) => string | undefined }) {
  if (props.findings.length === 0) return <p>{props.t('noFindings')}</p>;
  return (
    <div class="findings">
      {props.findings.map((finding) => (
        <FindingView finding={finding} lang={props.lang} t={props.t} headingLevel={props.headingLevel} fieldHref={props.fieldHref} />
      ))}
    </div>
  );
}

/**
 * The mandatory wording, marked with the letter's own language so it is read aloud right, with a
 * copy button per block and one for all (shown by the script, which does the copying: without it
 * the text is there to select).
 */
export function WordingList({ wording, language, t, headingLevel }: { wording: readonly Wording[]; language: Language; t: T; headingLevel: Level }) {
  const H = `h${headingLevel}` as const;
  if (wording.length === 0) return <p>{t('noWording')}</p>;
  return (
    <div class="wording" data-copy-scope>
      <p class="copy-all">
        <button type="button" class="secondary" data-copy="all" data-copied={t('copied')} hidden>
          {t('copyAll')}
        </button>
      </p>
      {wording.map((w) => (
        <div class="block">
          <article lang={language} data-wording={w.id}>
            <H data-copy-text>{w.heading}</H>
            <p data-copy-text>{w.text}</p>
            <Citations basis={w.legalBasis} />
          </article>
          <button type="button" class="secondary" data-copy="block" data-copied={t('copied')} hidden>
            {t('copyBlock')}
            <span class="sr-only">{`: ${w.heading}`}</span>
          </button>
        </div>
      ))}
      <p class="copy-status" role="status" aria-live="polite"></p>
    </div>
  );
}

/** Which versions took part, linking to the ruleset browser. */
export function VersionsUsed({ rulesets, lang, t }: { rulesets: readonly PreparedRuleset[]; lang: Language; t: T }) {
  return (
    <ul class="versions">
      {rulesets.map(({ file, digest }) => (
        <li>
          <a href={href(`/rulesets/${file.id}/${file.version}`, lang)}>
            {file.id}@{file.version}
          </a>{' '}
          <span class={`status status-${file.status}`}>{t(`status.${file.status}`)}</span> <code class="digest">{digest.slice(0, 19)}…</code>
        </li>
      ))}
    </ul>
  );
}
