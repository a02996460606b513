import type { EvaluationRequest, ServiceLine } from '../decision/schema.ts';
import type { CatalogueEntry, ReferenceRange } from '../rulesets/schema.ts';
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
}

/** What decision facts derive from: the request, and whether each line's service is statutory. */
interface DecisionInput {
  request: EvaluationRequest;
  statutory: readonly (boolean | null)[];
}

/** What service facts derive from: one line, its catalogue entry and the municipality's reference ranges for it. */
interface LineInput {
  line: ServiceLine;
  index: number;
  entry: CatalogueEntry;
  ranges: readonly ReferenceRange[];
  range: ReferenceRange | undefined;
}

interface Fact<In> {
  source: string;
  of: (input: In) => unknown;
}

const STATUTORY_SOURCE = 'catalogue.statutory (the municipal layer says whether the service is statutory)';
// Three-valued: a line whose type the catalogue leaves open (null) makes the answer unknown unless another line decides it.
const hasStatutory = (statutory: readonly (boolean | null)[], wanted: boolean) =>
  statutory.includes(wanted) ? true : statutory.includes(null) ? undefined : false;

const isRelated = (maker: { relatedToApplicant: boolean }) => maker.relatedToApplicant;
const providesService = (maker: { providesTheService: boolean }) => maker.providesTheService;

const decisionTable = {
  'decision.date': { source: 'decisionDate', of: ({ request }) => request.decisionDate },
  'decision.kind': { source: 'decision.kind', of: ({ request }) => request.decision.kind },
  'decision.serviceCount': { source: 'decision.services', of: ({ request }) => request.decision.services.length },
  'decision.grounds.citesLegalBasis': { source: 'decision.grounds.citesLegalBasis', of: ({ request }) => request.decision.grounds.citesLegalBasis },
  'decision.grounds.describesFacts': { source: 'decision.grounds.describesFacts', of: ({ request }) => request.decision.grounds.describesFacts },
  'decision.grounds.statesMainConsiderations': {
    source: 'decision.grounds.statesMainConsiderations',
    of: ({ request }) => request.decision.grounds.statesMainConsiderations,
  },
  'decision.grounds.reasons': { source: 'decision.grounds.reasons', of: ({ request }) => request.decision.grounds.reasons },
  'decision.appealNotice.included': { source: 'decision.appealNotice.included', of: ({ request }) => request.decision.appealNotice.included },
  'decision.appealNotice.deadlineWeeks': {
    source: 'decision.appealNotice.deadlineWeeks',
    of: ({ request }) => request.decision.appealNotice.deadlineWeeks ?? undefined,
  },
  'decision.appealNotice.body': { source: 'decision.appealNotice.body', of: ({ request }) => request.decision.appealNotice.body },
  'decision.appealNotice.sendViaMunicipality': {
    source: 'decision.appealNotice.sendViaMunicipality',
    of: ({ request }) => request.decision.appealNotice.sendViaMunicipality,
  },
  'decision.appealNotice.rightToSeeDocuments': {
    source: 'decision.appealNotice.rightToSeeDocuments',
    of: ({ request }) => request.decision.appealNotice.rightToSeeDocuments,
  },
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
  'applicant.age': { source: 'applicant.age', of: ({ request }) => request.applicant.age },
  'assessment.assessedNeedHoursPerWeek': { source: 'assessment.assessedNeedHoursPerWeek', of: ({ request }) => request.assessment.assessedNeedHoursPerWeek },
  'assessment.functionalLevel': { source: 'assessment.functionalLevel', of: ({ request }) => request.assessment.functionalLevel },
  'assessment.expectedLongTermNeed': { source: 'assessment.expectedLongTermNeed', of: ({ request }) => request.assessment.expectedLongTermNeed },
  'assessment.needsCoordinatedServices': { source: 'assessment.needsCoordinatedServices', of: ({ request }) => request.assessment.needsCoordinatedServices },
  'assessment.onlyAdequateOffer': { source: 'assessment.onlyAdequateOffer', of: ({ request }) => request.assessment.onlyAdequateOffer },
  'assessment.userParticipation': { source: 'assessment.userParticipation', of: ({ request }) => request.assessment.userParticipation },
  'assessment.nextOfKin.involved': { source: 'assessment.nextOfKin.involved', of: ({ request }) => request.assessment.nextOfKin?.involved },
  'assessment.nextOfKin.consent': { source: 'assessment.nextOfKin.consent', of: ({ request }) => request.assessment.nextOfKin?.consent },
  'assessment.increasedCostDocumented': { source: 'assessment.increasedCostDocumented', of: ({ request }) => request.assessment.increasedCostDocumented },
  'assessment.grantedBeforeAge67': { source: 'assessment.grantedBeforeAge67', of: ({ request }) => request.assessment.grantedBeforeAge67 },
  'assessment.lacksDecisionCapacity': { source: 'assessment.lacksDecisionCapacity', of: ({ request }) => request.assessment.lacksDecisionCapacity },
  'procedure.applicationAgeMonths': {
    source: 'procedure.applicationReceived',
    of: ({ request }) => {
      const received = request.procedure.applicationReceived;
      return received === undefined ? undefined : monthsBetween(received, request.decisionDate);
    },
  },
  'procedure.provisionalReplySent': { source: 'procedure.provisionalReplySent', of: ({ request }) => request.procedure.provisionalReplySent },
  'procedure.advanceNoticeGiven': { source: 'procedure.advanceNoticeGiven', of: ({ request }) => request.procedure.advanceNoticeGiven },
  'procedure.relatedDecisionMaker': {
    source: 'procedure.decisionMakers',
    of: ({ request }) => request.procedure.decisionMakers?.some(isRelated),
  },
  'procedure.decisionMakerProvidesService': {
    source: 'procedure.decisionMakers',
    of: ({ request }) => request.procedure.decisionMakers?.some(providesService),
  },
} satisfies Record<string, Fact<DecisionInput>>;

