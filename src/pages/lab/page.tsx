import type { Context } from 'hono';
import type { AppEnv } from '../../api/app.ts';
import type { FieldError } from '../../api/problem.ts';
import { inspectBody } from '../../api/input-guard.ts';
import { checkRequest, type Checked } from '../../decision/check.ts';
import type { Finding } from '../../decision/result.ts';
import type { Registry } from '../../rulesets/registry.ts';
import type { Condition, Language } from '../../rulesets/schema.ts';
import { draftsAllowed, visibleVersions } from '../drafts.ts';
import { FindingList, VerdictBanner, VersionsUsed, WordingList } from '../findings.tsx';
import type { T } from '../i18n.ts';
import { labelOf, reasonName } from '../labels.ts';
import { Layout } from '../layout.tsx';
import { Field, type FieldContext } from './fields.tsx';
import { fieldId, groups, lineCount, lineFields, pinsFromForm, requestFromForm, valueAt, type FormBody, type FieldSpec } from './form.ts';
import { Head } from '../table.tsx';

/** One side of the lab: the versions chosen and what the engine said with them. */
export interface Side {
  name: 'A' | 'B';
  pins: Record<string, string>;
  result?: Checked;
}

export interface LabView {
  /** The request shown in the form, as plain JSON. */
  values: Record<string, unknown>;
  lines: number;
  json: string;
  jsonError?: string;
  /** Pasted JSON was evaluated: keep the JSON panel open. */
  jsonMode: boolean;
  compare: boolean;
  sides: Side[];
}

/** Every service type any loaded catalogue knows, with its name in the page's language. */
export function serviceNames(registry: Registry, lang: Language): Record<string, string> {
  const names: Record<string, string> = {};
  for (const { file } of registry.versions) {
    for (const [type, entry] of Object.entries(file.catalogue)) names[type] = entry.name?.[lang] ?? names[type] ?? type;
  }
  return names;
}

/** A fresh form: today's date, a refusal with grounds and the statutory appeal notice, the rest to fill in. */
export function blankRequest(today: string): Record<string, unknown> {
  return {
    decisionDate: today,
    municipality: '',
    decision: {
      kind: 'rejection',
      services: [{}],
      grounds: { citesLegalBasis: true, describesFacts: true, statesMainConsiderations: true, reasons: [] },
      appealNotice: { included: true, deadlineWeeks: 4, body: 'statsforvalteren', sendViaMunicipality: true, rightToSeeDocuments: true },
    },
    applicant: {},
  };
}

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

const text = (body: FormBody, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');

/** Runs one side: the pins that concern this decision's layers, the draft guard, then the service's path. */
function run(c: Context<AppEnv>, registry: Registry, values: Record<string, unknown>, chosen: Record<string, string>, t: T): { pins: Record<string, string>; result: Checked } {
  const layer = typeof values.municipality === 'string' ? registry.layerFor(values.municipality) : undefined;
  const ids = [registry.nationalId, layer].filter((id): id is string => id !== undefined);
  const given = values.pin && typeof values.pin === 'object' ? (values.pin as Record<string, string>) : {};
  const pins = { ...given, ...Object.fromEntries(Object.entries(chosen).filter(([id]) => ids.includes(id))) };
  const denied: FieldError[] = Object.entries(pins)
    .filter(([id, version]) => registry.get(id, version)?.file.status === 'draft' && !draftsAllowed(c))
    .map(([id]) => ({ path: `pin.${id}`, message: t('draftDenied') }));
  if (denied.length) return { pins, result: { ok: false, status: 403, cause: 'draft-needs-legal', detail: t('draftDenied'), errors: denied } };
  const { pin: _, ...rest } = values;
  const request = Object.keys(pins).length ? { ...rest, pin: pins } : rest;
  // The same guard as the API's: no identity numbers, no absurd nesting, before anything reads it.
  const refusal = inspectBody(request);
  if (refusal) return { pins, result: { ok: false, status: 422, cause: refusal.cause, detail: refusal.detail, errors: refusal.errors } };
  return { pins, result: checkRequest(request, registry) };
}

/** Reads a posted lab form: add a service line, evaluate the form, or evaluate pasted JSON. */
export async function labPost(c: Context<AppEnv>, t: T): Promise<LabView> {
  const { registry } = c.get('deps');
  const body = await c.req.parseBody();
  const action = text(body, 'action');
  const types = Object.keys(serviceNames(registry, 'nb')).sort();
  let values = requestFromForm(body, types);
  let json = text(body, 'json');
  let jsonError: string | undefined;
  if (action === 'json') {
    try {
      const parsed: unknown = JSON.parse(json);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) values = parsed as Record<string, unknown>;
      else jsonError = t('jsonNotObject');
    } catch (error) {
      jsonError = t('jsonInvalid', { detail: (error as Error).message });
    }
  }
  const services = valueAt(values, 'decision.services');
  const lines = Math.max(action === 'add-line' ? lineCount(body) + 1 : 1, Array.isArray(services) ? services.length : 1);
  const compare = text(body, 'compare') === 'true';
  const view: LabView = { values, lines, json, jsonMode: action === 'json', compare, sides: [] };
  if (jsonError) return { ...view, jsonError };
  if (action === 'add-line') return view;
  for (const name of compare ? (['A', 'B'] as const) : (['A'] as const)) {
    const { pins, result } = run(c, registry, values, pinsFromForm(body, name), t);
    view.sides.push({ name, pins, result });
  }
  const first = view.sides[0]!;
  const { pin: _, ...shownValues } = values;
  view.json = JSON.stringify(Object.keys(first.pins).length ? { ...shownValues, pin: first.pins } : shownValues, null, 2);
  return view;
}

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

