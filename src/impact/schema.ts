import { z } from 'zod';
import { RulesetRef } from '../decision/result.ts';
import { EvaluationRequest } from '../decision/schema.ts';

/** What an impact analysis reports: the same shape from the CLI (--format json) and POST /v1/impact. */

/** `id@version`, as legal staff write a version on the command line and in the body. */
export const VersionPin = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*@\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be id@version, such as no-national@2025.1.0');

export const CaseChange = z.object({
  case: z.string().meta({ description: 'The case name, the JSONL line, or the index in the body.' }),
  before: z.string().meta({ description: 'Verdict under `from`, or `refused (status)`.' }),
  after: z.string().meta({ description: 'Verdict under `to`, or `refused (status)`.' }),
  verdictChanged: z.boolean(),
  added: z.array(z.string()).meta({ description: 'Findings only under `to`: rule id, `#service` index, `(undetermined)`.' }),
  removed: z.array(z.string()).meta({ description: 'Findings only under `from`.' }),
});
export type CaseChange = z.infer<typeof CaseChange>;

export const RuleChange = z.object({ rule: z.string(), added: z.number().int(), removed: z.number().int() });
export type RuleChange = z.infer<typeof RuleChange>;

export const ImpactSummary = z.object({
  cases: z.number().int().meta({ description: 'Every case read.' }),
  notApplicable: z.number().int().meta({ description: 'Cases for another municipality than the layer compared.' }),
  invalid: z.number().int().meta({ description: 'Cases that are not valid requests (CLI only; the HTTP body is validated as a whole).' }),
  unchanged: z.number().int(),
  verdictChanged: z.number().int(),
  findingsChanged: z.number().int().meta({ description: 'Same verdict, different findings.' }),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), count: z.number().int() })).meta({ description: 'Verdict changes, by old → new.' }),
});
export type ImpactSummary = z.infer<typeof ImpactSummary>;

export const ImpactReport = z
  .object({
    from: RulesetRef,
    to: RulesetRef,
    summary: ImpactSummary,
    rules: z.array(RuleChange).meta({ description: 'Per rule: findings added and removed over all cases.' }),
    changed: z.array(CaseChange).meta({ description: 'Cases whose verdict or findings changed, in input order, up to the listing limit.' }),
    unlisted: z.number().int().meta({ description: 'Changed cases beyond the listing limit (counted in the summary).' }),
    invalidCases: z.array(z.object({ case: z.string(), errors: z.array(z.string()) })),
  })
  .meta({ id: 'ImpactReport' });
export type ImpactReport = z.infer<typeof ImpactReport>;

/** Most cases POST /v1/impact takes: well inside the 100 KiB body limit. Larger corpora belong to `hjemmel impact`, which streams. */
export const MAX_IMPACT_CASES = 50;

export const ImpactRequest = z
  .strictObject({
    from: VersionPin.meta({ description: 'The version in use, id@version.' }),
    to: VersionPin.meta({ description: 'The changed version (a draft may be named), same ruleset id.' }),
    cases: z
      .array(z.strictObject({ name: z.string().min(1).max(200).optional(), request: EvaluationRequest }))
      .min(1)
      .max(MAX_IMPACT_CASES, `at most ${MAX_IMPACT_CASES} cases; use \`hjemmel impact\` for a larger corpus`),
  })
  .meta({ id: 'ImpactRequest' });
