import { describe, expect, it } from 'vitest';
import { EvaluationRequest } from '../../src/decision/schema.ts';
import { decisionFactsOf, factRecord, lineStatutory, serviceFactsOf, type Layers } from '../../src/engine/facts.ts';
import { baseRequest } from '../helpers.ts';

/** A catalogue where day activity is left to the layer and safety alarms are not statutory. */
const layers: Layers = {
  catalogue: {
    'day-activity': { statutory: false, hourBased: true },
    'home-nursing': { statutory: true, hourBased: true },
    'safety-alarm': { statutory: null, hourBased: false },
  },
  referenceRanges: [],
};

function request(services: Record<string, unknown>[], assessment: Record<string, unknown> = {}, procedure: Record<string, unknown> = {}) {
  const base = baseRequest('clear-grant');
  return EvaluationRequest.parse({ ...base, decision: { ...base.decision, services }, assessment, procedure });
}

const day = { type: 'day-activity', grantedHoursPerWeek: 4, expectedDurationDays: 365 };

describe('statutory status per line (contract 1.1)', () => {
  it("the line's own statutory wins over the catalogue and over dementia", () => {
    const parsed = request([{ ...day, statutory: false }], { dementia: true });
    expect(lineStatutory(parsed.decision.services[0]!, layers.catalogue['day-activity']!, parsed.assessment)).toBe(false);
  });

  it('day activity for a person with dementia is statutory by law (hol § 3-2 første ledd nr. 7), whatever the catalogue says', () => {
    const parsed = request([day], { dementia: true });
    expect(lineStatutory(parsed.decision.services[0]!, layers.catalogue['day-activity']!, parsed.assessment)).toBe(true);
    const facts = factRecord(serviceFactsOf(decisionFactsOf(parsed, layers), parsed.decision.services[0]!, 0, parsed.assessment, layers));
    expect(facts['service.statutory']).toBe(true);
    expect(facts['decision.hasStatutoryService']).toBe(true);
    expect(facts['decision.hasNonStatutoryService']).toBe(false);
  });

  it('without dementia, day activity follows the catalogue', () => {
    const parsed = request([day], { dementia: false });
    expect(factRecord(decisionFactsOf(parsed, layers))['decision.hasNonStatutoryService']).toBe(true);
  });

  it('a decision with both kinds of line has both, and a line the catalogue leaves open is unknown, never fine', () => {
    const both = factRecord(decisionFactsOf(request([day, { type: 'home-nursing', grantedHoursPerWeek: 2, expectedDurationDays: 365 }]), layers));
    expect([both['decision.hasStatutoryService'], both['decision.hasNonStatutoryService']]).toEqual([true, true]);
    const open = factRecord(decisionFactsOf(request([{ type: 'safety-alarm', expectedDurationDays: 365 }]), layers));
    expect(open['decision.hasStatutoryService']).toBeUndefined();
    expect(open['decision.hasNonStatutoryService']).toBeUndefined();
    const decided = factRecord(decisionFactsOf(request([{ type: 'safety-alarm', expectedDurationDays: 365, statutory: true }]), layers));
    expect(decided['decision.hasStatutoryService']).toBe(true);
  });
});

describe('relations of decision makers (fvl § 6, contract 1.1)', () => {
  const maker = (fields: Record<string, unknown>) => ({ role: 'nurse', relatedToApplicant: false, providesTheService: false, ...fields });
  const relationFacts = (makers: Record<string, unknown>[]) => {
    const facts = factRecord(decisionFactsOf(request([day], {}, { decisionMakers: makers }), layers));
    return [facts['procedure.disqualifyingRelation'], facts['procedure.otherCloseRelation']];
  };

  it('close-family and guardian-or-proxy are § 6 første ledd; other-close is andre ledd', () => {
    expect(relationFacts([maker({ relation: 'close-family' })])).toEqual([true, false]);
    expect(relationFacts([maker({ relation: 'guardian-or-proxy' })])).toEqual([true, false]);
    expect(relationFacts([maker({ relatedToApplicant: true, relation: 'other-close' })])).toEqual([false, true]);
    expect(relationFacts([maker({ relation: 'none' })])).toEqual([false, false]);
  });

  it('without relation, relatedToApplicant true reads as close-family (a v1 request)', () => {
    expect(relationFacts([maker({ relatedToApplicant: true })])).toEqual([true, false]);
    expect(relationFacts([maker({})])).toEqual([false, false]);
  });

  it('no decision makers given: both relation facts are missing', () => {
    expect(relationFacts(undefined as never).every((v) => v === undefined)).toBe(true);
  });
});

describe('facts for the new 1.1 fields', () => {
  it('are the request values, and missing when left out', () => {
    const given = factRecord(
      decisionFactsOf(
        request([day], { personalAssistanceHoursPerWeek: 30, needChangeDocumented: false, meetsLongTermStayCriteria: true, safeAtHomeWhileWaiting: false }, { userHeard: true, homeVisit: false, informationFromOthersShared: true }),
        layers,
      ),
    );
    expect(given).toMatchObject({
      'assessment.personalAssistanceHoursPerWeek': 30,
      'assessment.needChangeDocumented': false,
      'assessment.meetsLongTermStayCriteria': true,
      'assessment.safeAtHomeWhileWaiting': false,
      'procedure.userHeard': true,
      'procedure.homeVisit': false,
      'procedure.informationFromOthersShared': true,
    });
    const missing = factRecord(decisionFactsOf(request([day]), layers));
    for (const name of ['assessment.personalAssistanceHoursPerWeek', 'assessment.dementia', 'procedure.userHeard', 'procedure.homeVisit']) expect(missing[name]).toBeUndefined();
  });

  it('a line is time-limited when it has `to`; scope, reason and charge are the line’s own fields', () => {
    const parsed = request([{ ...day, to: '2027-06-01', from: '2026-12-01', scopeStated: false, chargeStated: true }]);
    const facts = factRecord(serviceFactsOf(decisionFactsOf(parsed, layers), parsed.decision.services[0]!, 0, parsed.assessment, layers));
    expect(facts).toMatchObject({ 'service.timeLimited': true, 'service.scopeStated': false, 'service.chargeStated': true });
    expect(facts['service.timeLimitReasonGiven']).toBeUndefined();
  });
});
