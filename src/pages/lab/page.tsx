import type { FieldError } from '../../decision/field-errors.ts';
import type { FixedFinding } from '../../decision/result.ts';
import type { Registry } from '../../rulesets/registry.ts';
import type { Condition, Language } from '../../rulesets/schema.ts';
import { norwegianDate } from '../dates.ts';
import { mayUseAnyVersion, visibleVersions } from '../../decision/access.ts';
import { FindingList, VerdictBanner, VersionsUsed, WordingList, type Level } from '../findings.tsx';
import type { Frame } from '../frame.tsx';
import type { T } from '../i18n.ts';
import { labelOf, outcomeNames, reasonName, reasonNames } from '../labels.ts';
import type { Standing } from '../../insight/standing.ts';
import { formatValue } from '../../wording/render.ts';
import { href } from '../frame.tsx';
import { Layout } from '../layout.tsx';
import { PostForm } from '../post-form.tsx';
import { Head } from '../table.tsx';
import { Field, type FieldContext } from './fields.tsx';
import { fieldId, groups, lineFields, valueAt, type FieldSpec } from './form.ts';
import { serviceNames, type LabRecording, type LabView, type Side } from './run.ts';

/** The reason codes the loaded rules look for (`decision.grounds.reasons contains …`), so the form can name them. */
export function reasonCodes(registry: Registry): string[] {
  const codes = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if (c.fact === 'decision.grounds.reasons' && typeof c.value === 'string') codes.add(c.value);
  };
  for (const { file } of registry.versions) for (const rule of file.rules) walk(rule.conditions);
  return [...codes].sort();
}

type FieldHref = (path: string) => string | undefined;

function FieldGroup({ legend, specs, ctx, hints = {} }: { legend: string; specs: FieldSpec[]; ctx: FieldContext; hints?: Record<string, string> }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="grid">
        {specs.map((spec) => (
          <Field spec={spec} value={valueAt(ctx.values, spec.path)} ctx={ctx} hint={hints[spec.path]} />
        ))}
      </div>
    </fieldset>
  );
}

