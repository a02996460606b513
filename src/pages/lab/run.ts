import type { Role } from '../../decision/access.ts';
import { inspectBody } from '../../api/input-guard.ts';
import { check, type Checked, type OffForcePin } from '../../decision/check.ts';
import type { Standing } from '../../insight/standing.ts';
import type { FieldError } from '../../decision/field-errors.ts';
import type { FixedFinding, Verdict, Wording } from '../../decision/result.ts';
import { EvaluationRequest } from '../../decision/schema.ts';
import { withFixes } from '../../engine/fixes.ts';
import type { PreparedRuleset } from '../../rulesets/prepared.ts';
import type { Registry } from '../../rulesets/registry.ts';
import type { Language } from '../../rulesets/schema.ts';
import type { T } from '../i18n.ts';
import { norwegianErrors, norwegianIssues } from './errors.ts';
import { lineCount, pinsFromForm, requestFromForm, setAt, valueAt, type FormBody } from './form.ts';

/** What the engine said on one side, as the lab shows it: the answer with its fixes, or what is wrong, in Norwegian. */
export type LabResult =
  | {
      ok: true;
      verdict: Verdict;
      language: Language;
      findings: FixedFinding[];
      wording: Wording[];
      rulesets: readonly PreparedRuleset[];
      /** What check() answered, and the request as sent to it, for the decision record. */
      checked: Extract<Checked, { ok: true }>;
      sent: Record<string, unknown>;
    }
  | { ok: false; errors: FieldError[] };

/** One side of the lab: the versions chosen and what the engine said with them. */
export interface Side {
  name: 'A' | 'B';
  pins: Record<string, string>;
  result: LabResult;
}

export interface LabView {
  /** The request shown in the form, as plain JSON. */
  values: Record<string, unknown>;
  lines: number;
  /** The JSON panel's text: what was pasted, kept as it was, or the request the form describes. */
  json: string;
  jsonError?: string;
  /** Pasted JSON was evaluated: keep the JSON panel open, and apply a fix to it. */
  jsonMode: boolean;
  compare: boolean;
  sides: Side[];
  /** What the decision record made of side A's check; none before a check. */
  recording?: LabRecording;
  /** Where side A's grants fall among the municipality's past decisions (only those with enough of them). */
  standings?: Standing[];
}

/**
 * The decision record and the lab's check: side A (the draft) is recorded as an API evaluation is,
 * a what-if pin marked `pinned`; side B (a comparison with other versions) is never recorded.
 * `recorded` offers the outcome form; `what-if` does not (a version not in force is no decision to
 * sign); `off`: no record (HJEMMEL_RECORD=off) or no receipt key, so nothing is recorded.
 */
export type LabRecording = { state: 'recorded'; evaluationId: string } | { state: 'what-if'; evaluationId: string } | { state: 'off' };

/** One change a fix makes (a fix's path and value, and each of its alsoSet). */
export interface FieldChange {
  path: string;
  value: unknown;
}

/** A posted lab form, or a pasted request sent as JSON with the form's choices in the address. */
export interface LabInput {
  action: 'evaluate' | 'add-line' | 'json' | 'apply';
  /** The form's fields; empty for a pasted request sent as JSON. */
  form: FormBody;
  json: string;
  pins: { A: Record<string, string>; B: Record<string, string> };
  compare: boolean;
  /** For `apply`: the fix's changes, and whether they go to the pasted JSON or to the form. */
  apply?: { changes: FieldChange[]; to: 'json' | 'form' };
}

/** A fresh form: today's date and one empty service line; nothing is assumed. */
export function blankRequest(today: string): Record<string, unknown> {
  return { decisionDate: today, decision: { services: [{}] } };
}

/** The posted `apply` field: a fix's changes, as the page wrote them into its button. */
export function changesOf(text: string): FieldChange[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return undefined;
    const changes = parsed.filter((c): c is FieldChange => !!c && typeof c === 'object' && typeof (c as FieldChange).path === 'string');
    return changes.length === parsed.length ? changes : undefined;
  } catch {
    return undefined;
  }
}

