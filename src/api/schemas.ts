import { z } from 'zod';
import { RulesetRef } from '../decision/result.ts';
import { ChangelogEntry, Localized, Quote, Review } from '../rulesets/schema.ts';
import { PROBLEM_BASE, problemTypes, problemTypeUri, type ProblemType } from './problem.ts';

/** HTTP-only schemas: problems and the ruleset listings. Evaluation schemas live in src/decision/. */

const ProblemTypeUri = z.enum(Object.keys(problemTypes).map((type) => problemTypeUri(type as ProblemType)) as [string, ...string[]]);

export const Problem = z
  .object({
    type: ProblemTypeUri.meta({ description: `What went wrong, one stable identifier per cause (README, "Problem types"). An identifier under ${PROBLEM_BASE}; it need not resolve.` }),
    title: z.string().meta({ description: 'A short summary of the type; the same for every problem of that type.' }),
    status: z.number().int(),
    detail: z.string().meta({ description: 'What went wrong in this call, in English.' }),
    instance: z.string().optional().meta({ description: 'The request path this problem answers (in a batch, the item: /v1/evaluations/batch#/requests/3).' }),
    errors: z
      .array(
        z.object({
          path: z.string().optional().meta({ description: 'The body field, as a dotted path (decision.services.0.type); (body) for the whole body.' }),
          pointer: z.string().optional().meta({ description: 'The same field as a JSON Pointer (RFC 6901): /decision/services/0/type; empty for the whole body.' }),
          header: z.string().optional().meta({ description: 'For a header that is missing or wrong (401, 415): its name.' }),
          message: z.string(),
        }),
      )
      .optional()
      .meta({ description: 'Each field or header that is wrong. A body field has path and pointer; a header has header.' }),
    requestId: z.string().optional().meta({ description: 'The X-Request-Id of the response; the service log names the same id.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; errors[] names each invalid field by its path.' });

/** For each status, the problem types it can carry, as the OpenAPI response description. */
function problemText(status: number): string {
  return Object.entries(problemTypes)
    .filter(([, kind]) => kind.status === status)
    .map(([type, kind]) => `\`${type}\`: ${kind.description}`)
    .join(' ');
}

export function problemResponses<S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: problemText(status) || 'Problem', content: { 'application/problem+json': { schema: Problem } } }]),
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