function VersionPickers({ frame, registry, side, pins }: { frame: Frame; registry: Registry; side: 'A' | 'B'; pins: Record<string, string> }) {
  const { t } = frame;
  const ids = [...new Set(registry.versions.map((v) => v.file.id))];
  return (
    <div class="grid">
      {ids.map((id) => {
        const name = `pin${side}.${id}`;
        const versions = visibleVersions(frame.role, registry.versionsOf(id));
        return (
          <div class="field">
            <label for={fieldId(name)}>
              {id} <span class="side">({t(side === 'A' ? 'sideA' : 'sideB')})</span>
            </label>
            <select id={fieldId(name)} name={name} aria-describedby="versions-hint">
              <option value="">{t('inForce')}</option>
              {versions.map(({ file }) => (
                <option value={file.version} selected={pins[id] === file.version}>
                  {`${file.version} – ${t(`status.${file.status}`)}${file.validFrom ? ` (${t('validFrom').toLowerCase()} ${norwegianDate(file.validFrom)})` : ''}`}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

function ErrorSummary({ errors, t, lang, fieldHref, level }: { errors: readonly FieldError[]; t: T; lang: Language; fieldHref: FieldHref; level: 2 | 3 }) {
  const H = `h${level}` as const;
  return (
    <div class="error-summary" role="alert">
      <H>{t('errorSummary')}</H>
      <ul>
        {errors.map((e) => {
          const name = `${labelOf(e.path, lang) ?? e.path}: ${e.message}`;
          const target = fieldHref(e.path.startsWith('pin.') ? `pinA.${e.path.slice(4)}` : e.path);
          return <li>{target ? <a href={target}>{name}</a> : name}</li>;
        })}
      </ul>
    </div>
  );
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;
const bySeverity = (a: FixedFinding, b: FixedFinding) => severityOrder[a.severity] - severityOrder[b.severity];

/**
 * "Change before you sign": what to change, most severe first. Each fix links to its field and has
 * a button that applies it to the form and checks again: a plain submit of the lab form (by its
 * id, from up here), so it works without the script.
 */
function ChangesToMake({ findings, t, lang, fieldHref, level, jsonMode }: { findings: readonly FixedFinding[]; t: T; lang: Language; fieldHref: FieldHref; level: Level; jsonMode: boolean }) {
  const items = findings.filter((f) => f.fixes.length > 0 || f.missingFacts?.length).sort(bySeverity);
  if (items.length === 0) return null;
  const H = `h${level}` as const;
  return (
    <section class="changes" aria-labelledby="changes-heading">
      <H id="changes-heading">{t('changeBeforeSigning')}</H>
      <ol>
        {items.map((f, i) => (
          <li class={`change severity-${f.severity}`} data-change-rule={f.rule}>
            <p class="change-title">
              <span class="badge">{t(`severity.${f.severity}`)}</span> <strong>{f.title}</strong>
              {f.service !== undefined ? ` (${t('serviceLine', { n: f.service + 1 })})` : ''}
            </p>
            <ul>
              {f.fixes.map((fix, j) => {
                const target = fieldHref(fix.path);
                const id = `fix-${i}-${j}`;
                return (
                  <li data-fix={fix.path}>
                    <span id={id}>{target ? <a href={target}>{fix.text}</a> : fix.text}</span>{' '}
                    <button type="submit" form="lab-form" name="apply" value={JSON.stringify([{ path: fix.path, value: fix.value }, ...(fix.alsoSet ?? [])])} class="secondary small" aria-describedby={id}>
                      {t('applyFix')}
                    </button>
                  </li>
                );
              })}
              {f.fixes.length === 0 && f.missingFacts?.length ? (
                <li>
                  {t(jsonMode ? 'fillInJson' : 'fillIn')}:{' '}
                  {f.missingFacts.map((path, k) => {
                    const target = fieldHref(path);
                    const label = labelOf(path, lang) ?? path;
                    return (
                      <>
                        {k > 0 ? ', ' : ''}
                        {target ? <a href={target}>{label}</a> : label}
                      </>
                    );
                  })}
                </li>
              ) : null}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

const findingKey = (f: FixedFinding) => `${f.rule}#${f.service ?? ''}`;

function outcomeText(f: FixedFinding | undefined, t: T): string {
  if (!f) return t('notFired');
  return f.outcome === 'undetermined' ? `${t(`severity.${f.severity}`)} (${t('undeterminedShort')})` : t(`severity.${f.severity}`);
}

/** The two sides' findings rule by rule, those that differ first and counted, so what a version change does is seen at once. */
function CompareTable({ a, b, t }: { a: FixedFinding[]; b: FixedFinding[]; t: T }) {
  const at = (list: FixedFinding[], key: string) => list.find((f) => findingKey(f) === key);
  const rows = [...new Set([...a, ...b].map(findingKey))].sort().map((key) => {
    const fa = at(a, key);
    const fb = at(b, key);
    return { key, fa, fb, same: fa?.severity === fb?.severity && fa?.outcome === fb?.outcome };
  });
  rows.sort((x, y) => Number(x.same) - Number(y.same));
  const differing = rows.filter((r) => !r.same).length;
  return (
    <>
      <p class="compare-summary" data-differing={String(differing)}>
        {differing === 0 ? t('noDifferences') : t('differences', { n: differing })}
      </p>
      <div class="scroll">
        <table class="compare">
          <caption>{t('comparisonIntro')}</caption>
          <Head columns={[t('rule'), t('sideA'), t('sideB'), t('differs')]} />
          <tbody>
            {rows.map(({ key, fa, fb, same }) => {
              const finding = (fa ?? fb)!;
              return (
                <tr class={same ? '' : 'changed'} data-compare-rule={finding.rule} data-key={key}>
                  <th scope="row">
                    {finding.title}
                    {finding.service !== undefined ? ` (${t('serviceLine', { n: finding.service + 1 })})` : ''} <code class="rule-id">{finding.rule}</code>
                  </th>
                  <td>{outcomeText(fa, t)}</td>
                  <td>{outcomeText(fb, t)}</td>
                  <td>{same ? t('same') : <strong>{!fa ? t('onlyIn', { side: 'B' }) : !fb ? t('onlyIn', { side: 'A' }) : t('differs')}</strong>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A service's name inside a sentence: lower-case unless it is an abbreviation (BPA). */
const inSentence = (name: string) => (/^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name);

/** Where the draft's grants fall among the municipality's past decisions (only with at least 20 of them), next to the equality findings. */
function Standings({ standings, lang, names, t, level }: { standings: readonly Standing[]; lang: Language; names: Record<string, string>; t: T; level: Level }) {
  if (standings.length === 0) return null;
  const H = `h${level}` as const;
  return (
    <section class="standings" aria-labelledby="standings-heading">
      <H id="standings-heading">{t('standingHeading')}</H>
      {standings.map((s) => (
        <p data-standing={String(s.service)}>
          {t('standing', { hours: formatValue(s.hours, lang), percent: s.percentBelow, n: s.decisions, service: inSentence(names[s.type] ?? s.type), band: s.band })}
        </p>
      ))}
    </section>
  );
}

/** "Hva ble resultatet?": signed, revised or abandoned, and each fired finding knowingly departed from, with a reason; posted to /lab/outcome. */
function OutcomeForm({ recording, findings, t, level }: { recording: LabRecording | undefined; findings: readonly FixedFinding[]; t: T; level: Level }) {
  if (!recording) return null;
  const H = `h${level}` as const;
  if (recording.state === 'off') return <p class="record-note" data-record="off">{t('recordOff')}</p>;
  if (recording.state === 'what-if') return <p class="record-note" data-record="what-if">{t('recordWhatIf')}</p>;
  const fired = [...new Map(findings.filter((f) => f.outcome === 'fired').map((f) => [f.rule, f.title])).entries()];
  const outcomes = outcomeNames(t);
  const reasons = reasonNames(t);
  return (
    <section class="outcome" aria-labelledby="outcome-heading" data-record="recorded">
      <H id="outcome-heading">{t('outcomeQuestion')}</H>
      <p class="hint">{t('recordedAs', { id: recording.evaluationId })}</p>
      <PostForm path="/lab/outcome" id="outcome-form">
        <input type="hidden" name="evaluationId" value={recording.evaluationId} />
        <fieldset>
          <legend>{t('outcomeIntro')}</legend>
          {Object.entries(outcomes).map(([value, name]) => (
            <div class="field check">
              <input type="radio" id={`f-outcome-${value}`} name="outcome" value={value} required />
              <label for={`f-outcome-${value}`}>{name}</label>
            </div>
          ))}
        </fieldset>
        {fired.length > 0 ? (
          <fieldset>
            <legend>{t('outcomeDeviations')}</legend>
            <div class="grid">
              {fired.map(([rule, title]) => (
                <div class="field">
                  <label for={fieldId(`deviation.${rule}`)}>{t('deviateFrom', { title })}</label>
                  <select id={fieldId(`deviation.${rule}`)} name={`deviation.${rule}`}>
                    <option value="">{t('noDeviation')}</option>
                    {Object.entries(reasons).map(([value, name]) => (
                      <option value={value}>{name}</option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        <button type="submit">{t('saveOutcome')}</button>
      </PostForm>
    </section>
  );
}

/** What became of a posted outcome, in the page's words. */
export type OutcomeAnswerView =
  | { state: 'recorded'; evaluationId: string; outcome: keyof ReturnType<typeof outcomeNames> }
  | { state: 'exists' | 'unknown'; evaluationId: string }
  | { state: 'not-fired'; rules: string[] }
  | { state: 'invalid' | 'off' | 'unavailable' };

export function LabOutcomePage({ frame, answer }: { frame: Frame; answer: OutcomeAnswerView }) {
  const { t, lang } = frame;
  const [title, text] = ((): [string, string] => {
    switch (answer.state) {
      case 'recorded':
        return [t('outcomeSaved'), t('outcomeSavedText', { id: answer.evaluationId, outcome: outcomeNames(t)[answer.outcome] })];
      case 'exists':
        return [t('outcomeExists'), t('outcomeExistsText', { id: answer.evaluationId })];
      case 'unknown':
        return [t('outcomeUnknown'), t('outcomeUnknownText', { id: answer.evaluationId })];
      case 'not-fired':
        return [t('outcomeNotFired'), t('outcomeNotFiredText', { rules: answer.rules.join(', ') })];
      case 'invalid':
        return [t('outcomeInvalid'), t('outcomeInvalidText')];
      case 'off':
        return [t('outcomeQuestion'), t('recordOff')];
      case 'unavailable':
        return [t('recordUnavailable'), t('recordUnavailableText')];
    }
  })();
  return (
    <Layout frame={frame} title={title} section="lab">
      <h1>{title}</h1>
      <p role="status" data-outcome-answer={answer.state}>
        {text}
      </p>
      <p>
        <a href={href('/lab', lang)}>{t('backToLab')}</a>
      </p>
    </Layout>
  );
}

interface Recorded {
  recording: LabRecording | undefined;
  standings: readonly Standing[];
  names: Record<string, string>;
}

function SideResult({ side, lang, t, level, fieldHref, jsonMode, recorded }: { side: Side; lang: Language; t: T; level: 2 | 3; fieldHref: FieldHref; jsonMode: boolean; recorded: Recorded }) {
  const result = side.result;
  if (!result.ok) return null;
  const H = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const sub = (level + 1) as 3 | 4;
  const items = (level + 2) as 4 | 5;
  return (
    <section class="side-result" aria-labelledby={`result-${side.name}`} data-side={side.name}>
      <H id={`result-${side.name}`}>{level === 2 ? t('result') : t(side.name === 'A' ? 'sideA' : 'sideB')}</H>
      <VerdictBanner verdict={result.verdict} findings={result.findings.length} t={t} />
      {side.name === 'A' ? <ChangesToMake findings={result.findings} t={t} lang={lang} fieldHref={fieldHref} level={sub} jsonMode={jsonMode} /> : null}
      {side.name === 'A' ? <Standings standings={recorded.standings} lang={lang} names={recorded.names} t={t} level={sub} /> : null}
      <Sub>{t('wording')}</Sub>
      <WordingList wording={result.wording} language={result.language} t={t} headingLevel={items} />
      <Sub>{t('findings')}</Sub>
      <FindingList findings={result.findings} lang={lang} t={t} headingLevel={items} fieldHref={fieldHref} />
      <Sub>{t('versionsUsed')}</Sub>
      <VersionsUsed rulesets={result.rulesets} lang={lang} t={t} />
      {side.name === 'A' ? <OutcomeForm recording={recorded.recording} findings={result.findings} t={t} level={sub} /> : null}
    </section>
  );
}

export interface LabPageProps {
  frame: Frame;
  registry: Registry;
  view: LabView;
  scenarios: { id: string; title: string }[];
  chosenScenario?: string | undefined;
}

export function LabPage({ frame, registry, view, scenarios, chosenScenario }: LabPageProps) {
  const { lang, t } = frame;
  const names = serviceNames(registry, lang);
  const types = Object.keys(names).sort();
  const [a, b] = view.sides;
  const failed = view.sides.filter((s) => !s.result.ok);
  const formErrors = a && !a.result.ok ? a.result.errors : [];
  const ctx: FieldContext = { lang, t, values: view.values, errors: formErrors, serviceNames: names };
  const lineSpecs = Array.from({ length: view.lines }, (_, i) => lineFields(i, types));
  const fields = new Set([...Object.values(groups).flat(), ...lineSpecs.flat()].map((s) => s.path));
  for (const id of new Set(registry.versions.map((v) => v.file.id))) fields.add(`pinA.${id}`);
  // A missing fact may name a whole group (procedure.decisionMakers): point at its first field.
  const fieldHref: FieldHref = (path) => {
    const target = fields.has(path) ? path : [...fields].find((f) => f.startsWith(`${path}.`));
    return target ? `#${fieldId(target)}` : undefined;
  };
  const codes = reasonCodes(registry).map((code) => (reasonName(code, lang) ? `${code} (${reasonName(code, lang)})` : code));
  const municipalities = registry.versions.flatMap(({ file }) => (file.layer === 'municipal' ? [[file.municipality, file.title[lang]] as const] : []));
  const pinsA = a?.pins ?? ((view.values.pin as Record<string, string> | undefined) ?? {});
  const recorded: Recorded = { recording: view.recording, standings: view.standings ?? [], names };
  return (
    <Layout frame={frame} title={t('labTitle')} section="lab">
      <h1>{t('labTitle')}</h1>
      <p class="lead">{t('labIntro')}</p>
      {scenarios.length > 0 ? (
        <form method="get" action="/lab" class="inline">
          {lang !== 'nb' ? <input type="hidden" name="lang" value={lang} /> : null}
          <label for="scenario">{t('startFrom')}</label>
          <select id="scenario" name="scenario">
            <option value="">{t('startBlank')}</option>
            {scenarios.map((s) => (
              <option value={s.id} selected={s.id === chosenScenario}>
                {s.title}
              </option>
            ))}
          </select>
          <button type="submit" class="secondary">
            {t('load')}
          </button>
        </form>
      ) : null}

      {view.sides.length > 0 || view.jsonError ? (
        <section id="result" tabindex={-1} class="results">
          {view.jsonError ? (
            <div class="error-summary" role="alert">
              <h2>{t('errorSummary')}</h2>
              <p>
                <a href="#f-json">{view.jsonError}</a>
              </p>
            </div>
          ) : null}
          {failed.map((side) => (
            <>
              {view.compare ? <h2>{t(side.name === 'A' ? 'sideA' : 'sideB')}</h2> : null}
              <ErrorSummary errors={side.result.ok ? [] : side.result.errors} t={t} lang={lang} fieldHref={side.name === 'A' ? fieldHref : () => undefined} level={view.compare ? 3 : 2} />
            </>
          ))}
          {a?.result.ok && b?.result.ok ? (
            <>
              <h2>{t('comparison')}</h2>
              <CompareTable a={a.result.findings} b={b.result.findings} t={t} />
              <div class="sides">
                <SideResult side={a} lang={lang} t={t} level={3} fieldHref={fieldHref} jsonMode={view.jsonMode} recorded={recorded} />
                <SideResult side={b} lang={lang} t={t} level={3} fieldHref={fieldHref} jsonMode={view.jsonMode} recorded={recorded} />
              </div>
            </>
          ) : (
            view.sides
              .filter((s) => s.result.ok)
              .map((s) => <SideResult side={s} lang={lang} t={t} level={view.compare ? 3 : 2} fieldHref={fieldHref} jsonMode={view.jsonMode} recorded={recorded} />)
          )}
        </section>
      ) : null}

      <PostForm path="/lab" fragment="result" id="lab-form" class="lab" novalidate>
        <input type="hidden" name="lines" value={String(view.lines)} />
        <input type="hidden" name="source" value={view.jsonMode ? 'json' : 'form'} />
        <div class="actions">
          <button type="submit" name="action" value="evaluate">
            {t('evaluate')}
          </button>
        </div>
        <datalist id="municipalities">
          {municipalities.map(([number, title]) => (
            <option value={number}>{title}</option>
          ))}
        </datalist>
        <FieldGroup legend={t('fsDecision')} specs={groups.decision} ctx={ctx} hints={{ decisionDate: t('dateHint') }} />
        <fieldset>
          <legend>{t('fsServices')}</legend>
          {lineSpecs.map((specs, i) => (
            <fieldset class="line">
              <legend>{t('serviceLine', { n: i + 1 })}</legend>
              <div class="grid">
                {specs.map((spec) => (
                  <Field spec={spec} value={valueAt(view.values, spec.path)} ctx={ctx} />
                ))}
              </div>
            </fieldset>
          ))}
          <button type="submit" name="action" value="add-line" class="secondary">
            {t('addLine')}
          </button>
        </fieldset>
        <FieldGroup legend={t('fsGrounds')} specs={groups.grounds} ctx={ctx} hints={{ 'decision.grounds.reasons': t('reasonsHint', { codes: codes.join(', ') }) }} />
        <FieldGroup legend={t('fsAppeal')} specs={groups.appeal} ctx={ctx} />
        <FieldGroup legend={t('fsApplicant')} specs={groups.applicant} ctx={ctx} />
        <FieldGroup legend={t('fsProcedure')} specs={groups.procedure} ctx={ctx} hints={{ 'procedure.decisionMakers.0.role': t('decisionMakerHint') }} />
        <fieldset>
          <legend>{t('fsVersions')}</legend>
          <p class="hint" id="versions-hint">
            {t('versionsHint')}
            {mayUseAnyVersion(frame.role) ? null : ` ${t('pinsLegalOnly')}`}
          </p>
          <VersionPickers frame={frame} registry={registry} side="A" pins={pinsA} />
          <div class="field check">
            <input type="checkbox" id="f-compare" name="compare" value="true" checked={view.compare} />
            <label for="f-compare">{t('compare')}</label>
          </div>
          <VersionPickers frame={frame} registry={registry} side="B" pins={b?.pins ?? {}} />
        </fieldset>
        <div class="actions">
          <button type="submit" name="action" value="evaluate">
            {t('evaluate')}
          </button>
        </div>
        <details open={view.jsonMode || view.jsonError !== undefined}>
          <summary>{t('fsJson')}</summary>
          <div class="field">
            <label for="f-json">{t('fsJson')}</label>
            <p class="hint" id="f-json-hint">
              {t('jsonHint')}
            </p>
            <textarea id="f-json" name="json" rows={16} spellcheck={false} aria-describedby="f-json-hint" aria-invalid={view.jsonError ? 'true' : undefined} data-too-large={t('tooLargeJson')}>
              {view.json}
            </textarea>
            <p class="field-error" id="f-json-status" role="status" aria-live="polite"></p>
          </div>
          <button type="submit" name="action" value="json" class="secondary" data-send-json>
            {t('evaluateJson')}
          </button>
        </details>
      </PostForm>
    </Layout>
  );
}
