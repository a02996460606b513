import type { Node } from '../engine/compile.ts';
import type { CatalogueEntry, ReferenceRange, Rule, RulesetFile, WordingBlock } from './schema.ts';

/** A rule ready to run: its conditions compiled once at load, its filters as sets. */
export interface PreparedRule {
  rule: Rule;
  node: Node;
  kinds: ReadonlySet<string> | null;
  serviceTypes: ReadonlySet<string> | null;
}

export interface PreparedWording {
  block: WordingBlock;
  node: Node;
}

/** One validated, frozen ruleset version with its digest and compiled rules. */
export interface PreparedRuleset {
  file: RulesetFile;
  /** Where it was loaded from, relative to the rules directory. */
  source: string;
  digest: string;
  rules: readonly PreparedRule[];
  wording: readonly PreparedWording[];
}

/** What the engine needs for one evaluation: the versions that take part, national first. */
export interface Selection {
  rulesets: readonly PreparedRuleset[];
  catalogue: Readonly<Record<string, CatalogueEntry>>;
  referenceRanges: readonly ReferenceRange[];
  /** The municipality's language form, or nb without a layer. */
  language: 'nb' | 'nn';
}
