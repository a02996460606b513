import type { EvaluationRequest } from '../src/decision/schema.ts';
import type { Finding, Verdict } from '../src/decision/result.ts';
import { monthsBetween } from '../src/engine/dates.ts';
import { verdictOf } from '../src/engine/evaluate.ts';
import type { Selection } from '../src/rulesets/prepared.ts';

/**
 * The floor: eight national rules written by hand in TypeScript, as a programmer would
 * write them without a rule engine, with the same three-valued outcome (a missing fact
 * makes a rule undetermined, never clear). The conditions are the same in 2025.1.0 and
 * 2026.1.0; bench/engine.ts checks on every request that this gives the findings
 * Hjemmel gives for the same rules.
 */
export const handWrittenRules = [
  'bpa.right-from-32-hours',
  'bpa.right-from-25-hours',
  'appeal.notice-missing',
  'appeal.deadline-statutory',
  'appeal.body-statutory',
  'grounds.legal-basis',
  'procedure.provisional-reply',
  'equality.budget-below-assessed-need',
] as const;

export type HandFinding = Pick<Finding, 'rule' | 'severity' | 'service' | 'outcome'>;

const F = 0;
const T = 1;
const U = 2;
type T3 = typeof F | typeof T | typeof U;
const and = (a: T3, b: T3): T3 => (a === F || b === F ? F : a === U || b === U ? U : T);
const or = (a: T3, b: T3): T3 => (a === T || b === T ? T : a === U || b === U ? U : F);
const is = (actual: unknown, expected: unknown): T3 => (actual === undefined ? U : actual === expected ? T : F);
const isNot = (actual: unknown, expected: unknown): T3 => (actual === undefined ? U : actual !== expected ? T : F);
const below = (a: number | undefined, b: number | undefined): T3 => (a === undefined || b === undefined ? U : a < b ? T : F);
const atLeast = (a: number | undefined, b: number): T3 => (a === undefined ? U : a >= b ? T : F);

function push(out: HandFinding[], truth: T3, rule: string, severity: Finding['severity'], service?: number) {
  if (truth === F) return;
  const finding: HandFinding = { rule, severity, outcome: truth === T ? 'fired' : 'undetermined' };
  if (service !== undefined) finding.service = service;
  out.push(finding);
}

export function handWritten(request: EvaluationRequest, selection: Selection): { verdict: Verdict; findings: HandFinding[] } {
  const { decision, assessment, procedure, applicant } = request;
  const { kind, services, appealNotice, grounds } = decision;
  const notGrant = kind !== 'grant';
  const need = assessment.assessedNeedHoursPerWeek;
  const out: HandFinding[] = [];

  let statutory: T3 = F;
  for (const line of services) {
    const s = selection.catalogue[line.type]!.statutory;
    if (s === true) statutory = T;
    else if (s === null && statutory === F) statutory = U;
  }

  if (notGrant) {
    const young = applicant.age < 67 ? T : F;
    const longTerm = is(assessment.expectedLongTermNeed, true);
    for (let i = 0; i < services.length; i++) {
      if (services[i]!.type !== 'bpa') continue;
      const short = below(services[i]!.grantedHoursPerWeek, need);
      push(out, and(and(and(young, longTerm), atLeast(need, 32)), short), 'bpa.right-from-32-hours', 'error', i);
    }
    for (let i = 0; i < services.length; i++) {
      if (services[i]!.type !== 'bpa') continue;
      const band = and(atLeast(need, 25), below(need, 32));
      const cost = is(assessment.increasedCostDocumented, false);
      push(out, and(and(and(and(young, longTerm), band), cost), below(services[i]!.grantedHoursPerWeek, need)), 'bpa.right-from-25-hours', 'error', i);
    }
    push(out, is(appealNotice.included, false), 'appeal.notice-missing', 'error');
  }
  const included = is(appealNotice.included, true);
  push(out, and(and(statutory, included), isNot(appealNotice.deadlineWeeks ?? undefined, 4)), 'appeal.deadline-statutory', 'error');
  push(out, and(and(statutory, included), isNot(appealNotice.body, 'statsforvalteren')), 'appeal.body-statutory', 'error');
  if (notGrant) push(out, is(grounds.citesLegalBasis, false), 'grounds.legal-basis', 'error');
  if (kind === 'grant' || kind === 'partial-grant' || kind === 'rejection') {
    const received = procedure.applicationReceived;
    const old: T3 = received === undefined ? U : monthsBetween(received, request.decisionDate) > 1 ? T : F;
    push(out, and(old, is(procedure.provisionalReplySent, false)), 'procedure.provisional-reply', 'warning');
  }
  if (notGrant) {
    const reasons = grounds.reasons;
    const scarce = reasons === undefined ? U : reasons.includes('budget') || reasons.includes('capacity') ? T : F;
    for (let i = 0; i < services.length; i++) {
      const line = services[i]!;
      const short = or(selection.catalogue[line.type]!.hourBased ? F : T, below(line.grantedHoursPerWeek, need));
      push(out, and(scarce, short), 'equality.budget-below-assessed-need', 'error', i);
    }
  }
  return { verdict: verdictOf(out), findings: out };
}
