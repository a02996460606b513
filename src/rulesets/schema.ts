import { z } from 'zod';

/**
 * The ruleset file, as legal staff write it in `rules/<id>/<version>.yaml`.
 * This one schema validates every file; the types below are inferred from it.
 * Objects are strict: a misspelled key is an error, never silently ignored.
 */

export const languages = ['nb', 'nn', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

export const decisionKinds = ['grant', 'partial-grant', 'rejection', 'reduction', 'termination', 'waiting-list'] as const;
export type DecisionKind = (typeof decisionKinds)[number];
export const severities = ['error', 'warning', 'info'] as const;
export const categories = ['legal-right', 'appeal', 'procedure', 'equality'] as const;
export const operators = [
  'equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
  'in', 'notIn', 'contains', 'doesNotContain',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD (quote it in YAML)');
const semverString = z
  .string({ error: 'must be a version string such as "2025.1.0" (quote it in YAML)' })
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a version such as 2025.1.0');
const factName = z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/, 'must be a fact name such as applicant.age');

/** Text in the three languages. nb and nn are the law's languages; en is for training. */
export const Localized = z.strictObject({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

/** The URL serialized as WHATWG URL writes it; a text that does not parse is left as it is (the url check refuses it). */
function encodedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * An https URL as the API serves it: percent-encoded (WHATWG URL serialization), so `…/§2-1d` in a
 * ruleset file is served as `…/%C2%A72-1d`, which clients that check `format: uri` accept. The
 * files keep what was written (their digests are of the text as written).
 */
export const HttpsUrl = z
  .url({ protocol: /^https$/ })
  .overwrite(encodedUrl)
  .meta({ format: 'uri' });

export const LegalBasis = z.strictObject({
  citation: z.string().min(1),
  url: HttpsUrl,
});
export type LegalBasis = z.infer<typeof LegalBasis>;

/**
 * The legal text a rule applies, quoted from a source that was read (Catala's habit: the law beside
 * the code that implements it), so a lawyer reviews the two side by side.
 */
export const Quote = z.strictObject({
  /** The sentence(s) of the section, verbatim, in the source's language. */
  text: z.string().min(1),
  /** Statute, section and ledd the text is from, e.g. "pasient- og brukerrettighetsloven § 2-1 d første ledd". */
  source: z.string().min(1),
  /** Where the text was read (Lovdata, Helsedirektoratet's commentary, a proposition). */
  url: HttpsUrl,
});
export type Quote = z.infer<typeof Quote>;

/** Who checked the rule against its sources, what they checked, and when. */
export const Review = z.strictObject({
  status: z.enum(['confirmed', 'needs-legal-review']),
  /** What was checked, and, for needs-legal-review, what could not be confirmed and why. */
  checked: z.string().min(1),
  date: isoDate,
});
export type Review = z.infer<typeof Review>;

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** A condition's right-hand side: a literal, a list of literals, or another fact (json-rules-engine's `{ fact }`). */
const ConditionValue = z.union([Scalar, z.array(Scalar), z.strictObject({ fact: factName })]);

export const LeafCondition = z.strictObject({
  fact: factName,
  operator: z.enum(operators),
  value: ConditionValue,
});
export type LeafCondition = z.infer<typeof LeafCondition>;

/** json-rules-engine's condition format, limited to what the engine compiles: all/any/not over leaves. */
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafCondition,
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
  ]),
);
/** A rule's top level must be all or any, as json-rules-engine requires. */
export const TopCondition = z.union([
  z.strictObject({ all: z.array(Condition).min(1) }),
  z.strictObject({ any: z.array(Condition).min(1) }),
]);
export type TopCondition = z.infer<typeof TopCondition>;

export const Rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, 'must be a dotted id such as bpa.right-from-32-hours'),
  severity: z.enum(severities),
  category: z.enum(categories),
  /** `service`: evaluated once per service line (findings carry `service`); `decision`: once per decision. */
  scope: z.enum(['decision', 'service']),
  appliesTo: z
    .strictObject({
      kinds: z.array(z.enum(decisionKinds)).min(1).optional(),
      serviceTypes: z.array(z.string().min(1)).min(1).optional(),
    })
    .optional(),
  conditions: TopCondition,
  /** A short plain-language title, shown instead of the id (findings[].title). */
  title: Localized.optional(),
  message: Localized,
  legalBasis: z.array(LegalBasis).min(1),
  /** The legal text the rule applies; required from the versions that `hjemmel validate` names. */
  quote: z.array(Quote).min(1).optional(),
  review: Review.optional(),
  /** Why the rule is written as it is: severity, thresholds, sources read. */
  notes: z.string().optional(),
  /** Set when the source could not be confirmed on Lovdata: legal staff must review before relying on it. */
  status: z.literal('needs-legal-review').optional(),
});
export type Rule = z.infer<typeof Rule>;

export const WordingBlock = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, 'must be a dotted id such as appeal.pasrl'),
  /** The category of the finding raised when the block cannot be rendered for lack of facts. */
  category: z.enum(categories),
  /** When the letter must contain the block; decision-wide facts only. */
  when: TopCondition,
  heading: Localized,
  text: Localized,
  legalBasis: z.array(LegalBasis).min(1),
  quote: z.array(Quote).min(1).optional(),
  review: Review.optional(),
});
export type WordingBlock = z.infer<typeof WordingBlock>;

