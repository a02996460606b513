import { z } from 'zod';
import { Verdict } from '../decision/result.ts';

/**
 * A test case legal staff can read (OpenFisca-style): a proposed decision and what Hjemmel
 * must say about it. A case either gives the whole `request`, or `extends` a base request
 * from fixtures/requests/ and changes it `with` a deep merge (lists are replaced) and
 * `without` dotted paths to remove.
 */
export const Case = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    request: z.record(z.string(), z.unknown()).optional(),
    extends: z.string().regex(/^[a-z0-9-]+$/).optional(),
    with: z.record(z.string(), z.unknown()).optional(),
    without: z.array(z.string()).optional(),
    expect: z.strictObject({
      verdict: Verdict.optional(),
      /** Exactly the rule ids that must appear among the findings (fired or undetermined). */
      rules: z.array(z.string()).default([]),
      /** Rule ids that must be undetermined for lack of facts. */
      undetermined: z.array(z.string()).optional(),
      /** Wording block ids that must be rendered. */
      wording: z.array(z.string()).optional(),
      /** Set when the request itself must be refused: the HTTP status and a field path it names. */
      refused: z.strictObject({ status: z.number().int(), path: z.string() }).optional(),
    }).refine((e) => (e.verdict === undefined) !== (e.refused === undefined), { message: 'expect either a verdict or a refusal' }),
  })
  .refine((c) => (c.request === undefined) !== (c.extends === undefined), { message: 'give either request or extends' });
export type Case = z.infer<typeof Case>;

export const CaseFile = z.strictObject({ cases: z.array(Case).min(1) });
