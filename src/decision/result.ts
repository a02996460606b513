import { z } from 'zod';
import { categories, LegalBasis, operators, severities } from '../rulesets/schema.ts';

/** What an evaluation returns (contract v1). The engine's types are inferred from these schemas. */

export const Verdict = z.enum(['blocked', 'warnings', 'clear']).meta({
  description: 'blocked if any finding is an error; warnings if any is a warning; else clear.',
});
export type Verdict = z.infer<typeof Verdict>;

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const Because = z.object({
  fact: z.string(),
  operator: z.enum(operators),
  value: z.union([Scalar, z.array(Scalar), z.object({ fact: z.string() })]),
  actual: z.unknown().meta({ description: 'The value the request actually had.' }),
  result: z.boolean().meta({ description: 'Whether the condition held; false where it counts by not holding (under `not`).' }),
});
export type Because = z.infer<typeof Because>;

export const Finding = z.object({
  rule: z.string().meta({ description: 'Stable rule id.' }),
  title: z.string().meta({
    description: "A short plain-language title of the rule in the response's language (contract 1.1): what the rule checks, for UIs to show instead of the rule id. A wording block that cannot be rendered is titled by its heading.",
  }),
  severity: z.enum(severities),
  category: z.enum(categories),
  service: z.number().int().optional().meta({ description: 'Index of the service line; absent for decision-wide findings.' }),
  message: z.string(),
  legalBasis: z.array(LegalBasis),
  because: z.array(Because),
  outcome: z.enum(['fired', 'undetermined']).meta({
    description: '`fired`: the conditions held. `undetermined`: facts were missing, so the rule could not be checked (never read as fine).',
  }),
  missingFacts: z.array(z.string()).optional().meta({ description: 'For `undetermined`: the request fields to fill in.' }),
  ruleset: z.string().meta({ description: 'The ruleset version the rule comes from, id@version.' }),
  status: z.literal('needs-legal-review').optional().meta({ description: 'The rule awaits legal review of its source.' }),
});
export type Finding = z.infer<typeof Finding>;

const FieldValue = z.union([Scalar, z.array(Scalar)]);

export const Fix = z
  .object({
    path: z.string().meta({
      description:
        'The request field to change, as a dotted path (decision.appealNotice.deadlineWeeks, decision.services.0.grantedHoursPerWeek); an object on the way that the request leaves out (procedure, say) is created. Always a field the decision maker controls (the appeal notice, the grounds, the procedure, the decision kind, the lines as decided); never a fact about the person.',
    }),
    value: FieldValue.meta({ description: 'The value to set the field to.' }),
    text: z.string().meta({
      description: "The change in plain language, in the response's language; says what else changes with it and any finding the change brings.",
    }),
    alsoSet: z
      .array(z.object({ path: z.string(), value: FieldValue }))
      .optional()
      .meta({
        description:
          'Changes that follow from this one and must be made with it: the decision kind the lines then show (a rejection whose line now grants hours is a grant or partial grant; a kind that contradicts its lines is refused with 422).',
      }),
    introduces: z
      .array(z.object({ rule: z.string(), title: z.string(), severity: z.enum(severities), service: z.number().int().optional() }))
      .optional()
      .meta({ description: 'Findings the request gives with this change (and alsoSet) that it does not give now. Absent when the change brings none.' }),
  })
  .meta({
    id: 'Fix',
    description:
      'A suggested change to the draft that removes the finding, verified: the same request with the change applied (and alsoSet) was evaluated again and no longer gives this finding. Found from the rule\'s own condition (the boundary value it needs), not written per rule.',
  });
export type Fix = z.infer<typeof Fix>;

/** A finding as the evaluation endpoint answers it: with its suggested fixes. */
export const FixedFinding = Finding.extend({
  fixes: z.array(Fix).meta({
    description:
      'Suggested changes that each remove this finding, most useful first (those that bring no new finding before those that do); at most three. Empty when no verified change to a field the decision maker controls removes it — for example when the finding rests on facts about the person, which are found, not chosen.',
  }),
}).meta({ id: 'Finding' });
export type FixedFinding = z.infer<typeof FixedFinding>;

export const Wording = z.object({
  id: z.string(),
  heading: z.string(),
  text: z.string(),
  legalBasis: z.array(LegalBasis),
});
export type Wording = z.infer<typeof Wording>;

export const RulesetRef = z.object({
  id: z.string(),
  version: z.string(),
  validFrom: z.string().nullable(),
  digest: z.string(),
  status: z.enum(['published', 'draft']),
  layer: z.enum(['national', 'municipal']),
});

/** A ruleset version that took part in an evaluation. */
export const EvaluatedRuleset = RulesetRef.extend({
  pinned: z.literal(true).optional().meta({
    description:
      'Present (true) when the request pinned this version in place of the version in force on decisionDate: a what-if evaluation, which only the legal role may ask for (contract 1.1). Absent for the version in force, pinned or not.',
  }),
});

export const EvaluationResponse = z
  .object({
    evaluationId: z.string(),
    evaluatedAt: z.string(),
    verdict: Verdict,
    language: z.enum(['nb', 'nn', 'en']),
    whatIf: z.literal(true).optional().meta({
      description:
        'Present (true) when at least one ruleset version is pinned in place of the version in force on decisionDate (a draft, an older or a later version; legal role only): the verdict is what the decision would get under those versions, not under the law in force. The pinned versions are marked rulesets[].pinned. Absent otherwise.',
    }),
    rulesets: z.array(EvaluatedRuleset).meta({ description: 'Every ruleset version that took part; without a municipal layer, only the national one.' }),
    findings: z.array(FixedFinding),
    wording: z.array(Wording),
    receipt: z.string().meta({
      description: 'A compact JWS (EdDSA) binding evaluationId, evaluatedAt, the request digest, the ruleset digests, the verdict and the finding rule ids. Verify with the keys at /.well-known/jwks.json or POST /v1/receipts/verify.',
    }),
  })
  .meta({ id: 'EvaluationResponse' });
export type EvaluationResponse = z.infer<typeof EvaluationResponse>;