export const CatalogueEntry = z.strictObject({
  /**
   * A statutory health and care service (appeal to Statsforvalteren) or not (municipal appeals
   * board). null in the national catalogue: each municipality's layer decides.
   */
  statutory: z.boolean().nullable(),
  /** Whether the service is granted in hours per week. */
  hourBased: z.boolean(),
  name: Localized.optional(),
  legalBasis: z.array(LegalBasis).optional(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

export const ReferenceRange = z.strictObject({
  serviceType: z.string().min(1),
  /** IPLOS functional level band, from inclusive, to exclusive (5.0 inclusive at the top). */
  functionalLevel: z.strictObject({ from: z.number().min(1).max(5), to: z.number().min(1).max(5) }),
  hoursPerWeek: z.strictObject({ min: z.number().min(0), max: z.number().min(0) }),
});
export type ReferenceRange = z.infer<typeof ReferenceRange>;

export const ChangelogEntry = z.strictObject({
  version: semverString,
  date: isoDate,
  changes: z.array(z.string().min(1)).min(1),
});

const common = {
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case id such as no-national'),
  version: semverString,
  title: Localized,
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  status: z.enum(['published', 'draft']),
  changelog: z.array(ChangelogEntry).min(1),
  catalogue: z.record(z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be a service type such as home-nursing'), CatalogueEntry).default({}),
  rules: z.array(Rule).default([]),
  wording: z.array(WordingBlock).default([]),
};

export const NationalRuleset = z.strictObject({ ...common, layer: z.literal('national') });
export const MunicipalRuleset = z.strictObject({
  ...common,
  layer: z.literal('municipal'),
  /** The four-digit kommunenummer the layer belongs to. */
  municipality: z.string().regex(/^\d{4}$/, 'must be a four-digit municipality number'),
  /** The municipality's own language form: the default for its letters. */
  language: z.enum(['nb', 'nn']),
  /** Example data, not any municipality's real policy. */
  exampleData: z.boolean().optional(),
  referenceRanges: z.array(ReferenceRange).default([]),
  /**
   * The municipality's appeal body for decisions under forvaltningsloven (fvl § 28 andre ledd): a
   * klagenemnd, the formannskap or the kommunestyre, as the municipality has chosen; its name is
   * what the appeal wording for non-statutory services says.
   */
  fvlAppealBody: z.strictObject({ body: z.enum(['klagenemnd', 'formannskap', 'kommunestyre']), name: Localized }).optional(),
});

/**
 * From this date on, and in every draft, each rule and wording block carries the legal text it applies
 * (`quote`) and a `review` record, so a lawyer reviews law and code side by side. Versions published
 * in force before it stay as they were (they are locked).
 */
export const QUOTES_REQUIRED_FROM = '2026-12-01';

/** Whether a version must give every rule and wording block a quote and a review. */
export function needsQuotes(file: { status: 'published' | 'draft'; validFrom?: string | undefined }): boolean {
  return file.status === 'draft' || (file.validFrom !== undefined && file.validFrom >= QUOTES_REQUIRED_FROM);
}

export const RulesetFile = z
  .discriminatedUnion('layer', [NationalRuleset, MunicipalRuleset])
  .superRefine((file, ctx) => {
    if (needsQuotes(file)) {
      const why = file.status === 'draft' ? 'every draft' : `every version in force from ${QUOTES_REQUIRED_FROM}`;
      const demand = (kind: 'rules' | 'wording', items: readonly { quote?: unknown; review?: unknown }[]) =>
        items.forEach((item, i) => {
          for (const key of ['quote', 'review'] as const) {
            if (item[key] === undefined) {
              const what = key === 'quote' ? 'the legal text it applies (quote: text, source, url)' : 'a review record (review: status, checked, date)';
              ctx.addIssue({ code: 'custom', path: [kind, i, key], message: `missing ${key}: in ${why} each ${kind === 'rules' ? 'rule' : 'wording block'} gives ${what}` });
            }
          }
        });
      demand('rules', file.rules);
      demand('wording', file.wording);
    }
    if (file.status === 'published' && !file.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'a published version needs validFrom' });
    }
    if (file.validFrom && file.validTo && file.validTo < file.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo is before validFrom' });
    }
    if (!file.changelog.some((entry) => entry.version === file.version)) {
      ctx.addIssue({ code: 'custom', path: ['changelog'], message: `no changelog entry for version ${file.version}` });
    }
    const seen = new Set<string>();
    file.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id ${rule.id}` });
      seen.add(rule.id);
    });
    file.wording.forEach((block, i) => {
      if (seen.has(block.id)) ctx.addIssue({ code: 'custom', path: ['wording', i, 'id'], message: `duplicate id ${block.id}` });
      seen.add(block.id);
    });
  });
export type RulesetFile = z.infer<typeof RulesetFile>;
export type MunicipalRuleset = z.infer<typeof MunicipalRuleset>;
