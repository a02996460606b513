import { decisionKinds } from '../../rulesets/schema.ts';
import { relations } from '../../decision/schema.ts';
import { isoDate, norwegianDate } from '../dates.ts';

/**
 * The rule lab's form, field by field: the one list to extend when the request gains a field (and
 * labels.ts, to name it). Every field is named by its dotted path in the request, so the form maps
 * onto the request and a validation error onto its field with no table between.
 * The form never assumes an answer: every yes/no fact is three-way (not assessed / yes / no) and
 * starts empty, because a fact left out is what the engine reports as undetermined; only the
 * example scenarios fill the form, and they do it explicitly.
 */
export type Widget =
  | { kind: 'date' }
  | { kind: 'text'; list?: 'municipalities'; inputmode?: 'numeric' }
  | { kind: 'codes' }
  | { kind: 'number' }
  | { kind: 'tri' }
  | { kind: 'choice'; choices: readonly string[]; labels: string; blank: 'letterLanguageDefault' | 'notGiven' | 'removeLine' };

export interface FieldSpec {
  path: string;
  widget: Widget;
}

const tri: Widget = { kind: 'tri' };
const num: Widget = { kind: 'number' };
const date: Widget = { kind: 'date' };

export const groups = {
  decision: [
    { path: 'decisionDate', widget: date },
    { path: 'municipality', widget: { kind: 'text', list: 'municipalities', inputmode: 'numeric' } },
    { path: 'decision.kind', widget: { kind: 'choice', choices: decisionKinds, labels: 'kind', blank: 'notGiven' } },
    { path: 'language', widget: { kind: 'choice', choices: ['nb', 'nn', 'en'], labels: 'lang', blank: 'letterLanguageDefault' } },
  ],
  grounds: [
    { path: 'decision.grounds.citesLegalBasis', widget: tri },
    { path: 'decision.grounds.describesFacts', widget: tri },
    { path: 'decision.grounds.statesMainConsiderations', widget: tri },
    { path: 'decision.grounds.reasons', widget: { kind: 'codes' } },
  ],
  appeal: [
    { path: 'decision.appealNotice.included', widget: tri },
    { path: 'decision.appealNotice.deadlineWeeks', widget: num },
    { path: 'decision.appealNotice.body', widget: { kind: 'choice', choices: ['statsforvalteren', 'municipal-appeals-board', 'none'], labels: 'body', blank: 'notGiven' } },
    { path: 'decision.appealNotice.sendViaMunicipality', widget: tri },
    { path: 'decision.appealNotice.rightToSeeDocuments', widget: tri },
  ],
  applicant: [
    { path: 'applicant.age', widget: num },
    { path: 'assessment.assessedNeedHoursPerWeek', widget: num },
    { path: 'assessment.personalAssistanceHoursPerWeek', widget: num },
    { path: 'assessment.functionalLevel', widget: num },
    { path: 'assessment.expectedLongTermNeed', widget: tri },
    { path: 'assessment.onlyAdequateOffer', widget: tri },
    { path: 'assessment.meetsLongTermStayCriteria', widget: tri },
    { path: 'assessment.safeAtHomeWhileWaiting', widget: tri },
    { path: 'assessment.dementia', widget: tri },
    { path: 'assessment.needChangeDocumented', widget: tri },
    { path: 'assessment.increasedCostDocumented', widget: tri },
    { path: 'assessment.grantedBeforeAge67', widget: tri },
    { path: 'assessment.needsCoordinatedServices', widget: tri },
    { path: 'assessment.userParticipation', widget: { kind: 'choice', choices: ['documented', 'not-documented', 'declined'], labels: 'participation', blank: 'notGiven' } },
    { path: 'assessment.nextOfKin.involved', widget: tri },
    { path: 'assessment.nextOfKin.consent', widget: tri },
    { path: 'assessment.lacksDecisionCapacity', widget: tri },
    { path: 'assessment.personalAssistanceHoursPerWeek', widget: num },
    { path: 'assessment.dementia', widget: tri },
    { path: 'assessment.needChangeDocumented', widget: tri },
    { path: 'assessment.meetsLongTermStayCriteria', widget: tri },
    { path: 'assessment.safeAtHomeWhileWaiting', widget: tri },
  ],
  procedure: [
    { path: 'procedure.applicationReceived', widget: date },
    { path: 'procedure.provisionalReplySent', widget: tri },
    { path: 'procedure.advanceNoticeGiven', widget: tri },
    { path: 'procedure.userHeard', widget: tri },
    { path: 'procedure.homeVisit', widget: tri },
    { path: 'procedure.informationFromOthersShared', widget: tri },
    { path: 'procedure.decisionMakers.0.role', widget: { kind: 'text' } },
    { path: 'procedure.decisionMakers.0.relatedToApplicant', widget: tri },
    { path: 'procedure.decisionMakers.0.relation', widget: { kind: 'choice', choices: relations, labels: 'relation', blank: 'notGiven' } },
    { path: 'procedure.decisionMakers.0.providesTheService', widget: tri },
  ],
} satisfies Record<string, FieldSpec[]>;

