import type { DecisionMaker, EvaluationRequest, ServiceLine } from '../decision/schema.ts';
import type { CatalogueEntry, Localized, ReferenceRange } from '../rulesets/schema.ts';
import { monthsBetween } from './dates.ts';

/**
 * The facts rules may name, each with the request field it comes from and how it is
 * derived. A request field the decision leaves out is simply absent (undefined): the
 * engine then reports the fact as missing instead of guessing. `source` names the request
 * field to fill in when a fact is missing, so a finding points the case manager at it.
 *
 * At run time the facts of one evaluation are an array with one slot per fact, in the
 * order of this list: rules read a slot fixed at load, and a service line's facts are the
 * decision's slots copied and the service slots filled in — no objects keyed by name on
 * the hot path.
 */
export interface Layers {
  catalogue: Readonly<Record<string, CatalogueEntry>>;
  referenceRanges: readonly ReferenceRange[];
  /** The municipality's appeal body for decisions under fvl (its layer's parameter), in each language; absent without a layer that names it. */
  fvlAppealBody?: Localized | undefined;
}

/** What the facts of a line read from the assessment: the functional level (reference ranges) and dementia (statutory day activity). */
export type LineAssessment = Pick<EvaluationRequest['assessment'], 'functionalLevel' | 'dementia'>;

/** What decision facts derive from: the request, whether each line is statutory, and the municipal layer. */
interface DecisionInput {
  request: EvaluationRequest;
  statutory: readonly (boolean | null)[];
  layers: Layers;
}

/** What service facts derive from: one line, its catalogue entry and the municipality's reference ranges for it. */
interface LineInput {
  line: ServiceLine;
  index: number;
  entry: CatalogueEntry;
  statutory: boolean | null;
  ranges: readonly ReferenceRange[];
  range: ReferenceRange | undefined;
}

interface Fact<In> {
  source: string;
  of: (input: In) => unknown;
}

/**
 * Whether a line is decided as a statutory service (contract 1.1): the line's own `statutory` when
 * given; else statutory by law for day activity to a person living at home with dementia (hol § 3-2
 * første ledd nr. 7); else the catalogue's default, null where the catalogue leaves it to the layer.
 */
export function lineStatutory(line: ServiceLine, entry: CatalogueEntry, assessment: LineAssessment): boolean | null {
  if (line.statutory !== undefined) return line.statutory;
  if (line.type === 'day-activity' && assessment.dementia === true) return true;
  return entry.statutory;
}

const STATUTORY_SOURCE =
  'decision.services[].statutory (or the catalogue: the municipal layer says whether the service is statutory; day activity is statutory for a person with dementia, assessment.dementia)';
// Three-valued: a line whose status is open (null) makes the answer unknown unless another line decides it.
const hasStatutory = (statutory: readonly (boolean | null)[], wanted: boolean) =>
  statutory.includes(wanted) ? true : statutory.includes(null) ? undefined : false;

/** A decision maker's relation to the applicant (contract 1.1); without `relation`, relatedToApplicant true reads as close-family. */
export const relationOf = (maker: DecisionMaker) => maker.relation ?? (maker.relatedToApplicant ? 'close-family' : 'none');
/** fvl § 6 første ledd: relations that disqualify without weighing. */
const section6FirstRelations: ReadonlySet<string> = new Set(['close-family', 'guardian-or-proxy']);

const isRelated = (maker: { relatedToApplicant: boolean }) => maker.relatedToApplicant;
const providesService = (maker: { providesTheService: boolean }) => maker.providesTheService;