const serviceTable = {
  'service.index': { source: 'decision.services[]', of: ({ index }) => index },
  'service.type': { source: 'decision.services[].type', of: ({ line }) => line.type },
  'service.statutory': { source: STATUTORY_SOURCE, of: ({ entry }) => entry.statutory ?? undefined },
  'service.hourBased': { source: 'decision.services[].type', of: ({ entry }) => entry.hourBased },
  'service.grantedHoursPerWeek': { source: 'decision.services[].grantedHoursPerWeek', of: ({ line }) => line.grantedHoursPerWeek },
  'service.appliedHoursPerWeek': { source: 'decision.services[].appliedHoursPerWeek', of: ({ line }) => line.appliedHoursPerWeek ?? undefined },
  // null is a given value ("had none before"), unlike a field left out.
  'service.previousHoursPerWeek': { source: 'decision.services[].previousHoursPerWeek', of: ({ line }) => line.previousHoursPerWeek },
  'service.expectedDurationDays': { source: 'decision.services[].expectedDurationDays', of: ({ line }) => line.expectedDurationDays },
  'service.from': { source: 'decision.services[].from', of: ({ line }) => line.from ?? undefined },
  'service.to': { source: 'decision.services[].to', of: ({ line }) => line.to ?? undefined },
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
  for (let i = 0; i < services.length; i++) statutory.push(layers.catalogue[services[i]!.type]!.statutory);
  const input: DecisionInput = { request, statutory };
  const facts: unknown[] = new Array(factNames.length).fill(undefined);
  for (let i = 0; i < slots.length; i++) facts[slots[i]!] = decisionOf[slots[i]!]!(input);
  return facts;
}

/** The range whose functional-level band holds `functionalLevel` (from inclusive, to exclusive; 5.0 in the top band). */
export function rangeFor(ranges: readonly ReferenceRange[], functionalLevel: number): ReferenceRange | undefined {
  return ranges.find((r) => functionalLevel >= r.functionalLevel.from && (functionalLevel < r.functionalLevel.to || r.functionalLevel.to === 5));
}

/**
 * The facts of one service line: the decision's facts with the service slots filled in (a fresh array:
 * no sharing between lines). `slots` (service slots) limits the work as for decisionFactsOf.
 */
export function serviceFactsOf(
  base: Facts,
  line: ServiceLine,
  index: number,
  functionalLevel: number | undefined,
  layers: Layers,
  slots: readonly number[] = allServiceSlots,
): Facts {
  const ranges: ReferenceRange[] = [];
  for (const r of layers.referenceRanges) if (r.serviceType === line.type) ranges.push(r);
  const range = functionalLevel === undefined ? undefined : rangeFor(ranges, functionalLevel);
  const input: LineInput = { line, index, entry: layers.catalogue[line.type]!, ranges, range };
  const facts = base.slice();
  for (let i = 0; i < slots.length; i++) facts[slots[i]!] = serviceOf[slots[i]! - firstServiceSlot]!(input);
  return facts;
}
