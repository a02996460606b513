import { z } from 'zod';
import { RulesetRef } from '../decision/result.ts';
import { ChangelogEntry, Localized } from '../rulesets/schema.ts';

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
  503: 'This deployment has no API keys or no receipt key configured, so it refuses the call',
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

export const RulesetDetail = RulesetSummary.extend({
  source: z.string().meta({ description: 'The file it was loaded from, relative to rules/.' }),
  changelog: z.array(ChangelogEntry),
  language: z.enum(['nb', 'nn']).nullable(),
  exampleData: z.boolean(),
  catalogue: z.record(z.string(), z.unknown()),
  referenceRanges: z.array(z.unknown()),
  rules: z.array(z.record(z.string(), z.unknown())).meta({
    description: 'Each rule as written: id, severity, category, scope, appliesTo, conditions (json-rules-engine format), message, legalBasis, notes, status.',
  }),
  wording: z.array(z.record(z.string(), z.unknown())),
}).meta({ id: 'RulesetDetail' });
