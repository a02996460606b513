import type { EvaluationRequest, ServiceLine } from '../decision/schema.ts';
import type { CatalogueEntry, ReferenceRange } from '../rulesets/schema.ts';
import { monthsBetween } from './dates.ts';

/**
 * The facts rules may name. A request field the decision leaves out is simply absent
 * (undefined): the engine then reports the fact as missing instead of guessing.
 * Derived facts are computed here from the request and the selected layers; `sources`
 * names the request fields a derived fact comes from, so a missing-fact finding
 * points the case manager at what to fill in.
 */
export const decisionFacts = {
  'decision.date': 'decisionDate',
  'decision.kind': 'decision.kind',
  'decision.serviceCount': 'decision.services',
  'decision.grounds.citesLegalBasis': 'decision.grounds.citesLegalBasis',
  'decision.grounds.describesFacts': 'decision.grounds.describesFacts',
  'decision.grounds.statesMainConsiderations': 'decision.grounds.statesMainConsiderations',
  'decision.grounds.reasons': 'decision.grounds.reasons',
  'decision.appealNotice.included': 'decision.appealNotice.included',
  'decision.appealNotice.deadlineWeeks': 'decision.appealNotice.deadlineWeeks',
  'decision.appealNotice.body': 'decision.appealNotice.body',
  'decision.appealNotice.sendViaMunicipality': 'decision.appealNotice.sendViaMunicipality',
  'decision.appealNotice.rightToSeeDocuments': 'decision.appealNotice.rightToSeeDocuments',
  'decision.hasStatutoryService': 'catalogue.statutory (the municipal layer says whether the service is statutory)',
  'decision.hasNonStatutoryService': 'catalogue.statutory (the municipal layer says whether the service is statutory)',
  'decision.longestExpectedDurationDays': 'decision.services[].expectedDurationDays',
  'applicant.age': 'applicant.age',
  'assessment.assessedNeedHoursPerWeek': 'assessment.assessedNeedHoursPerWeek',
  'assessment.functionalLevel': 'assessment.functionalLevel',
  'assessment.expectedLongTermNeed': 'assessment.expectedLongTermNeed',
  'assessment.needsCoordinatedServices': 'assessment.needsCoordinatedServices',
  'assessment.onlyAdequateOffer': 'assessment.onlyAdequateOffer',
  'assessment.userParticipation': 'assessment.userParticipation',
  'assessment.nextOfKin.involved': 'assessment.nextOfKin.involved',
  'assessment.nextOfKin.consent': 'assessment.nextOfKin.consent',
  'assessment.increasedCostDocumented': 'assessment.increasedCostDocumented',
  'assessment.grantedBeforeAge67': 'assessment.grantedBeforeAge67',
  'assessment.lacksDecisionCapacity': 'assessment.lacksDecisionCapacity',
  'procedure.applicationAgeMonths': 'procedure.applicationReceived',
  'procedure.provisionalReplySent': 'procedure.provisionalReplySent',
  'procedure.advanceNoticeGiven': 'procedure.advanceNoticeGiven',
  'procedure.relatedDecisionMaker': 'procedure.decisionMakers',
  'procedure.decisionMakerProvidesService': 'procedure.decisionMakers',
} as const;

export const serviceFacts = {
  'service.index': 'decision.services[]',
  'service.type': 'decision.services[].type',
  'service.statutory': 'catalogue.statutory (the municipal layer says whether the service is statutory)',
  'service.hourBased': 'decision.services[].type',
  'service.grantedHoursPerWeek': 'decision.services[].grantedHoursPerWeek',
  'service.appliedHoursPerWeek': 'decision.services[].appliedHoursPerWeek',
  'service.previousHoursPerWeek': 'decision.services[].previousHoursPerWeek',
  'service.expectedDurationDays': 'decision.services[].expectedDurationDays',
  'service.from': 'decision.services[].from',
  'service.to': 'decision.services[].to',
  'service.referenceRangeDefined': 'decision.services[].type',
  'service.referenceMinHours': 'assessment.functionalLevel',
  'service.referenceMaxHours': 'assessment.functionalLevel',
} as const;

export type FactName = keyof typeof decisionFacts | keyof typeof serviceFacts;
export type Facts = Record<string, unknown>;

/** The request field to fill in when `fact` is missing; service facts name the line's index. */
export function sourceOf(fact: string, service?: number): string {
  const source = (decisionFacts as Record<string, string>)[fact] ?? (serviceFacts as Record<string, string>)[fact] ?? fact;
  return service === undefined ? source : source.replace('services[]', `services.${service}`);
}

export function isKnownFact(fact: string, scope: 'decision' | 'service'): boolean {
  return fact in decisionFacts || (scope === 'service' && fact in serviceFacts);
}

