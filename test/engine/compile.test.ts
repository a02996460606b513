import { describe, expect, it } from 'vitest';
import { compile, FALSE, TRUE, UNKNOWN } from '../../src/engine/compile.ts';
import { explain, missingFacts } from '../../src/engine/explain.ts';
import type { Condition } from '../../src/rulesets/schema.ts';
import { factsFrom } from '../../src/engine/facts.ts';

const leaf = (fact: string, operator: any, value: any): Condition => ({ fact, operator, value });
const age = (op: any, v: number) => leaf('applicant.age', op, v);

describe('compiled conditions (three-valued)', () => {
  it('applies json-rules-engine operators, with their guards', () => {
    const t = (c: Condition, facts: Record<string, unknown>) => compile({ all: [c] }).test(factsFrom(facts));
    expect(t(age('lessThan', 67), { 'applicant.age': 66 })).toBe(TRUE);
    expect(t(age('lessThan', 67), { 'applicant.age': 67 })).toBe(FALSE);
    expect(t(age('lessThanInclusive', 67), { 'applicant.age': 67 })).toBe(TRUE);
    expect(t(age('greaterThan', 67), { 'applicant.age': 'x' })).toBe(FALSE);
    expect(t(leaf('decision.grounds.reasons', 'contains', 'budget'), { 'decision.grounds.reasons': ['budget'] })).toBe(TRUE);
    expect(t(leaf('decision.grounds.reasons', 'contains', 'budget'), { 'decision.grounds.reasons': 'budget' })).toBe(FALSE);
    expect(t(leaf('decision.kind', 'in', ['rejection', 'reduction']), { 'decision.kind': 'reduction' })).toBe(TRUE);
    expect(t(leaf('decision.kind', 'notIn', ['rejection']), { 'decision.kind': 'grant' })).toBe(TRUE);
    expect(t(leaf('service.previousHoursPerWeek', 'equal', null), { 'service.previousHoursPerWeek': null })).toBe(TRUE);
  });

  it('compares a fact with another fact', () => {
    const c = compile({ all: [leaf('service.grantedHoursPerWeek', 'lessThan', { fact: 'assessment.assessedNeedHoursPerWeek' })] });
    expect(c.test(factsFrom({ 'service.grantedHoursPerWeek': 10, 'assessment.assessedNeedHoursPerWeek': 20 }))).toBe(TRUE);
    expect(c.test(factsFrom({ 'service.grantedHoursPerWeek': 20, 'assessment.assessedNeedHoursPerWeek': 20 }))).toBe(FALSE);
    expect(c.test(factsFrom({ 'service.grantedHoursPerWeek': 10 }))).toBe(UNKNOWN);
  });

  it('reads a missing fact as unknown, never as false', () => {
    const all = compile({ all: [age('lessThan', 67), leaf('assessment.expectedLongTermNeed', 'equal', true)] });
    expect(all.test(factsFrom({ 'applicant.age': 45 }))).toBe(UNKNOWN);
    expect(all.test(factsFrom({ 'applicant.age': 70 }))).toBe(FALSE); // decided without the missing fact
    const any = compile({ any: [age('lessThan', 67), leaf('assessment.grantedBeforeAge67', 'equal', true)] });
    expect(any.test(factsFrom({ 'applicant.age': 45 }))).toBe(TRUE);
    expect(any.test(factsFrom({ 'applicant.age': 70 }))).toBe(UNKNOWN);
    const not = compile({ all: [{ not: age('lessThan', 67) }] });
    expect(not.test(factsFrom({}))).toBe(UNKNOWN);
    expect(not.test(factsFrom({ 'applicant.age': 70 }))).toBe(TRUE);
  });

  it('names exactly the facts that would decide an unknown condition', () => {
    const node = compile({ any: [age('lessThan', 67), { all: [leaf('assessment.grantedBeforeAge67', 'equal', true), leaf('decision.kind', 'equal', 'reduction')] }] });
    expect([...missingFacts(node, factsFrom({ 'applicant.age': 70, 'decision.kind': 'reduction' }))]).toEqual(['assessment.grantedBeforeAge67']);
  });

  it('explains a fired rule with the conditions that held and their actual values', () => {
    const node = compile({ all: [age('lessThan', 67), { any: [leaf('decision.kind', 'equal', 'rejection'), leaf('decision.kind', 'equal', 'reduction')] }, { not: leaf('assessment.increasedCostDocumented', 'equal', true) }] });
    const facts = factsFrom({ 'applicant.age': 45, 'decision.kind': 'rejection', 'assessment.increasedCostDocumented': false });
    expect(node.test(facts)).toBe(TRUE);
    expect(explain(node, facts, true)).toEqual([
      { fact: 'applicant.age', operator: 'lessThan', value: 67, actual: 45, result: true },
      { fact: 'decision.kind', operator: 'equal', value: 'rejection', actual: 'rejection', result: true },
      { fact: 'assessment.increasedCostDocumented', operator: 'equal', value: true, actual: false, result: false },
    ]);
  });
});