/** The value at a dotted path of an object; undefined where any step is absent. */
function at(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Facts that are a request field as it stands: the fact's name is the field's path, so each is
 * spelled once. A null the request gives for "not stated" is missing, like a field left out.
 */
function requestFields<const Names extends string>(names: readonly Names[]): Record<Names, Fact<DecisionInput>> {
  return Object.fromEntries(
    names.map((name) => {
      const path = name.split('.');
      const fact: Fact<DecisionInput> = { source: name, of: ({ request }) => at(request, path) ?? undefined };
      return [name, fact];
    }),
  ) as Record<Names, Fact<DecisionInput>>;
}

/** Service-line facts that are a field of the line: `service.x` comes from `decision.services[].x`. */
function lineFields<const Names extends string>(names: readonly Names[]): Record<`service.${Names}`, Fact<LineInput>> {
  return Object.fromEntries(
    names.map((name) => [`service.${name}`, { source: `decision.services[].${name}`, of: ({ line }: LineInput) => (line as Record<string, unknown>)[name] ?? undefined }]),
  ) as Record<`service.${Names}`, Fact<LineInput>>;
}

const decisionTable = {
  'decision.date': { source: 'decisionDate', of: ({ request }) => request.decisionDate },
  'decision.serviceCount': { source: 'decision.services', of: ({ request }) => request.decision.services.length },
  ...requestFields([
    'decision.kind',
    'decision.grounds.citesLegalBasis',
    'decision.grounds.describesFacts',
    'decision.grounds.statesMainConsiderations',
    'decision.grounds.reasons',
  ]),
  'decision.grounds.reasonCount': { source: 'decision.grounds.reasons', of: ({ request }) => request.decision.grounds.reasons?.length },
  ...requestFields([
    'decision.appealNotice.included',
    'decision.appealNotice.deadlineWeeks',
    'decision.appealNotice.body',
    'decision.appealNotice.sendViaMunicipality',
    'decision.appealNotice.rightToSeeDocuments',
  ]),
  'decision.hasStatutoryService': { source: STATUTORY_SOURCE, of: ({ statutory }) => hasStatutory(statutory, true) },
  'decision.hasNonStatutoryService': { source: STATUTORY_SOURCE, of: ({ statutory }) => hasStatutory(statutory, false) },
  'decision.longestExpectedDurationDays': {
    source: 'decision.services[].expectedDurationDays',
    of: ({ request }) => {
      let longest = -Infinity;
      for (const line of request.decision.services) longest = Math.max(longest, line.expectedDurationDays);
      return longest;
    },
  },
  ...requestFields([
    'applicant.age',
    'assessment.assessedNeedHoursPerWeek',
    'assessment.functionalLevel',
    'assessment.expectedLongTermNeed',
    'assessment.needsCoordinatedServices',
    'assessment.onlyAdequateOffer',
    'assessment.userParticipation',
    'assessment.nextOfKin.involved',
    'assessment.nextOfKin.consent',
    'assessment.increasedCostDocumented',
    'assessment.grantedBeforeAge67',
    'assessment.lacksDecisionCapacity',
    'assessment.personalAssistanceHoursPerWeek',
    'assessment.dementia',
    'assessment.needChangeDocumented',
    'assessment.meetsLongTermStayCriteria',
    'assessment.safeAtHomeWhileWaiting',
  ]),
  'procedure.applicationAgeMonths': {
    source: 'procedure.applicationReceived',
    of: ({ request }) => {
      const received = request.procedure.applicationReceived;
      return received === undefined ? undefined : monthsBetween(received, request.decisionDate);
    },
  },
  ...requestFields([
    'procedure.provisionalReplySent',
    'procedure.advanceNoticeGiven',
    'procedure.userHeard',
    'procedure.homeVisit',
    'procedure.informationFromOthersShared',
  ]),
  'procedure.relatedDecisionMaker': {
    source: 'procedure.decisionMakers',
    of: ({ request }) => request.procedure.decisionMakers?.some(isRelated),
  },
  'procedure.disqualifyingRelation': {
    source: 'procedure.decisionMakers[].relation',
    of: ({ request }) => request.procedure.decisionMakers?.some((maker) => section6FirstRelations.has(relationOf(maker))),
  },
  'procedure.otherCloseRelation': {
    source: 'procedure.decisionMakers[].relation',
    of: ({ request }) => request.procedure.decisionMakers?.some((maker) => relationOf(maker) === 'other-close'),
  },
  'procedure.decisionMakerProvidesService': {
    source: 'procedure.decisionMakers',
    of: ({ request }) => request.procedure.decisionMakers?.some(providesService),
  },
  'municipality.fvlAppealBody': {
    source: "the municipal layer's fvlAppealBody (the municipality's appeal body for decisions under forvaltningsloven)",
    of: ({ layers }) => layers.fvlAppealBody,
  },
} satisfies Record<string, Fact<DecisionInput>>;

const serviceTable = {
  'service.index': { source: 'decision.services[]', of: ({ index }) => index },
  'service.type': { source: 'decision.services[].type', of: ({ line }) => line.type },
  'service.statutory': { source: STATUTORY_SOURCE, of: ({ statutory }) => statutory ?? undefined },
  'service.hourBased': { source: 'decision.services[].type', of: ({ entry }) => entry.hourBased },
  ...lineFields(['grantedHoursPerWeek', 'appliedHoursPerWeek']),
  // null is a given value ("had none before"), unlike a field left out.
  'service.previousHoursPerWeek': { source: 'decision.services[].previousHoursPerWeek', of: ({ line }) => line.previousHoursPerWeek },
  ...lineFields(['expectedDurationDays', 'from', 'to', 'scopeStated', 'timeLimitReasonGiven', 'chargeStated']),
  // Always known: a line without `to` is not time-limited.
  'service.timeLimited': { source: 'decision.services[].to', of: ({ line }) => typeof line.to === 'string' },
  'service.referenceRangeDefined': { source: 'decision.services[].type', of: ({ ranges }) => ranges.length > 0 },
  'service.referenceMinHours': { source: 'assessment.functionalLevel', of: ({ range }) => range?.hoursPerWeek.min },
  'service.referenceMaxHours': { source: 'assessment.functionalLevel', of: ({ range }) => range?.hoursPerWeek.max },
} satisfies Record<string, Fact<LineInput>>;

export type FactName = keyof typeof decisionTable | keyof typeof serviceTable;

const sourcesOf = (table: Record<string, { source: string }>) => Object.fromEntries(Object.entries(table).map(([name, f]) => [name, f.source]));
/** Decision-wide fact → the request field it comes from. */
export const decisionFacts = sourcesOf(decisionTable) as Record<keyof typeof decisionTable, string>;
/** Per-service-line fact → the request field it comes from. */
export const serviceFacts = sourcesOf(serviceTable) as Record<keyof typeof serviceTable, string>;

/** Every fact name, in slot order: decision facts first, then service facts. */
export const factNames = [...Object.keys(decisionTable), ...Object.keys(serviceTable)] as readonly FactName[];
const slots = new Map<string, number>(factNames.map((name, i) => [name, i]));
const decisionOf = Object.values(decisionTable).map((f) => f.of as (input: DecisionInput) => unknown);
const serviceOf = Object.values(serviceTable).map((f) => f.of as (input: LineInput) => unknown);
const firstServiceSlot = decisionOf.length;

/** One evaluation's facts: the value of fact `factNames[i]` in slot i, undefined when missing. */
export type Facts = readonly unknown[];

/** The slot of a fact, or undefined for a name that is not a fact. */
export function slotOf(name: string): number | undefined {
  return slots.get(name);
}

/** Facts from a record of named values (tests, tools); unnamed facts are missing. */
export function factsFrom(values: Readonly<Record<string, unknown>>): Facts {
  return factNames.map((name) => values[name]);
}

/** The facts as a record of the given values, for engines that look facts up by name (json-rules-engine, Zen). */
export function factRecord(facts: Facts): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < factNames.length; i++) if (facts[i] !== undefined) out[factNames[i]!] = facts[i];
  return out;
}

