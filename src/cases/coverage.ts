import type { Checked } from '../decision/check.ts';
import type { Registry } from '../rulesets/registry.ts';

/**
 * What a set of cases exercises, per ruleset version (after `opa test --coverage`). A rule is
 * covered when some case makes it fire and some case leaves it silent: a rule no case fires may
 * be unreachable, a rule no case leaves silent may fire on everything. A wording block is
 * covered when some case renders it. Versions no case reaches are listed, not counted.
 */

export interface VersionCoverage {
  ruleset: string;
  status: 'published' | 'draft';
  /** Cases in which this version took part. */
  cases: number;
  rules: number;
  wording: number;
  neverFired: string[];
  neverSilent: string[];
  neverRendered: string[];
  covered: number;
  total: number;
}

export interface Coverage {
  versions: VersionCoverage[];
  /** Versions no case evaluated against. */
  unreached: string[];
  /** Covered items over all items of the versions reached, 0–100; 100 when nothing was reached. */
  percent: number;
}

export function coverageOf(registry: Registry, results: readonly Checked[]): Coverage {
  const seen = new Map<string, { cases: number; fired: Set<string>; silent: Set<string>; rendered: Set<string> }>();
  for (const checked of results) {
    if (!checked.ok) continue;
    const { findings, wording } = checked.outcome;
    for (const version of checked.selection.rulesets) {
      const key = `${version.file.id}@${version.file.version}`;
      let entry = seen.get(key);
      if (!entry) seen.set(key, (entry = { cases: 0, fired: new Set(), silent: new Set(), rendered: new Set() }));
      entry.cases++;
      const mine = findings.filter((f) => f.ruleset === key);
      for (const f of mine) if (f.outcome === 'fired') entry.fired.add(f.rule);
      for (const { rule } of version.rules) if (!mine.some((f) => f.rule === rule.id)) entry.silent.add(rule.id);
      for (const { block } of version.wording) if (wording.some((w) => w.id === block.id)) entry.rendered.add(block.id);
    }
  }
  const versions: VersionCoverage[] = [];
  const unreached: string[] = [];
  for (const { file } of registry.versions) {
    const key = `${file.id}@${file.version}`;
    const entry = seen.get(key);
    if (!entry) {
      unreached.push(key);
      continue;
    }
    const ruleIds = file.rules.map((r) => r.id);
    const neverFired = ruleIds.filter((id) => !entry.fired.has(id));
    const neverSilent = ruleIds.filter((id) => !entry.silent.has(id));
    const neverRendered = file.wording.map((w) => w.id).filter((id) => !entry.rendered.has(id));
    const coveredRules = ruleIds.filter((id) => entry.fired.has(id) && entry.silent.has(id)).length;
    versions.push({
      ruleset: key,
      status: file.status,
      cases: entry.cases,
      rules: ruleIds.length,
      wording: file.wording.length,
      neverFired,
      neverSilent,
      neverRendered,
      covered: coveredRules + file.wording.length - neverRendered.length,
      total: ruleIds.length + file.wording.length,
    });
  }
  const covered = versions.reduce((n, v) => n + v.covered, 0);
  const total = versions.reduce((n, v) => n + v.total, 0);
  return { versions, unreached, percent: total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10 };
}
