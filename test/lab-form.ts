/**
 * A BPA refusal typed into the rule lab's form, field by field as the browser posts it, with every
 * fact a rule may need given. For the Node page tests and the workerd ones alike (no Node imports).
 * `changes` replaces fields by name; an empty value leaves a field blank ("not given").
 */
export function bpaForm(need: string, changes: Record<string, string> = {}): [string, string][] {
  const fields: [string, string][] = [
    ['action', 'evaluate'],
    ['lines', '1'],
    ['decisionDate', '2026-03-10'],
    ['municipality', '0301'],
    ['decision.kind', 'rejection'],
    ['decision.services.0.type', 'bpa'],
    ['decision.services.0.grantedHoursPerWeek', '0'],
    ['decision.services.0.expectedDurationDays', '1095'],
    ['decision.grounds.citesLegalBasis', 'true'],
    ['decision.grounds.describesFacts', 'true'],
    ['decision.grounds.statesMainConsiderations', 'true'],
    ['decision.grounds.reasons', 'budget, need-not-documented'],
    ['decision.appealNotice.included', 'true'],
    ['decision.appealNotice.deadlineWeeks', '4'],
    ['decision.appealNotice.body', 'statsforvalteren'],
    ['decision.appealNotice.sendViaMunicipality', 'true'],
    ['decision.appealNotice.rightToSeeDocuments', 'true'],
    ['applicant.age', '45'],
    ['assessment.assessedNeedHoursPerWeek', need],
    ['assessment.expectedLongTermNeed', 'true'],
    ['assessment.increasedCostDocumented', 'false'],
    ['assessment.grantedBeforeAge67', 'false'],
    ['assessment.needsCoordinatedServices', 'false'],
    ['assessment.userParticipation', 'documented'],
    ['assessment.nextOfKin.involved', 'false'],
    ['assessment.lacksDecisionCapacity', 'false'],
    ['procedure.applicationReceived', '2026-02-20'],
    ['procedure.provisionalReplySent', 'false'],
    ['procedure.decisionMakers.0.role', 'case-manager'],
    ['procedure.decisionMakers.0.relatedToApplicant', 'false'],
    ['procedure.decisionMakers.0.providesTheService', 'false'],
  ];
  return fields.map(([name, value]) => [name, changes[name] ?? value]);
}
