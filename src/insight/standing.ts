import type { DecisionRecord } from '../record/decision-record.ts';
import type { EvaluationContent } from '../record/entry.ts';
import { grantedLines, type GrantedLine } from './aggregate.ts';
import { allRecords } from './read.ts';

/** Below this many past decisions for the same service and band, the lab says nothing about where a grant falls (issue 18). */
export const MINIMUM_PAST_DECISIONS = 20;

/** Where a proposed grant falls among the municipality's past decisions for the same service type and functional-level band. */
export interface Standing extends GrantedLine {
  /** Past decisions counted. */
  decisions: number;
  /** The share of them (whole per cent) that granted fewer hours than proposed. */
  percentBelow: number;
}

/**
 * The proposed grants' standing among the municipality's own past recorded decisions: granted hours
 * of the same service type and functional-level band, counted as equality in practice counts them
 * (grantedLines), leaving out the proposal itself and what-if evaluations (a pinned version is legal
 * staff trying a rule, not a decision). A grant with fewer than MINIMUM_PAST_DECISIONS such
 * decisions gets no standing. Page data, read from the record: never an input of the engine.
 */
export async function standingsOf(record: DecisionRecord, proposed: Pick<EvaluationContent, 'evaluationId' | 'municipality' | 'decisionKind' | 'functionalLevelBand' | 'services'>): Promise<Standing[]> {
  const grants = grantedLines(proposed);
  if (grants.length === 0) return [];
  const past = new Map<string, number[]>(grants.map((g) => [g.type, []]));
  for await (const page of allRecords(record, { municipality: proposed.municipality })) {
    for (const row of page) {
      if (row.evaluationId === proposed.evaluationId || row.rulesets.some((r) => r.pinned)) continue;
      for (const line of grantedLines(row)) if (line.band === grants[0]!.band) past.get(line.type)?.push(line.hours);
    }
  }
  return grants.flatMap((grant) => {
    const hours = past.get(grant.type)!;
    if (hours.length < MINIMUM_PAST_DECISIONS) return [];
    const below = hours.filter((h) => h < grant.hours).length;
    return [{ ...grant, decisions: hours.length, percentBelow: Math.round((100 * below) / hours.length) }];
  });
}
