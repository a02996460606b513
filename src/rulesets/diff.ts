import { canonicalJson } from './digest.ts';
import type { RulesetFile } from './schema.ts';

/** An item present in both versions whose content differs, with the top-level fields that changed. */
export interface Changed<T> {
  id: string;
  before: T;
  after: T;
  fields: string[];
}

export interface Differences<T> {
  added: T[];
  removed: T[];
  changed: Changed<T>[];
}

type Item = Record<string, unknown>;

export interface RulesetDiff {
  /** Top-level facts about the version (status, dates, title) that changed. */
  meta: Changed<Item>[];
  rules: Differences<RulesetFile['rules'][number]>;
  wording: Differences<RulesetFile['wording'][number]>;
  catalogue: Differences<{ type: string } & RulesetFile['catalogue'][string]>;
  /** Changelog entries in `to` that `from` does not have. */
  changelog: RulesetFile['changelog'];
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function changedFields(before: Item, after: Item): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !same(before[key], after[key]));
}

function differences<T extends Item>(before: readonly T[], after: readonly T[], idOf: (item: T) => string): Differences<T> {
  const old = new Map(before.map((item) => [idOf(item), item]));
  const now = new Map(after.map((item) => [idOf(item), item]));
  const changed: Changed<T>[] = [];
  for (const [id, item] of now) {
    const prior = old.get(id);
    if (!prior) continue;
    const fields = changedFields(prior, item);
    if (fields.length) changed.push({ id, before: prior, after: item, fields });
  }
  return {
    added: after.filter((item) => !old.has(idOf(item))),
    removed: before.filter((item) => !now.has(idOf(item))),
    changed,
  };
}

const META = ['status', 'validFrom', 'validTo', 'title', 'language', 'municipality', 'referenceRanges'] as const;

/** What changed from one version of a ruleset to another: rules, wording and catalogue entries, field by field. */
export function diffRulesets(from: RulesetFile, to: RulesetFile): RulesetDiff {
  const meta = META.flatMap((field) => {
    const before = (from as Item)[field];
    const after = (to as Item)[field];
    return same(before, after) ? [] : [{ id: field, before: { [field]: before }, after: { [field]: after }, fields: [field] }];
  });
  const entries = (file: RulesetFile) => Object.entries(file.catalogue).map(([type, entry]) => ({ type, ...entry }));
  const seen = new Set(from.changelog.map((entry) => canonicalJson(entry)));
  return {
    meta,
    rules: differences(from.rules, to.rules, (r) => r.id),
    wording: differences(from.wording, to.wording, (w) => w.id),
    catalogue: differences(entries(from), entries(to), (e) => e.type),
    changelog: to.changelog.filter((entry) => !seen.has(canonicalJson(entry))),
  };
}
