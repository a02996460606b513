import { z } from 'zod';
import { isoDate } from '../decision/schema.ts';
import { Verdict } from '../decision/result.ts';

/** The HTTP shapes of the decision record (contract 1.1, "Decision record"): outcome, records, insight. */

export const OutcomeKind = z.enum(['signed', 'revised', 'abandoned']);
export const DeviationReason = z.enum(['professional-judgement', 'new-information', 'legal-advice', 'rule-disputed']);

export const OutcomeRequest = z
  .strictObject({
    outcome: OutcomeKind.meta({ description: 'What became of the checked draft.' }),
    deviations: z
      .array(
        z.strictObject({
          rule: z.string().min(1).max(200).meta({ description: 'A rule that fired in the evaluation, which the signed letter knowingly departs from.' }),
          reason: DeviationReason,
          note: z.string().max(1000).optional().meta({
            description: 'Accepted as the contract says, but not kept: the record holds no free text, which could describe a person.',
          }),
        }),
      )
      .max(100)
      .default([]),
  })
  .meta({ id: 'OutcomeRequest' });
export type OutcomeRequest = z.infer<typeof OutcomeRequest>;

export const RecordedOutcome = z
  .object({
    evaluationId: z.string(),
    outcome: OutcomeKind,
    deviations: z.array(z.object({ rule: z.string(), reason: DeviationReason })),
    recordedAt: z.string(),
  })
  .meta({ id: 'RecordedOutcome' });
export type RecordedOutcome = z.infer<typeof RecordedOutcome>;

export const DecisionRecordJson = z
  .object({
    seq: z.number().int().meta({ description: 'The entry’s place in the record’s hash chain.' }),
    evaluationId: z.string(),
    evaluatedAt: z.string(),
    municipality: z.string(),
    decisionKind: z.string(),
    verdict: Verdict,
    functionalLevelBand: z.string().nullable().meta({ description: 'The IPLOS functional level rounded down to a whole band ("3–4"), never the level itself.' }),
    rulesets: z.array(
      z.object({
        id: z.string(),
        version: z.string(),
        digest: z.string(),
        pinned: z.literal(true).optional().meta({ description: 'A what-if pin: a version other than the one in force on the decision date, as in the evaluation’s rulesets[].' }),
      }),
    ),
    services: z.array(
      z.object({
        type: z.string(),
        grantedHoursPerWeek: z.number().nullable(),
        appliedHoursPerWeek: z.number().nullable(),
        referenceRange: z.object({ min: z.number(), max: z.number() }).nullable().meta({ description: 'The municipality’s reference range for the line’s type and functional level.' }),
      }),
    ),
    findings: z.array(z.object({ rule: z.string(), severity: z.string(), outcome: z.enum(['fired', 'undetermined']), service: z.number().int().nullable() })),
    missingFacts: z.array(z.string()),
    receipt: z.string(),
    digest: z.string().meta({ description: 'sha256 over the entry and the digest of the entry before it.' }),
    outcome: RecordedOutcome.omit({ evaluationId: true }).nullable(),
  })
  .meta({ id: 'DecisionRecord', description: 'What the record keeps of one answered evaluation: no personal data.' });
export type DecisionRecordJson = z.infer<typeof DecisionRecordJson>;

export const RecordQuery = z.object({
  from: isoDate.optional().meta({ description: 'First day (UTC) of the period, inclusive.' }),
  to: isoDate.optional().meta({ description: 'Last day (UTC) of the period, inclusive.' }),
  municipality: z.string().regex(/^\d{4}$/, 'must be a four-digit municipality number').optional(),
  verdict: Verdict.optional(),
  rule: z.string().min(1).max(200).optional().meta({ description: 'Only records with a finding of this rule.' }),
  cursor: z.string().regex(/^\d{1,15}$/, 'must be a nextCursor from an earlier page').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const RecordPage = z
  .object({
    records: z.array(DecisionRecordJson),
    nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null on the last.' }),
  })
  .meta({ id: 'RecordPage' });

export const InsightQuery = z.object({
  municipality: z.string().regex(/^\d{4}$/, 'must be a four-digit municipality number').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** The period and scope of a query as a record filter: `to` is a whole day, so the filter ends at the next midnight (UTC). */
export function filterOf(query: { from?: string; to?: string; municipality?: string; verdict?: z.infer<typeof Verdict>; rule?: string }) {
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  return {
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    to: query.to ? dayAfter(query.to) : undefined,
    municipality: query.municipality,
    verdict: query.verdict,
    rule: query.rule,
  };
}