export interface Layers {
  catalogue: Readonly<Record<string, CatalogueEntry>>;
  referenceRanges: readonly ReferenceRange[];
}

/** Decision-wide facts. Every service type is already known to be in the catalogue. */
export function decisionFactsOf(request: EvaluationRequest, layers: Layers): Facts {
  const { decision, assessment, procedure } = request;
  const statutory = decision.services.map((line) => layers.catalogue[line.type]!.statutory);
  // Three-valued: a line whose type the catalogue leaves open (null) makes the answer unknown unless another line decides it.
  const has = (wanted: boolean) => (statutory.includes(wanted) ? true : statutory.includes(null) ? undefined : false);
  const makers = procedure.decisionMakers;
  return {
    'decision.date': request.decisionDate,
    'decision.kind': decision.kind,
    'decision.serviceCount': decision.services.length,
    'decision.grounds.citesLegalBasis': decision.grounds.citesLegalBasis,
    'decision.grounds.describesFacts': decision.grounds.describesFacts,
    'decision.grounds.statesMainConsiderations': decision.grounds.statesMainConsiderations,
    'decision.grounds.reasons': decision.grounds.reasons,
    'decision.appealNotice.included': decision.appealNotice.included,
    'decision.appealNotice.deadlineWeeks': decision.appealNotice.deadlineWeeks ?? undefined,
    'decision.appealNotice.body': decision.appealNotice.body,
    'decision.appealNotice.sendViaMunicipality': decision.appealNotice.sendViaMunicipality,
    'decision.appealNotice.rightToSeeDocuments': decision.appealNotice.rightToSeeDocuments,
    'decision.hasStatutoryService': has(true),
    'decision.hasNonStatutoryService': has(false),
    'decision.longestExpectedDurationDays': Math.max(...decision.services.map((line) => line.expectedDurationDays)),
    'applicant.age': request.applicant.age,
    'assessment.assessedNeedHoursPerWeek': assessment.assessedNeedHoursPerWeek,
    'assessment.functionalLevel': assessment.functionalLevel,
    'assessment.expectedLongTermNeed': assessment.expectedLongTermNeed,
    'assessment.needsCoordinatedServices': assessment.needsCoordinatedServices,
    'assessment.onlyAdequateOffer': assessment.onlyAdequateOffer,
    'assessment.userParticipation': assessment.userParticipation,
    'assessment.nextOfKin.involved': assessment.nextOfKin?.involved,
    'assessment.nextOfKin.consent': assessment.nextOfKin?.consent,
    'assessment.increasedCostDocumented': assessment.increasedCostDocumented,
    'assessment.grantedBeforeAge67': assessment.grantedBeforeAge67,
    'assessment.lacksDecisionCapacity': assessment.lacksDecisionCapacity,
    'procedure.applicationAgeMonths':
      procedure.applicationReceived === undefined ? undefined : monthsBetween(procedure.applicationReceived, request.decisionDate),
    'procedure.provisionalReplySent': procedure.provisionalReplySent,
    'procedure.advanceNoticeGiven': procedure.advanceNoticeGiven,
    'procedure.relatedDecisionMaker': makers?.some((maker) => maker.relatedToApplicant),
    'procedure.decisionMakerProvidesService': makers?.some((maker) => maker.providesTheService),
  };
}

/** The facts of one service line, layered over the decision's facts (a fresh object: no sharing between lines). */
export function serviceFactsOf(base: Facts, line: ServiceLine, index: number, functionalLevel: number | undefined, layers: Layers): Facts {
  const entry = layers.catalogue[line.type]!;
  const ranges = layers.referenceRanges.filter((range) => range.serviceType === line.type);
  const range =
    functionalLevel === undefined
      ? undefined
      : ranges.find((r) => functionalLevel >= r.functionalLevel.from && (functionalLevel < r.functionalLevel.to || r.functionalLevel.to === 5));
  const facts: Facts = Object.assign({}, base);
  facts['service.index'] = index;
  facts['service.type'] = line.type;
  facts['service.statutory'] = entry.statutory ?? undefined;
  facts['service.hourBased'] = entry.hourBased;
  facts['service.grantedHoursPerWeek'] = line.grantedHoursPerWeek;
  facts['service.appliedHoursPerWeek'] = line.appliedHoursPerWeek ?? undefined;
  // null is a given value ("had none before"), unlike a field left out.
  facts['service.previousHoursPerWeek'] = line.previousHoursPerWeek;
  facts['service.expectedDurationDays'] = line.expectedDurationDays;
  facts['service.from'] = line.from ?? undefined;
  facts['service.to'] = line.to ?? undefined;
  facts['service.referenceRangeDefined'] = ranges.length > 0;
  facts['service.referenceMinHours'] = range?.hoursPerWeek.min;
  facts['service.referenceMaxHours'] = range?.hoursPerWeek.max;
  return facts;
}
