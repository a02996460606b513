import { describe, expect, it } from 'vitest';
import { mayUseAnyVersion, roles, visibleVersions } from '../../src/decision/access.ts';
import { check, checkRequest, evaluatedRulesets, legalStaff } from '../../src/decision/check.ts';
import { bundledRegistry, parsedRequest } from '../helpers.ts';

// The real rules: on 2026-11-24 no-national 2026.1.0 and municipality-4601 1.0.0 are in force.
const registry = bundledRegistry();
const example = parsedRequest('contract-example');
const withPin = (pin: Record<string, string>) => ({ ...example, pin });

describe('check(): the one path of every face', () => {
  it('evaluates the versions in force for any role, with no what-if', () => {
    for (const role of [...roles, undefined]) {
      const checked = check(example, registry, { role });
      if (!checked.ok) throw new Error(`${role}: ${checked.detail}`);
      expect(checked.whatIf).toEqual([]);
      expect(checked.selection.rulesets.map((r) => r.ref)).toEqual(['no-national@2026.1.0', 'municipality-4601@1.0.0']);
      expect(checked.outcome.verdict).toBe('blocked');
    }
  });

  it('refuses a pin to another version for every role but legal (403), naming each pin with the version in force', () => {
    const pin = { 'no-national': '2027.0.0-draft' };
    for (const role of ['caseworker', 'trainer', undefined] as const) {
      const checked = check(withPin(pin), registry, { role });
      expect(checked, String(role)).toMatchObject({ ok: false, status: 403, cause: 'pin-needs-legal', errors: [{ path: 'pin.no-national' }] });
      if (checked.ok) continue;
      expect(checked.detail).toContain('no-national 2027.0.0-draft (a draft): the version in force on 2026-11-24 is 2026.1.0');
      expect(checked.denied!.map((d) => [d.id, d.pinned.file.version, d.inForce?.file.version])).toEqual([['no-national', '2027.0.0-draft', '2026.1.0']]);
    }
  });

  it('lets legal staff pin any version and reports the pins that replaced the version in force', () => {
    const checked = check(withPin({ 'no-national': '2025.1.0', 'municipality-4601': '1.0.0' }), registry, { role: 'legal' });
    if (!checked.ok) throw new Error(checked.detail);
    expect(checked.whatIf.map((p) => [p.id, p.pinned.file.version, p.inForce?.file.version])).toEqual([['no-national', '2025.1.0', '2026.1.0']]);
    expect(evaluatedRulesets(checked).map((r) => [r.version, 'pinned' in r])).toEqual([
      ['2025.1.0', true],
      ['1.0.0', false],
    ]);
  });

  it('selects before it asks the role: an unknown version is 404, a foreign layer 422', () => {
    expect(check(withPin({ 'no-national': '1999.0.0' }), registry, { role: 'caseworker' })).toMatchObject({ ok: false, status: 404, cause: 'unknown-version' });
    expect(check(withPin({ 'municipality-0301': '1.0.0' }), registry, { role: 'caseworker' })).toMatchObject({ ok: false, status: 422, cause: 'not-a-layer' });
  });

  it('checkRequest validates plain JSON first and names the field', () => {
    const checked = checkRequest({ ...example, decisionDate: 'soon' }, registry, legalStaff);
    expect(checked).toMatchObject({ ok: false, status: 422, cause: 'invalid-request' });
    expect(!checked.ok && checked.errors.map((e) => e.path)).toContain('decisionDate');
  });
});

describe('access: drafts and other versions are the legal role\'s', () => {
  it('only legal may use any version or see drafts', () => {
    expect(roles.filter(mayUseAnyVersion)).toEqual(['legal']);
    const seen = (role: (typeof roles)[number]) => visibleVersions(role, registry.versionsOf('no-national')).map((v) => v.file.version);
    expect(seen('legal')).toContain('2027.0.0-draft');
    expect(seen('caseworker')).toEqual(['2025.1.0', '2026.1.0', '2026.2.0']);
  });
});