/** The fields of service line `i`; the type list is the catalogue's. */
export function lineFields(i: number, serviceTypes: readonly string[]): FieldSpec[] {
  const at = (name: string) => `decision.services.${i}.${name}`;
  return [
    { path: at('type'), widget: { kind: 'choice', choices: serviceTypes, labels: 'service', blank: 'removeLine' } },
    { path: at('grantedHoursPerWeek'), widget: num },
    { path: at('appliedHoursPerWeek'), widget: num },
    { path: at('previousHoursPerWeek'), widget: num },
    { path: at('expectedDurationDays'), widget: num },
    { path: at('from'), widget: date },
    { path: at('to'), widget: date },
    { path: at('statutory'), widget: tri },
    { path: at('scopeStated'), widget: tri },
    { path: at('timeLimitReasonGiven'), widget: tri },
    { path: at('chargeStated'), widget: tri },
  ];
}

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export type FormBody = Record<string, string | File | (string | File)[]>;

function text(body: FormBody, name: string): string {
  const value = body[name];
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one.trim() : '';
}

/** One field's form text as a request value; undefined leaves the field out. */
function read(widget: Widget, raw: string): unknown {
  switch (widget.kind) {
    case 'date':
      return raw === '' ? undefined : isoDate(raw);
    case 'tri':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'number': {
      if (raw === '') return undefined;
      const n = Number(raw.replace(',', '.'));
      // Not a number: passed on as text, so validation names the field instead of it vanishing.
      return Number.isFinite(n) ? n : raw;
    }
    case 'codes':
      return raw.split(/[\s,]+/).filter(Boolean);
    default:
      return raw === '' ? undefined : raw;
  }
}

export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((key, i) => {
    node[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1)!] = value;
}

export function valueAt(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const key of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** How many service lines the posted form had. */
export function lineCount(body: FormBody): number {
  const n = Number(text(body, 'lines'));
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 1;
}

/** The request the form describes, as plain JSON (validated afterwards, like any request). */
export function requestFromForm(body: FormBody, serviceTypes: readonly string[]): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  const fill = (target: Record<string, unknown>, specs: FieldSpec[], rename = (p: string) => p) => {
    for (const { path, widget } of specs) {
      const value = read(widget, text(body, path));
      if (value !== undefined) setAt(target, rename(path), value);
    }
  };
  for (const specs of Object.values(groups)) fill(request, specs);

  // A line whose type is left blank is left out; the rest are numbered in order.
  const lines: Record<string, unknown>[] = [];
  for (let i = 0; i < lineCount(body); i++) {
    if (text(body, `decision.services.${i}.type`) === '') continue;
    const line: Record<string, unknown> = {};
    fill(line, lineFields(i, serviceTypes), (p) => p.replace(`decision.services.${i}.`, ''));
    lines.push(line);
  }
  setAt(request, 'decision.services', lines);

  return request;
}

/** A request value as the text its form field shows. */
export function shown(widget: Widget, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (widget.kind === 'codes' && Array.isArray(value)) return value.join(', ');
  if (widget.kind === 'date' && typeof value === 'string') return norwegianDate(value);
  if (widget.kind === 'number' && typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The pins chosen in the form for one side (`pinA` / `pinB`), by ruleset id; blank means "in force". */
export function pinsFromForm(body: FormBody, side: 'A' | 'B'): Record<string, string> {
  const pins: Record<string, string> = {};
  for (const name of Object.keys(body)) {
    const match = name.match(new RegExp(`^pin${side}\\.(.+)$`));
    const version = text(body, name);
    if (match && version) pins[match[1]!] = version;
  }
  return pins;
}
