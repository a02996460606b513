import { evaluatedRulesets, type Checked } from '../decision/check.ts';
import { rangeFor } from '../engine/facts.ts';
import type { EvaluationRow, OutcomeRow } from './chain.ts';

/** An evaluation record before the chain numbers it. */
export type EvaluationContent = Omit<EvaluationRow, 'seq' | 'prevDigest' | 'digest'>;
/** An outcome before the chain numbers it. */
export type OutcomeContent = Omit<OutcomeRow, 'seq' | 'prevDigest' | 'digest'>;

/** The IPLOS functional level (1.0–5.0) rounded down to a whole band: "1–2" … "4–5" (5.0 in the top band). */
export function functionalLevelBand(level: number | undefined): string | null {
  if (level === undefined) return null;
  const from = Math.min(Math.floor(level), 4);
  return `${from}–${from + 1}`;
}

export interface AnsweredEvaluation {
  evaluationId: string;
  evaluatedAt: string;
  /** What check() answered: the request, the versions that took part (what-if pins among them) and the outcome. */
  checked: Extract<Checked, { ok: true }>;
  receipt: string;
}

/**
 * What the record keeps of an answered evaluation (contract 1.1, "Decision record"): ids, time,
 * municipality, ruleset versions (what-if pins marked), kind, service types and hours, the functional level as a band,
 * verdict, rule ids and outcomes, missing fact names and the receipt. Never the age, free text,
 * grounds, dates of the case or anything else about the person.
 */
export function evaluationContent(answered: AnsweredEvaluation): EvaluationContent {
  const { request, selection, outcome } = answered.checked;
  const level = request.assessment?.functionalLevel;
  const missing = new Set<string>();
  for (const finding of outcome.findings) for (const fact of finding.missingFacts ?? []) missing.add(fact);
  return {
    evaluationId: answered.evaluationId,
    evaluatedAt: new Date(answered.evaluatedAt),
    municipality: request.municipality,
    decisionKind: request.decision.kind,
    verdict: outcome.verdict,
    functionalLevelBand: functionalLevelBand(level),
    // A what-if pin (legal staff trying a version not in force) is marked, as in the response.
    rulesets: evaluatedRulesets(answered.checked).map((r) => ({ id: r.id, version: r.version, digest: r.digest, ...('pinned' in r ? { pinned: true as const } : {}) })),
    services: request.decision.services.map((line) => {
      const range = level === undefined ? undefined : rangeFor(selection.referenceRanges.filter((r) => r.serviceType === line.type), level);
      return {
        type: line.type,
        grantedHoursPerWeek: line.grantedHoursPerWeek ?? null,
        appliedHoursPerWeek: line.appliedHoursPerWeek ?? null,
        referenceRange: range ? { min: range.hoursPerWeek.min, max: range.hoursPerWeek.max } : null,
      };
    }),
    findings: outcome.findings.map((f) => ({ rule: f.rule, severity: f.severity, outcome: f.outcome, service: f.service ?? null })),
    missingFacts: [...missing].sort(),
    receipt: answered.receipt,
  };
}