/** The request field to fill in when `fact` is missing; service facts name the line's index. */
export function sourceOf(fact: string, service?: number): string {
  const source = (decisionFacts as Record<string, string>)[fact] ?? (serviceFacts as Record<string, string>)[fact] ?? fact;
  return service === undefined ? source : source.replace('services[]', `services.${service}`);
}

export function isKnownFact(fact: string, scope: 'decision' | 'service'): boolean {
  return fact in decisionFacts || (scope === 'service' && fact in serviceFacts);
}

/** Every decision slot and every service slot, for callers that want all facts. */
const allDecisionSlots = decisionOf.map((_, i) => i);
const allServiceSlots = serviceOf.map((_, i) => firstServiceSlot + i);

/** Whether a slot holds a decision-wide fact (the others are per service line). */
export function isDecisionSlot(slot: number): boolean {
  return slot < firstServiceSlot;
}

/**
 * Decision-wide facts (service slots empty). Every service type is already known to be in the catalogue.
 * `slots` limits the work to the facts the caller's rules read; the others stay missing.
 */
export function decisionFactsOf(request: EvaluationRequest, layers: Layers, slots: readonly number[] = allDecisionSlots): Facts {
  const services = request.decision.services;
  const statutory: (boolean | null)[] = [];
  for (let i = 0; i < services.length; i++) statutory.push(lineStatutory(services[i]!, layers.catalogue[services[i]!.type]!, request.assessment));
  const input: DecisionInput = { request, statutory, layers };
  const facts: unknown[] = new Array(factNames.length).fill(undefined);
  for (let i = 0; i < slots.length; i++) facts[slots[i]!] = decisionOf[slots[i]!]!(input);
  return facts;
}

/**
 * The facts of one service line: the decision's facts with the service slots filled in (a fresh array:
 * no sharing between lines). `slots` (service slots) limits the work as for decisionFactsOf.
 */
export function serviceFactsOf(
  base: Facts,
  line: ServiceLine,
  index: number,
  assessment: LineAssessment,
  layers: Layers,
  slots: readonly number[] = allServiceSlots,
): Facts {
  const ranges: ReferenceRange[] = [];
  for (const r of layers.referenceRanges) if (r.serviceType === line.type) ranges.push(r);
  let range: ReferenceRange | undefined;
  const functionalLevel = assessment.functionalLevel;
  if (functionalLevel !== undefined) {
    for (const r of ranges) {
      if (functionalLevel >= r.functionalLevel.from && (functionalLevel < r.functionalLevel.to || r.functionalLevel.to === 5)) {
        range = r;
        break;
      }
    }
  }
  const entry = layers.catalogue[line.type]!;
  const input: LineInput = { line, index, entry, statutory: lineStatutory(line, entry, assessment), ranges, range };
  const facts = base.slice();
  for (let i = 0; i < slots.length; i++) facts[slots[i]!] = serviceOf[slots[i]! - firstServiceSlot]!(input);
  return facts;
}
