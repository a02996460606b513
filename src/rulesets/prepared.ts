import type { Node } from '../engine/compile.ts';
import type { LocalizedTemplate } from '../wording/render.ts';
import type { CatalogueEntry, DecisionKind, Localized, ReferenceRange, Rule, RulesetFile, WordingBlock } from './schema.ts';

/** A rule ready to run: its conditions compiled once at load, its filters as sets. */
export interface PreparedRule {
  rule: Rule;
  // What a finding copies from the rule, copied out at load: every prepared rule has the same
  // shape, so the engine reads these at one hidden class instead of the many a parsed rule has.
  id: string;
  /** A short title: the rule's own, or the one rules/titles.yaml gives a rule in an older version. */
  title: Localized;
  perLine: boolean;
  severity: Rule['severity'];
  category: Rule['category'];
  legalBasis: Rule['legalBasis'];
  status: Rule['status'];
  node: Node;
  kinds: ReadonlySet<string> | null;
  serviceTypes: ReadonlySet<string> | null;
  /** The rule's message, cut at its placeholders. */
  message: LocalizedTemplate;
}

export interface PreparedWording {
  block: WordingBlock;
  node: Node;
  heading: LocalizedTemplate;
  text: LocalizedTemplate;
}

/** One validated, frozen ruleset version with its digest and compiled rules. */
export interface PreparedRuleset {
  file: RulesetFile;
  /** Where it was loaded from, relative to the rules directory. */
  source: string;
  digest: string;
  /** `id@version`, as findings name the version a rule comes from. */
  ref: string;
  rules: readonly PreparedRule[];
  /** For each decision kind, the rules that apply to it, in file order: the engine never looks at the others. */
  rulesByKind: Readonly<Record<DecisionKind, readonly PreparedRule[]>>;
  wording: readonly PreparedWording[];
}

/** What the engine needs for one evaluation: the versions that take part, national first. */
export interface Selection {
  rulesets: readonly PreparedRuleset[];
  catalogue: Readonly<Record<string, CatalogueEntry>>;
  referenceRanges: readonly ReferenceRange[];
  /** The municipality's language form, or nb without a layer. */
  language: 'nb' | 'nn';
  /** The name of the municipality's appeal body under fvl, from its layer; absent when no layer names it. */
  fvlAppealBody?: Localized | undefined;
}
