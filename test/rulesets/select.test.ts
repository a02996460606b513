import { describe, expect, it } from 'vitest';
import { loadRulesets } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { select } from '../../src/rulesets/registry.ts';
import { root } from '../helpers.ts';

const registry = loadRulesets(readRulesDir(`${root}fixtures/rulesets/good`).sources);
const chosen = (decisionDate: string, municipality = '0000', pin?: Record<string, string>) => {
  const result = select(registry, { decisionDate, municipality, pin });
  return result.ok ? result.selection.rulesets.map((r) => `${r.file.id}@${r.file.version}`) : result;
};

describe('select', () => {
  it('takes the version in force on decisionDate, either side of validFrom', () => {
    expect(chosen('2025-01-01')).toEqual(['tiny-national@1.0.0']);
    expect(chosen('2026-05-31')).toEqual(['tiny-national@1.0.0']);
    expect(chosen('2026-06-01')).toEqual(['tiny-national@1.1.0']);
  });

  it('never selects a draft by date', () => {
    expect(chosen('2099-01-01')).toEqual(['tiny-national@1.1.0']);
  });

  it('refuses a date before any version with 422 naming decisionDate', () => {
    expect(chosen('2024-12-31')).toMatchObject({ ok: false, status: 422, errors: [{ path: 'decisionDate' }] });
  });

  it('adds the municipal layer when one is in force, and its language', () => {
    expect(chosen('2026-06-01', '9999')).toEqual(['tiny-national@1.1.0', 'municipality-9999@1.0.0']);
    expect(chosen('2025-06-01', '9999')).toEqual(['tiny-national@1.0.0']);
    const result = select(registry, { decisionDate: '2026-06-01', municipality: '9999' });
    expect(result.ok && result.selection.language).toBe('nn');
    expect(result.ok && result.selection.catalogue['snow-clearing']).toMatchObject({ statutory: false });
    expect(result.ok && result.selection.catalogue['meal-delivery']).toMatchObject({ statutory: false });
  });

  it('pins exact versions, drafts included', () => {
    expect(chosen('2026-06-01', '0000', { 'tiny-national': '1.0.0' })).toEqual(['tiny-national@1.0.0']);
    expect(chosen('2026-06-01', '0000', { 'tiny-national': '2.0.0-draft' })).toEqual(['tiny-national@2.0.0-draft']);
    expect(chosen('2024-01-01', '0000', { 'tiny-national': '1.0.0' })).toEqual(['tiny-national@1.0.0']);
  });

  it('answers 404 for an unknown pinned id or version, 422 for another municipality’s layer', () => {
    expect(chosen('2026-06-01', '0000', { 'tiny-national': '7.0.0' })).toMatchObject({ status: 404, errors: [{ path: 'pin.tiny-national' }] });
    expect(chosen('2026-06-01', '0000', { nope: '1.0.0' })).toMatchObject({ status: 404, errors: [{ path: 'pin.nope' }] });
    expect(chosen('2026-06-01', '0000', { 'municipality-9999': '1.0.0' })).toMatchObject({ status: 422, errors: [{ path: 'pin.municipality-9999' }] });
  });
});