const text = (body: FormBody, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');

/** A posted form as lab input. */
export function formInput(body: FormBody): LabInput {
  const changes = changesOf(text(body, 'apply'));
  const action = changes ? 'apply' : text(body, 'action');
  return {
    action: action === 'add-line' || action === 'json' || action === 'apply' ? action : 'evaluate',
    form: body,
    json: text(body, 'json'),
    pins: { A: pinsFromForm(body, 'A'), B: pinsFromForm(body, 'B') },
    compare: text(body, 'compare') === 'true',
    ...(changes ? { apply: { changes, to: text(body, 'source') === 'json' ? 'json' : 'form' } } : {}),
  };
}

/** What a lab answer needs besides the input: the rules, who asks, and the words of the page. */
interface LabDeps {
  registry: Registry;
  role: Role | undefined;
  lang: Language;
  t: T;
}

/** Why the role may not choose a pinned version, in the page's language. */
function pinDenied({ id, pinned, inForce }: OffForcePin, t: T): string {
  const version = `${pinned.file.version}${pinned.file.status === 'draft' ? ` (${t('status.draft').toLowerCase()})` : ''}`;
  return inForce ? t('pinDenied', { id, version, inForce: inForce.file.version }) : t('pinDeniedNoneInForce', { id, version });
}

/** Runs one side: the pins that concern this decision's layers, the personal-data guard, then the service's check path with the visitor's role. */
function run({ registry, role, lang, t }: LabDeps, values: Record<string, unknown>, chosen: Record<string, string>, fixes: boolean): Omit<Side, 'name'> {
  const layer = typeof values.municipality === 'string' ? registry.layerFor(values.municipality) : undefined;
  const ids = [registry.nationalId, layer].filter((id): id is string => id !== undefined);
  const given = values.pin && typeof values.pin === 'object' ? (values.pin as Record<string, string>) : {};
  const pins = { ...given, ...Object.fromEntries(Object.entries(chosen).filter(([id]) => ids.includes(id))) };
  const { pin: _, ...rest } = values;
  const request = Object.keys(pins).length ? { ...rest, pin: pins } : rest;
  // The same guard as the API's: no identity numbers, no absurd nesting, before anything reads it.
  const refusal = inspectBody(request);
  if (refusal) return { pins, result: { ok: false, errors: norwegianErrors(refusal.errors, t) } };
  const parsed = EvaluationRequest.safeParse(request);
  if (!parsed.success) return { pins, result: { ok: false, errors: norwegianIssues(parsed.error.issues, request, lang, t) } };
  const checked = check(parsed.data, registry, { role });
  if (!checked.ok && checked.denied) return { pins, result: { ok: false, errors: checked.denied.map((p): FieldError => ({ path: `pin.${p.id}`, message: pinDenied(p, t) })) } };
  if (!checked.ok) return { pins, result: { ok: false, errors: norwegianErrors(checked.errors, t) } };
  const { outcome, selection } = checked;
  const findings = fixes ? withFixes(parsed.data, selection, outcome) : outcome.findings.map((f) => ({ ...f, fixes: [] }));
  return { pins, result: { ok: true, verdict: outcome.verdict, language: outcome.language, findings, wording: outcome.wording, rulesets: selection.rulesets, checked, sent: request } };
}

/** Reads the pasted JSON; undefined with the reason when it is not a JSON object. */
function parseJson(json: string, t: T): { values?: Record<string, unknown>; error?: string } {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { values: parsed as Record<string, unknown> } : { error: t('jsonNotObject') };
  } catch (error) {
    return { error: t('jsonInvalid', { detail: (error as Error).message }) };
  }
}

/** The lab's answer to a post: add a service line, evaluate the form or pasted JSON, or apply a fix and evaluate again. */
export function labAnswer(input: LabInput, ctx: LabDeps): LabView {
  const types = Object.keys(serviceNames(ctx.registry, 'nb')).sort();
  const fromJson = input.action === 'json' || input.apply?.to === 'json';
  let values = requestFromForm(input.form, types);
  let json = input.json;
  if (fromJson) {
    const read = parseJson(json, ctx.t);
    // An error never loses what was pasted: the panel keeps the text as it came.
    if (!read.values) return { values, lines: lineCount(input.form), json, jsonError: read.error!, jsonMode: true, compare: input.compare, sides: [] };
    values = read.values;
  }
  if (input.apply) {
    for (const change of input.apply.changes) setAt(values, change.path, change.value);
    if (fromJson) json = JSON.stringify(values, null, 2);
  }
  const services = valueAt(values, 'decision.services');
  const lines = Math.max(input.action === 'add-line' ? lineCount(input.form) + 1 : 1, Array.isArray(services) ? services.length : 1);
  const view: LabView = { values, lines, json, jsonMode: fromJson, compare: input.compare, sides: [] };
  if (input.action === 'add-line') return view;
  for (const name of input.compare ? (['A', 'B'] as const) : (['A'] as const)) {
    // Fixes are for the draft in the form (side A); the other side only shows what a version changes.
    view.sides.push({ name, ...run(ctx, values, input.pins[name], name === 'A') });
  }
  if (!fromJson) {
    const { pin: _, ...shownValues } = values;
    const pins = view.sides[0]!.pins;
    view.json = JSON.stringify(Object.keys(pins).length ? { ...shownValues, pin: pins } : shownValues, null, 2);
  }
  return view;
}

/** Every service type any loaded catalogue knows, with its name in the page's language. */
export function serviceNames(registry: Registry, lang: Language): Record<string, string> {
  const names: Record<string, string> = {};
  for (const { file } of registry.versions) {
    for (const [type, entry] of Object.entries(file.catalogue)) names[type] = entry.name?.[lang] ?? names[type] ?? type;
  }
  return names;
}