function VersionPickers({ c, registry, side, pins, t }: { c: Context<AppEnv>; registry: Registry; side: 'A' | 'B'; pins: Record<string, string>; t: T }) {
  const ids = [...new Set(registry.versions.map((v) => v.file.id))];
  return (
    <div class="grid">
      {ids.map((id) => {
        const name = `pin${side}.${id}`;
        const versions = visibleVersions(c, registry.versionsOf(id));
        return (
          <div class="field">
            <label for={fieldId(name)}>
              {id} <span class="side">({t(side === 'A' ? 'sideA' : 'sideB')})</span>
            </label>
            <select id={fieldId(name)} name={name} aria-describedby="versions-hint">
              <option value="">{t('inForce')}</option>
              {versions.map(({ file }) => (
                <option value={file.version} selected={pins[id] === file.version}>
                  {`${file.version} – ${t(`status.${file.status}`)}${file.validFrom ? ` (${t('validFrom').toLowerCase()} ${file.validFrom})` : ''}`}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

function ErrorSummary({ errors, t, lang, fields }: { errors: readonly FieldError[]; t: T; lang: Language; fields: Set<string> }) {
  return (
    <div class="error-summary" role="alert">
      <h3>{t('errorSummary')}</h3>
      <ul>
        {errors.map((e) => {
          const name = `${labelOf(e.path, lang) ?? e.path}: ${e.message}`;
          const target = fields.has(e.path) ? e.path : e.path.startsWith('pin.') ? `pinA.${e.path.slice(4)}` : undefined;
          return <li>{target && fields.has(target) ? <a href={`#${fieldId(target)}`}>{name}</a> : name}</li>;
        })}
      </ul>
    </div>
  );
}

const findingKey = (f: Finding) => `${f.rule}#${f.service ?? ''}`;

function outcomeText(f: Finding | undefined, t: T): string {
  if (!f) return t('notFired');
  return f.outcome === 'undetermined' ? `${t(`severity.${f.severity}`)} (${t('undetermined').split(' – ')[0]!.toLowerCase()})` : t(`severity.${f.severity}`);
}

/** The two sides' findings rule by rule, so what a version change does is seen at a glance. */
function CompareTable({ a, b, t }: { a: Finding[]; b: Finding[]; t: T }) {
  const keys = [...new Set([...a, ...b].map(findingKey))].sort();
  const at = (list: Finding[], key: string) => list.find((f) => findingKey(f) === key);
  return (
    <div class="scroll">
      <table class="compare">
        <caption>{t('comparisonIntro')}</caption>
        <Head columns={[t('rule'), t('sideA'), t('sideB'), t('differs')]} />
        <tbody>
          {keys.map((key) => {
            const [rule, service] = key.split('#');
            const fa = at(a, key);
            const fb = at(b, key);
            const same = fa?.severity === fb?.severity && fa?.outcome === fb?.outcome;
            return (
              <tr class={same ? '' : 'changed'} data-compare-rule={rule}>
                <th scope="row">
                  <code>{rule}</code>
                  {service ? ` (${t('serviceLine', { n: Number(service) + 1 })})` : ''}
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
  );
}

function SideResult({ side, lang, t, level, fieldHref }: { side: Side; lang: Language; t: T; level: 2 | 3; fieldHref: (path: string) => string | undefined }) {
  const result = side.result!;
  if (!result.ok) return null;
  const H = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const items = (level + 2) as 4 | 5;
  return (
    <section class="side-result" aria-labelledby={`result-${side.name}`} data-side={side.name}>
      <H id={`result-${side.name}`}>{level === 2 ? t('result') : t(side.name === 'A' ? 'sideA' : 'sideB')}</H>
      <VerdictBanner verdict={result.outcome.verdict} t={t} />
      <Sub>{t('versionsUsed')}</Sub>
      <VersionsUsed rulesets={result.selection.rulesets} lang={lang} t={t} />
      <Sub>{t('findings')}</Sub>
      <FindingList findings={result.outcome.findings} lang={lang} t={t} headingLevel={items} fieldHref={fieldHref} />
      <Sub>{t('wording')}</Sub>
      <WordingList wording={result.outcome.wording} language={result.outcome.language} t={t} headingLevel={items} />
    </section>
  );
}

export function LabPage(props: { c: Context<AppEnv>; lang: Language; t: T; view: LabView; scenarios: { id: string; title: string }[]; chosenScenario?: string }) {
  const { c, lang, t, view } = props;
  const { registry } = c.get('deps');
  const names = serviceNames(registry, lang);
  const types = Object.keys(names).sort();
  const failed = view.sides.filter((s) => s.result && !s.result.ok);
  const errors = failed.flatMap((s) => (s.result && !s.result.ok ? s.result.errors : []));
  const ctx: FieldContext = { lang, t, values: view.values, errors: failed[0]?.name === 'A' ? errors : [], serviceNames: names };
  const lineSpecs = Array.from({ length: view.lines }, (_, i) => lineFields(i, types));
  const fields = new Set([...Object.values(groups).flat(), ...lineSpecs.flat()].map((s) => s.path));
  for (const id of new Set(registry.versions.map((v) => v.file.id))) fields.add(`pinA.${id}`);
  // A missing fact may name a whole group (procedure.decisionMakers): point at its first field.
  const fieldHref = (path: string) => {
    const target = fields.has(path) ? path : [...fields].find((f) => f.startsWith(`${path}.`));
    return target ? `#${fieldId(target)}` : undefined;
  };
  const codes = reasonCodes(registry).map((code) => (reasonName(code, lang) ? `${code} (${reasonName(code, lang)})` : code));
  const [a, b] = view.sides;
  const municipalities = registry.versions.flatMap(({ file }) => (file.layer === 'municipal' ? [[file.municipality, file.title[lang]] as const] : []));
  const query = lang === 'nb' ? '' : `?lang=${lang}`;
  const pinsA = a?.pins ?? ((view.values.pin as Record<string, string> | undefined) ?? {});
  return (
    <Layout lang={lang} t={t} title={t('labTitle')} section="lab" offered={['nb', 'nn']} url={c.req.url}>
      <h1>{t('labTitle')}</h1>
      <p class="lead">{t('labIntro')}</p>
      {props.scenarios.length > 0 ? (
        <form method="get" action="/lab" class="inline">
          {lang !== 'nb' ? <input type="hidden" name="lang" value={lang} /> : null}
          <label for="scenario">{t('startFrom')}</label>
          <select id="scenario" name="scenario">
            <option value="">{t('startBlank')}</option>
            {props.scenarios.map((s) => (
              <option value={s.id} selected={s.id === props.chosenScenario}>
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
        <section id="result" aria-label={t('result')} tabindex={-1} class="results">
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
              <ErrorSummary errors={side.result && !side.result.ok ? side.result.errors : []} t={t} lang={lang} fields={side.name === 'A' ? fields : new Set()} />
            </>
          ))}
          {a?.result?.ok && b?.result?.ok ? (
            <>
              <h2>{t('comparison')}</h2>
              <CompareTable a={a.result.outcome.findings} b={b.result.outcome.findings} t={t} />
              <div class="sides">
                <SideResult side={a} lang={lang} t={t} level={3} fieldHref={fieldHref} />
                <SideResult side={b} lang={lang} t={t} level={3} fieldHref={fieldHref} />
              </div>
            </>
          ) : (
            view.sides
              .filter((s) => s.result?.ok)
              .map((s) => <SideResult side={s} lang={lang} t={t} level={view.compare ? 3 : 2} fieldHref={fieldHref} />)
          )}
        </section>
      ) : null}

      <form method="post" action={`/lab${query}#result`} class="lab">
        <input type="hidden" name="lines" value={String(view.lines)} />
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
        <FieldGroup legend={t('fsDecision')} specs={groups.decision} ctx={ctx} />
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
          </p>
          <VersionPickers c={c} registry={registry} side="A" pins={pinsA} t={t} />
          <div class="field check">
            <input type="checkbox" id="f-compare" name="compare" value="true" checked={view.compare} />
            <label for="f-compare">{t('compare')}</label>
          </div>
          <VersionPickers c={c} registry={registry} side="B" pins={b?.pins ?? {}} t={t} />
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
            <textarea id="f-json" name="json" rows={16} spellcheck={false} aria-describedby="f-json-hint" aria-invalid={view.jsonError ? 'true' : undefined}>
              {view.json}
            </textarea>
          </div>
          <button type="submit" name="action" value="json" class="secondary">
            {t('evaluateJson')}
          </button>
        </details>
      </form>
    </Layout>
  );
}
