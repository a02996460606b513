import { z } from 'zod';
import { DeviationReason, OutcomeKind } from '../record/contract.ts';
import type { EvaluationContent } from '../record/entry.ts';
import type { RecordWithOutcome } from '../record/store.ts';
import { Verdict } from '../decision/result.ts';

/**
 * What the record says in aggregate (GET /v1/insight, the /insight page): verdicts over time, the
 * rules that fire most, the facts most often missing, departures by rule and reason, outcomes, and
 * granted hours by service type and functional-level band against the municipality's reference
 * range. Any group of fewer than MINIMUM_GROUP decisions is left out (and counted as suppressed), so
 * that no figure can point at a single case. Pure: the rows come in, the figures go out.
 */
export const MINIMUM_GROUP = 5;

const count = z.number().int();

export const Insight = z
  .object({
    municipality: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    minimumGroup: count.meta({ description: 'Groups of fewer decisions than this are suppressed.' }),
    decisions: count.nullable().meta({ description: 'Decisions in the period; null when fewer than minimumGroup (everything is then suppressed).' }),
    verdictsByMonth: z.array(z.object({ month: z.string(), verdict: Verdict, decisions: count })),
    rulesFiring: z.array(z.object({ rule: z.string(), decisions: count })).meta({ description: 'Decisions in which each rule fired, most first.' }),
    missingFacts: z.array(z.object({ fact: z.string(), decisions: count })).meta({ description: 'Decisions in which each fact was missing, most first.' }),
    outcomes: z.array(z.object({ outcome: OutcomeKind, decisions: count })),
    deviations: z.array(z.object({ rule: z.string(), reason: DeviationReason, decisions: count })).meta({ description: 'Signed letters that knowingly departed from a finding, by rule and reason.' }),
    grantedHours: z
      .array(
        z.object({
          serviceType: z.string(),
          band: z.string().meta({ description: 'Functional-level band, "3–4".' }),
          grants: count,
          hours: z.array(z.number()).meta({ description: 'Granted hours per week of each grant, ascending.' }),
          quartiles: z.object({ min: z.number(), q1: z.number(), median: z.number(), q3: z.number(), max: z.number() }),
          referenceRange: z.object({ min: z.number(), max: z.number() }).nullable(),
          outsideRange: count.meta({ description: 'Grants outside the reference range.' }),
        }),
      )
      .meta({ description: 'Granted hours by service type and functional-level band (grants, partial grants and reductions that grant hours).' }),
    suppressed: z.record(z.string(), count).meta({ description: 'How many groups of each section were left out for having fewer than minimumGroup decisions.' }),
  })
  .meta({ id: 'Insight' });
export type Insight = z.infer<typeof Insight>;

const grantingKinds = new Set(['grant', 'partial-grant', 'reduction']);

/** A record's service lines that grant hours (grants, partial grants and reductions, with a functional-level band), as equality in practice counts them. */
export function grantedLines(row: Pick<EvaluationContent, 'decisionKind' | 'functionalLevelBand' | 'services'>): GrantedLine[] {
  const band = row.functionalLevelBand;
  if (!grantingKinds.has(row.decisionKind) || !band) return [];
  return row.services.flatMap((line, service) =>
    line.grantedHoursPerWeek === null || line.grantedHoursPerWeek <= 0 ? [] : [{ service, type: line.type, band, hours: line.grantedHoursPerWeek, referenceRange: line.referenceRange }],
  );
}

export interface GrantedLine {
  /** The line's index in the decision's services. */
  service: number;
  type: string;
  band: string;
  hours: number;
  referenceRange: { min: number; max: number } | null;
}

/** The value at quantile q of sorted values, linearly interpolated (R's type 7, as most tools). */
export function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Counts by key, keeping the groups of at least MINIMUM_GROUP; the number left out goes to `suppressed[section]`. */
function keepLarge<K>(counts: Map<string, { key: K; n: number }>, section: string, suppressed: Record<string, number>): { key: K; n: number }[] {
  const kept = [...counts.values()].filter((g) => g.n >= MINIMUM_GROUP);
  suppressed[section] = counts.size - kept.length;
  return kept;
}

function tally<K>(counts: Map<string, { key: K; n: number }>, id: string, key: K): void {
  const group = counts.get(id);
  if (group) group.n += 1;
  else counts.set(id, { key, n: 1 });
}

const mostFirst = <T extends { decisions: number }>(a: T, b: T) => b.decisions - a.decisions;

