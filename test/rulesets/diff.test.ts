import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffRulesets } from '../../src/rulesets/diff.ts';
import { loadRulesets } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { registryWithDraft } from '../draft-rules.ts';
import { root } from '../helpers.ts';

const good = loadRulesets(readRulesDir(`${root}fixtures/rulesets/good`).sources);
const file = (version: string) => good.get('tiny-national', version)!.file;

describe('diffRulesets', () => {
  it('finds a changed threshold as a change to the rule’s conditions only', () => {
    const diff = diffRulesets(file('1.0.0'), file('1.1.0'));
    expect(diff.rules.added).toEqual([]);
    expect(diff.rules.removed).toEqual([]);
    expect(diff.rules.changed.map((c) => [c.id, c.fields])).toEqual([['age.over-hundred', ['conditions']]]);
    expect(diff.meta.map((m) => m.id)).toEqual(['validFrom']);
    expect(diff.changelog.map((e) => e.version)).toEqual(['1.1.0']);
    expect(diff.wording).toEqual({ added: [], removed: [], changed: [] });
  });

  it('sees a version as unchanged against itself', () => {
    const diff = diffRulesets(file('1.1.0'), file('1.1.0'));
    expect([diff.meta, diff.rules.changed, diff.rules.added, diff.rules.removed, diff.changelog]).toEqual([[], [], [], [], []]);
  });

  it('reports added, removed and changed rules with the fields that changed, and status and date changes', () => {
    const { registry, draftVersion, dir } = registryWithDraft();
    rmSync(dir, { recursive: true, force: true });
    const diff = diffRulesets(registry.get('no-national', '2025.1.0')!.file, registry.get('no-national', draftVersion)!.file);
    expect(diff.rules.added.map((r) => r.id)).toEqual(['appeal.documents-access']);
    expect(diff.rules.removed.map((r) => r.id)).toEqual(['appeal.body-non-statutory']);
    // A draft gives every rule its quote and review, so each rule shows those two fields changed besides its own change.
    const beyondQuotes = (fields: readonly string[]) => fields.filter((f) => f !== 'quote' && f !== 'review');
    expect(diff.rules.changed.every((c) => c.fields.includes('quote') && c.fields.includes('review'))).toBe(true);
    expect(diff.rules.changed.map((c) => [c.id, beyondQuotes(c.fields)] as const).filter(([, fields]) => fields.length > 0)).toEqual([
      ['appeal.deadline-non-statutory', ['conditions']],
      ['grounds.main-considerations', ['severity']],
    ]);
    expect(diff.meta.map((m) => [m.id, m.before[m.id], m.after[m.id]])).toEqual([
      ['status', 'published', 'draft'],
      ['validFrom', '2025-01-01', '2026-07-01'],
    ]);
  });
});
