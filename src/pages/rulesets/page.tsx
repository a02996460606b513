import type { PreparedRuleset } from '../../rulesets/prepared.ts';
import type { RulesetDiff, Differences } from '../../rulesets/diff.ts';
import type { Condition, Language, LegalBasis, Localized, Quote, Review, Rule, RulesetFile, WordingBlock } from '../../rulesets/schema.ts';
import { ConditionView } from '../conditions.tsx';
import { Citations } from '../findings.tsx';
import type { T, WordKey } from '../i18n.ts';
import { norwegianDate } from '../dates.ts';
import { href, type Frame } from '../frame.tsx';
import { Layout } from '../layout.tsx';
import { Head } from '../table.tsx';
import { wordRuns } from '../word-diff.ts';

interface Common {
  frame: Frame;
}

const Digest = ({ digest }: { digest: string }) => <code class="digest">{digest}</code>;

function Status({ status, t }: { status: 'published' | 'draft'; t: T }) {
  return <span class={`status status-${status}`}>{t(`status.${status}`)}</span>;
}

function Changelog({ entries, t }: { entries: RulesetFile['changelog']; t: T }) {
  return (
    <ul class="changelog">
      {entries.map((entry) => (
        <li>
          <strong>{entry.version}</strong> ({norwegianDate(entry.date)})
          <ul>
            {entry.changes.map((change) => (
              <li>{change}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function VersionSelect({ name, id, label, versions, chosen }: { name: string; id: string; label: string; versions: PreparedRuleset[]; chosen: number }) {
  return (
    <>
      <label for={`${name}-${id}`}>{label}</label>
      <select id={`${name}-${id}`} name={name}>
        {versions.map(({ file }, i) => (
          <option value={file.version} selected={i === chosen}>
            {file.version}
          </option>
        ))}
      </select>
    </>
  );
}

/** The list: every ruleset, every version a visitor may see, and a form to compare two. */
export function RulesetListPage({ frame, byId }: Common & { byId: [string, PreparedRuleset[]][] }) {
  const { lang, t } = frame;
  return (
    <Layout frame={frame} title={t('rulesetsTitle')} section="rulesets">
      <h1>{t('rulesetsTitle')}</h1>
      <p class="lead">{t('rulesetsIntro')}</p>
      {byId.map(([id, versions]) => {
        const latest = versions.at(-1)!;
        return (
          <section aria-labelledby={`rs-${id}`} class="ruleset">
            <h2 id={`rs-${id}`}>
              {latest.file.title[lang]} <code>{id}</code>
            </h2>
            <div class="scroll">
              <table>
                <caption class="sr-only">{`${id}: ${t('version')}`}</caption>
                <Head columns={[t('version'), t('layer'), t('status'), t('validFrom'), t('validTo'), t('ruleCount'), t('digest')]} />
                <tbody>
                  {versions.map(({ file, digest }) => (
                    <tr>
                      <th scope="row">
                        <a href={href(`/rulesets/${id}/${file.version}`, lang)}>{file.version}</a>
                      </th>
                      <td>{t(`layer.${file.layer}`)}</td>
                      <td>
                        <Status status={file.status} t={t} />
                      </td>
                      <td>{file.validFrom ? norwegianDate(file.validFrom) : '—'}</td>
                      <td>{file.validTo ? norwegianDate(file.validTo) : '—'}</td>
                      <td>{file.rules.length}</td>
                      <td>
                        <Digest digest={digest} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <details>
              <summary>{t('changelog')}</summary>
              <Changelog entries={latest.file.changelog} t={t} />
            </details>
            {versions.length > 1 ? (
              <form method="get" action={`/rulesets/${id}/diff`} class="inline diff-form">
                {lang !== 'nb' ? <input type="hidden" name="lang" value={lang} /> : null}
                <span class="form-title" id={`diff-${id}`}>
                  {t('diffTitle')}
                </span>
                <VersionSelect name="from" id={id} label={t('diffFrom')} versions={versions} chosen={versions.length - 2} />
                <VersionSelect name="to" id={id} label={t('diffTo')} versions={versions} chosen={versions.length - 1} />
                <button type="submit" aria-describedby={`diff-${id}`}>
                  {t('showDiff')}
                </button>
              </form>
            ) : null}
          </section>
        );
      })}
    </Layout>
  );
}

function AppliesTo({ rule, t }: { rule: Rule; t: T }) {
  const parts = [...(rule.appliesTo?.kinds ?? []).map((k) => t(`kind.${k}`)), ...(rule.appliesTo?.serviceTypes ?? [])];
  return <>{parts.length ? parts.join(', ') : t('appliesAll')}</>;
}

/**
 * The legal text a rule or wording block applies, with its review record: shown beside the
 * condition, so a lawyer reads law and code side by side.
 */
function LawText({ quote, review, t }: { quote: readonly Quote[] | undefined; review: Review | undefined; t: T }) {
  return (
    <section class="law" aria-label={t('lawText')}>
      <p>
        <strong>{t('lawText')}</strong>
      </p>
      {quote?.length ? (
        quote.map((q) => (
          <figure>
            <blockquote cite={q.url}>{q.text}</blockquote>
            <figcaption>
              <a href={q.url}>{q.source}</a>
            </figcaption>
          </figure>
        ))
      ) : (
        <p>{t('noLawText')}</p>
      )}
      {review ? (
        <p class="review-record">
          {t('reviewRecord')}: <span class={`review-${review.status}`}>{t(`review.${review.status}`)}</span> ({t('reviewedOn', { date: review.date })}). {review.checked}
        </p>
      ) : null}
    </section>
  );
}

/** The condition with the legal text beside it. */
function ConditionAndLaw({ condition, item, lang, t }: { condition: Condition; item: { quote?: Quote[] | undefined; review?: Review | undefined }; lang: Language; t: T }) {
  return (
    <dd class="law-beside">
      <div>
        <ConditionView condition={condition} lang={lang} t={t} />
      </div>
      <LawText quote={item.quote} review={item.review} t={t} />
    </dd>
  );
}

/** One rule as legal staff read it: what it checks beside the law it applies, what it says, under which law. */
export function RuleView({ rule, lang, t, level = 3 }: { rule: Rule; lang: Language; t: T; level?: 3 | 4 }) {
  const H = `h${level}` as const;
  return (
    <article class={`rule severity-${rule.severity}`} id={`rule-${rule.id}`} data-rule={rule.id}>
      <H>
        <code>{rule.id}</code>
      </H>
      <dl class="facts">
        <dt>{t('status')}</dt>
        <dd>
          <span class="badge">{t(`severity.${rule.severity}`)}</span> · {t(`category.${rule.category}`)} · {t(`scope.${rule.scope}`)}
          {rule.status ? <> · <span class="review">{t('needsReview')}</span></> : null}
        </dd>
        <dt>{t('appliesTo')}</dt>
        <dd>
          <AppliesTo rule={rule} t={t} />
        </dd>
        <dt>{t('whatItChecks')}</dt>
        <ConditionAndLaw condition={rule.conditions} item={rule} lang={lang} t={t} />
        <dt>{t('message')}</dt>
        <dd>{rule.message[lang]}</dd>
        <dt>{t('legalBasis')}</dt>
        <dd>
          <Citations basis={rule.legalBasis} />
        </dd>
        {rule.notes ? (
          <>
            <dt>{t('notes')}</dt>
            <dd>{rule.notes}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}

function WordingView({ block, lang, t, level = 3 }: { block: WordingBlock; lang: Language; t: T; level?: 3 | 4 }) {
  const H = `h${level}` as const;
  return (
    <article class="rule" data-wording={block.id}>
      <H>
        <code>{block.id}</code>
      </H>
      <dl class="facts">
        <dt>{t('when')}</dt>
        <ConditionAndLaw condition={block.when} item={block} lang={lang} t={t} />
        <dt>{block.heading[lang]}</dt>
        <dd>{block.text[lang]}</dd>
        <dt>{t('legalBasis')}</dt>
        <dd>
          <Citations basis={block.legalBasis} />
        </dd>
      </dl>
    </article>
  );
}

function statutoryText(value: boolean | null, t: T) {
  return value === null ? t('municipalityDecides') : value ? t('yes') : t('no');
}

/** One version: its facts, changelog, catalogue, rules and wording. */
export function RulesetDetailPage({ frame, version, others }: Common & { version: PreparedRuleset; others: PreparedRuleset[] }) {
  const { lang, t } = frame;
  const { file, digest, source } = version;
  const previous = others.filter((o) => o.file.version !== file.version);
  return (
    <Layout frame={frame} title={`${file.id} ${file.version}`} section="rulesets">
      <p class="crumbs">
        <a href={href('/rulesets', lang)}>{t('allRulesets')}</a>
      </p>
      <h1>
        {file.title[lang]} <code>{file.version}</code>
      </h1>
      {file.layer === 'municipal' && file.exampleData ? <p class="note">{t('exampleData')}</p> : null}
      <dl class="facts summary">
        <dt>Id</dt>
        <dd>
          <code>{file.id}</code>
        </dd>
        <dt>{t('layer')}</dt>
        <dd>{t(`layer.${file.layer}`)}</dd>
        {file.layer === 'municipal' ? (
          <>
            <dt>{t('municipality')}</dt>
            <dd>{file.municipality}</dd>
            <dt>{t('language')}</dt>
            <dd>{t(`lang.${file.language}`)}</dd>
          </>
        ) : null}
        <dt>{t('status')}</dt>
        <dd>
          <Status status={file.status} t={t} />
        </dd>
        <dt>{t('validFrom')}</dt>
        <dd>{file.validFrom ? norwegianDate(file.validFrom) : '—'}</dd>
        <dt>{t('validTo')}</dt>
        <dd>{file.validTo ? norwegianDate(file.validTo) : '—'}</dd>
        <dt>{t('digest')}</dt>
        <dd>
          <Digest digest={digest} />
        </dd>
        <dt>{t('source')}</dt>
        <dd>
          <code>{source}</code>
        </dd>
      </dl>
      {previous.length > 0 ? (
        <p>
          {t('diffTitle')}:{' '}
          {previous.map((o, i) => {
            // Always older → newer, in the registry's version order.
            const [from, to] = others.indexOf(o) < others.indexOf(version) ? [o.file.version, file.version] : [file.version, o.file.version];
            return (
              <>
                {i > 0 ? ', ' : ''}
                <a href={href(`/rulesets/${file.id}/diff`, lang, { from, to })}>
                  {from} → {to}
                </a>
              </>
            );
          })}
        </p>
      ) : null}
      <h2>{t('changelog')}</h2>
      <Changelog entries={file.changelog} t={t} />
      <h2>
        {t('rules')} ({file.rules.length})
      </h2>
      {file.rules.map((rule) => (
        <RuleView rule={rule} lang={lang} t={t} />
      ))}
      {file.wording.length > 0 ? (
        <>
          <h2>{t('wordingBlocks')}</h2>
          {file.wording.map((block) => (
            <WordingView block={block} lang={lang} t={t} />
          ))}
        </>
      ) : null}
      {Object.keys(file.catalogue).length > 0 ? (
        <>
          <h2>{t('catalogue')}</h2>
          <div class="scroll">
            <table>
              <Head columns={[t('serviceType'), t('statutory'), t('hourBased'), t('legalBasis')]} />
              <tbody>
                {Object.entries(file.catalogue).map(([type, entry]) => (
                  <tr>
                    <th scope="row">
                      {entry.name?.[lang] ?? ''} <code>{type}</code>
                    </th>
                    <td>{statutoryText(entry.statutory, t)}</td>
                    <td>{entry.hourBased ? t('yes') : t('no')}</td>
                    <td>{entry.legalBasis ? <Citations basis={entry.legalBasis} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {file.layer === 'municipal' && file.referenceRanges.length > 0 ? (
        <>
          <h2>{t('referenceRanges')}</h2>
          <div class="scroll">
            <table>
              <Head columns={[t('serviceType'), t('functionalLevel'), t('hoursPerWeek')]} />
              <tbody>
                {file.referenceRanges.map((r) => (
                  <tr>
                    <td>
                      <code>{r.serviceType}</code>
                    </td>
                    <td>
                      {r.functionalLevel.from}–{r.functionalLevel.to}
                    </td>
                    <td>
                      {r.hoursPerWeek.min}–{r.hoursPerWeek.max}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Layout>
  );
}

const isLocalized = (v: unknown): v is Localized => !!v && typeof v === 'object' && 'nb' in v && 'nn' in v && 'en' in v;
const isCondition = (field: string) => field === 'conditions' || field === 'when';

/** Text that changed, with the words only this side has marked: removed on the old side, added on the new. */
function ChangedText({ text, other, side }: { text: string; other: unknown; side: 'before' | 'after' }) {
  if (typeof other !== 'string') return <>{text}</>;
  const Mark = side === 'before' ? 'del' : 'ins';
  return (
    <>
      {wordRuns(text, other).map((run) => (run.changed ? <Mark class="word">{run.text}</Mark> : run.text))}
    </>
  );
}

function LocalizedText({ text, other, side }: { text: Localized; other?: unknown; side?: 'before' | 'after' }) {
  return (
    <dl class="localized">
      {(['nb', 'nn', 'en'] as const).map((l) => (
        <>
          <dt>{l}</dt>
          <dd lang={l}>{side && isLocalized(other) ? <ChangedText text={text[l]} other={other[l]} side={side} /> : text[l]}</dd>
        </>
      ))}
    </dl>
  );
}

/** A changed field's value, shown the way it reads best: conditions in words, texts per language with the changed words marked, citations as links. */
function FieldValue({ field, value, other, side, lang, t }: { field: string; value: unknown; other: unknown; side: 'before' | 'after'; lang: Language; t: T }) {
  if (value === undefined || value === null) return <>—</>;
  if (isCondition(field)) return <ConditionView condition={value as Condition} lang={lang} t={t} />;
  if (isLocalized(value)) return <LocalizedText text={value} other={other} side={side} />;
  if (field === 'legalBasis') return <Citations basis={value as LegalBasis[]} />;
  if (field === 'severity') return <>{t(`severity.${value as Rule['severity']}`)}</>;
  if (field === 'category') return <>{t(`category.${value as Rule['category']}`)}</>;
  if (field === 'status' && (value === 'draft' || value === 'published')) return <>{t(`status.${value}`)}</>;
  if ((field === 'validFrom' || field === 'validTo') && typeof value === 'string') return <>{norwegianDate(value)}</>;
  if (typeof value === 'string') return <ChangedText text={value} other={other} side={side} />;
  if (typeof value === 'object') return <pre>{JSON.stringify(value, null, 2)}</pre>;
  return <>{String(value)}</>;
}

/** The fields of a rule, wording block, catalogue entry or version, by their Norwegian names; a field not named here shows its code name. */
const fieldWords: Record<string, WordKey> = {
  title: 'fieldTitle',
  severity: 'fieldSeverity',
  category: 'fieldCategory',
  scope: 'fieldScope',
  conditions: 'whatItChecks',
  when: 'when',
  message: 'message',
  legalBasis: 'legalBasis',
  notes: 'notes',
  appliesTo: 'appliesTo',
  status: 'status',
  quote: 'lawText',
  review: 'reviewRecord',
  heading: 'fieldHeading',
  text: 'fieldText',
  validFrom: 'validFrom',
  validTo: 'validTo',
  language: 'language',
  municipality: 'municipality',
  statutory: 'statutory',
  hourBased: 'hourBased',
  name: 'fieldName',
  referenceRanges: 'referenceRanges',
};

function FieldName({ field, t }: { field: string; t: T }) {
  const key = fieldWords[field];
  return key ? (
    <span class="fact">
      {t(key)} <code>{field}</code>
    </span>
  ) : (
    <code>{field}</code>
  );
}

function ChangedTable({ fields, before, after, lang, t }: { fields: string[]; before: unknown; after: unknown; lang: Language; t: T }) {
  const get = (item: unknown, field: string) => (item as Record<string, unknown>)[field];
  return (
    <div class="scroll">
      <table class="diff">
        <caption>{t('changedFields', { fields: fields.map((f) => (fieldWords[f] ? t(fieldWords[f]) : f)).join(', ') })}</caption>
        <Head columns={[t('field'), t('before'), t('after')]} />
        <tbody>
          {fields.map((field) => (
            <tr data-field={field}>
              <th scope="row">
                <FieldName field={field} t={t} />
              </th>
              <td class="before">
                <FieldValue field={field} value={get(before, field)} other={get(after, field)} side="before" lang={lang} t={t} />
              </td>
              <td class="after">
                <FieldValue field={field} value={get(after, field)} other={get(before, field)} side="after" lang={lang} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DiffSection<T2 extends Record<string, unknown>>({ title, diff, idOf, render, lang, t, kind }: { title: string; diff: Differences<T2>; idOf: (item: T2) => string; render: (item: T2) => unknown; lang: Language; t: T; kind: string }) {
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <section aria-labelledby={`diff-${kind}`} data-diff={kind}>
      <h2 id={`diff-${kind}`}>{title}</h2>
      {empty ? <p>{t('nothingChanged')}</p> : null}
      {diff.added.length > 0 ? (
        <section data-diff-part="added">
          <h3>
            {t('added')} ({diff.added.length})
          </h3>
          {diff.added.map((item) => render(item))}
        </section>
      ) : null}
      {diff.removed.length > 0 ? (
        <section data-diff-part="removed">
          <h3>
            {t('removed')} ({diff.removed.length})
          </h3>
          <ul>
            {diff.removed.map((item) => (
              <li>
                <code>{idOf(item)}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.changed.length > 0 ? (
        <section data-diff-part="changed">
          <h3>
            {t('changed')} ({diff.changed.length})
          </h3>
          {diff.changed.map((change) => (
            <article data-changed={change.id}>
              <h4>
                <code>{change.id}</code>
              </h4>
              <ChangedTable fields={change.fields} before={change.before} after={change.after} lang={lang} t={t} />
            </article>
          ))}
        </section>
      ) : null}
    </section>
  );
}

/** Two versions of one ruleset: what was added, removed and changed, field by field. */
export function RulesetDiffPage({ frame, from, to, diff }: Common & { from: PreparedRuleset; to: PreparedRuleset; diff: RulesetDiff }) {
  const { lang, t } = frame;
  const id = from.file.id;
  const title = t('diffHeading', { id, from: from.file.version, to: to.file.version });
  return (
    <Layout frame={frame} title={title} section="rulesets">
      <p class="crumbs">
        <a href={href('/rulesets', lang)}>{t('allRulesets')}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <a href={href(`/rulesets/${id}/${from.file.version}`, lang)}>{from.file.version}</a> (<Status status={from.file.status} t={t} />) →{' '}
        <a href={href(`/rulesets/${id}/${to.file.version}`, lang)}>{to.file.version}</a> (<Status status={to.file.status} t={t} />)
      </p>
      <section aria-labelledby="diff-meta" data-diff="meta">
        <h2 id="diff-meta">{t('metadata')}</h2>
        {diff.meta.length === 0 ? <p>{t('nothingChanged')}</p> : null}
        {diff.meta.map((m) => (
          <ChangedTable fields={m.fields} before={m.before} after={m.after} lang={lang} t={t} />
        ))}
        {diff.changelog.length > 0 ? (
          <>
            <h3>{t('newChangelog')}</h3>
            <Changelog entries={diff.changelog} t={t} />
          </>
        ) : null}
      </section>
      <DiffSection title={t('rules')} kind="rules" diff={diff.rules} idOf={(r) => r.id} render={(r) => <RuleView rule={r} lang={lang} t={t} level={4} />} lang={lang} t={t} />
      <DiffSection title={t('wordingBlocks')} kind="wording" diff={diff.wording} idOf={(w) => w.id} render={(w) => <WordingView block={w} lang={lang} t={t} level={4} />} lang={lang} t={t} />
      <DiffSection
        title={t('catalogue')}
        kind="catalogue"
        diff={diff.catalogue}
        idOf={(e) => e.type}
        render={(e) => (
          <p>
            <code>{e.type}</code> – {t('statutory')}: {statutoryText(e.statutory, t)}
          </p>
        )}
        lang={lang}
        t={t}
      />
    </Layout>
  );
}