/** The most common reference range among a group's grants (ranges are versioned data; a group normally has one). */
function commonRange(ranges: ({ min: number; max: number } | null)[]): { min: number; max: number } | null {
  const counts = new Map<string, { key: { min: number; max: number }; n: number }>();
  for (const r of ranges) if (r) tally(counts, `${r.min}-${r.max}`, r);
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.key ?? null;
}

export function aggregate(rows: readonly RecordWithOutcome[], scope: { municipality?: string; from?: string; to?: string }): Insight {
  const suppressed: Record<string, number> = {};
  const base = { municipality: scope.municipality ?? null, from: scope.from ?? null, to: scope.to ?? null, minimumGroup: MINIMUM_GROUP };
  if (rows.length < MINIMUM_GROUP) {
    return { ...base, decisions: null, verdictsByMonth: [], rulesFiring: [], missingFacts: [], outcomes: [], deviations: [], grantedHours: [], suppressed: { decisions: 1 } };
  }
  const verdicts = new Map<string, { key: { month: string; verdict: Verdict }; n: number }>();
  const rules = new Map<string, { key: string; n: number }>();
  const facts = new Map<string, { key: string; n: number }>();
  const outcomes = new Map<string, { key: z.infer<typeof OutcomeKind>; n: number }>();
  const deviations = new Map<string, { key: { rule: string; reason: z.infer<typeof DeviationReason> }; n: number }>();
  const grants = new Map<string, { key: { serviceType: string; band: string; hours: number[]; ranges: ({ min: number; max: number } | null)[]; outside: number }; n: number }>();

  for (const row of rows) {
    tally(verdicts, `${row.evaluatedAt.toISOString().slice(0, 7)} ${row.verdict}`, { month: row.evaluatedAt.toISOString().slice(0, 7), verdict: row.verdict as Verdict });
    for (const rule of new Set(row.findings.filter((f) => f.outcome === 'fired').map((f) => f.rule))) tally(rules, rule, rule);
    for (const fact of row.missingFacts) tally(facts, fact, fact);
    if (row.outcome) {
      tally(outcomes, row.outcome.outcome, row.outcome.outcome as z.infer<typeof OutcomeKind>);
      for (const d of row.outcome.deviations) tally(deviations, `${d.rule} ${d.reason}`, { rule: d.rule, reason: d.reason as z.infer<typeof DeviationReason> });
    }
    for (const line of grantedLines(row)) {
      const id = `${line.type} ${line.band}`;
      if (!grants.has(id)) grants.set(id, { key: { serviceType: line.type, band: line.band, hours: [], ranges: [], outside: 0 }, n: 0 });
      const group = grants.get(id)!;
      group.n += 1;
      group.key.hours.push(line.hours);
      group.key.ranges.push(line.referenceRange);
      const r = line.referenceRange;
      if (r && (line.hours < r.min || line.hours > r.max)) group.key.outside += 1;
    }
  }

  return {
    ...base,
    decisions: rows.length,
    verdictsByMonth: keepLarge(verdicts, 'verdictsByMonth', suppressed)
      .map(({ key, n }) => ({ ...key, decisions: n }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.verdict.localeCompare(b.verdict)),
    rulesFiring: keepLarge(rules, 'rulesFiring', suppressed).map(({ key, n }) => ({ rule: key, decisions: n })).sort(mostFirst),
    missingFacts: keepLarge(facts, 'missingFacts', suppressed).map(({ key, n }) => ({ fact: key, decisions: n })).sort(mostFirst),
    outcomes: keepLarge(outcomes, 'outcomes', suppressed).map(({ key, n }) => ({ outcome: key, decisions: n })).sort(mostFirst),
    deviations: keepLarge(deviations, 'deviations', suppressed).map(({ key, n }) => ({ ...key, decisions: n })).sort(mostFirst),
    grantedHours: keepLarge(grants, 'grantedHours', suppressed)
      .map(({ key, n }) => {
        const hours = [...key.hours].sort((a, b) => a - b);
        return {
          serviceType: key.serviceType,
          band: key.band,
          grants: n,
          hours,
          quartiles: { min: hours[0]!, q1: quantile(hours, 0.25), median: quantile(hours, 0.5), q3: quantile(hours, 0.75), max: hours.at(-1)! },
          referenceRange: commonRange(key.ranges),
          outsideRange: key.outside,
        };
      })
      .sort((a, b) => a.serviceType.localeCompare(b.serviceType) || a.band.localeCompare(b.band)),
    suppressed,
  };
}
