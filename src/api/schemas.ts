import { z } from 'zod';
import { RulesetRef } from '../decision/result.ts';
import { ChangelogEntry, Localized, Quote, Review } from '../rulesets/schema.ts';

/** HTTP-only schemas: problems and the ruleset listings. Evaluation schemas live in src/decision/. */

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional().meta({ description: 'The X-Request-Id of the response; the service log names the same id.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; errors[] names each invalid field by its path.' });

const problemText: Record<number, string> = {
  400: 'Malformed JSON, or a key given twice in one object (errors[] names it)',
  401: 'No or unknown API key',
  403: 'The key’s role may not do this',
  404: 'Unknown ruleset, version or route',
  413: 'Body too large',
  415: 'Body is not application/json in UTF-8, or has a Content-Encoding',
  422: 'Well-formed but invalid; errors[] names the fields (personal data and over-deep or over-large bodies included)',
  500: 'The evaluation failed inside; no verdict',
  503: 'This deployment has no API keys or no receipt key configured, or the decision record cannot be written or read, so it refuses the call (never a verdict without its record)',
};

export function problemResponses<S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: problemText[status] ?? 'Problem', content: { 'application/problem+json': { schema: Problem } } }]),
  ) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }>;
}

export const RulesetSummary = RulesetRef.extend({
  validTo: z.string().nullable(),
  municipality: z.string().nullable(),
  title: Localized,
  ruleCount: z.number().int(),
}).meta({ id: 'RulesetSummary' });

export const RulesetList = z.object({ rulesets: z.array(RulesetSummary) }).meta({ id: 'RulesetList' });

/** The legal text beside a rule or wording block, and its review record, as the detail endpoint serves them. */
const lawBeside = {
  quote: z
    .array(
      Quote.meta({
        description: 'One quoted passage: `text` verbatim in the source\'s language, `source` the statute, section and ledd it is from, `url` where it was read (Lovdata, a commentary, a proposition).',
      }),
    )
    .optional()
    .meta({
      description:
        'The legal text the rule applies, quoted from a source that was read, so a lawyer reviews law and condition side by side. Absent in versions published before quotes were required.',
    }),
  review: Review.optional()
    .meta({
      description:
        'Who checked the rule against its sources: `status` confirmed or needs-legal-review, `checked` what was checked (and, for needs-legal-review, what could not be confirmed and why), `date`. Absent in versions published before reviews were recorded.',
    }),
};

export const RuleDetail = z
  .looseObject({ id: z.string(), ...lawBeside })
  .meta({
    id: 'RuleDetail',
    description:
      'A rule as written: id, title, severity, category, scope, appliesTo, conditions (json-rules-engine format), message, legalBasis, quote, review, notes, status.',
  });

export const WordingDetail = z
  .looseObject({ id: z.string(), ...lawBeside })
  .meta({ id: 'WordingDetail', description: 'A wording block as written: id, category, when, heading, text, legalBasis, quote, review.' });

export const RulesetDetail = RulesetSummary.extend({
  source: z.string().meta({ description: 'The file it was loaded from, relative to rules/.' }),
  changelog: z.array(ChangelogEntry),
  language: z.enum(['nb', 'nn']).nullable(),
  exampleData: z.boolean(),
  catalogue: z.record(z.string(), z.unknown()),
  referenceRanges: z.array(z.unknown()),
  rules: z.array(RuleDetail).meta({ description: 'Each rule as written, with the legal text it applies (quote) and its review record.' }),
  wording: z.array(WordingDetail),
}).meta({ id: 'RulesetDetail' });
