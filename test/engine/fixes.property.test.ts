import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequest, legalStaff } from '../../src/decision/check.ts';
import type { Fix } from '../../src/decision/result.ts';
import { controlledFields } from '../../src/engine/controlled.ts';
import { withFixes } from '../../src/engine/fixes.ts';
import { languages } from '../../src/rulesets/schema.ts';
import { bundledRegistry } from '../helpers.ts';
import { completeRequest, optionalPaths, without } from '../fuzz/cases.ts';

const registry = bundledRegistry();

/** The request as a client sends it after making the change (and what goes with it), creating objects the request left out. */
function applied(request: Record<string, any>, fix: Fix): Record<string, any> {
  const copy = structuredClone(request);
  for (const { path, value } of [{ path: fix.path, value: fix.value }, ...(fix.alsoSet ?? [])]) {
    const keys = path.split('.');
    let node = copy;
    for (const key of keys.slice(0, -1)) node = node[key] ??= {};
    node[keys.at(-1)!] = value;
  }
  return copy;
}

const key = (f: { rule: string; service?: number | undefined }) => `${f.rule}#${f.service ?? '-'}`;
const fieldOf = (path: string) => path.replace(/^decision\.services\.\d+\./, 'decision.services[].');

/**
 * Generated requests: complete ones (every optional fact given) and the same with a random set of
 * optional fields left out, so undetermined findings meet the search too. For every fix returned:
 * the request with the change made is a request the service checks, it no longer gives the
 * finding, the findings it brings are exactly those the fix names, and the field is one the
 * decision maker controls.
 */
describe('every suggested fix removes its finding (property)', () => {
  const requests = completeRequest(registry).chain((complete) =>
    fc.tuple(fc.constant(complete), fc.subarray(optionalPaths(complete)), fc.constantFrom(...languages)).map(([request, left, language]) => ({ ...without(request, left), language })),
  );

  it('holds for generated requests', () => {
    let fixes = 0;
    let undeterminedFixed = 0;
    let withKind = 0;
    let bringing = 0;
    fc.assert(
      fc.property(requests, (request) => {
        const before = checkRequest(request, registry, legalStaff);
        if (!before.ok) return; // leaving out a field a decision kind needs is refused (422): nothing to fix
        const findings = withFixes(before.request, before.selection, before.outcome);
        expect(findings.map(key)).toEqual(before.outcome.findings.map(key));
        for (const finding of findings) {
          expect(finding.fixes.length).toBeLessThanOrEqual(3);
          for (const fix of finding.fixes) {
            fixes++;
            if (finding.outcome === 'undetermined') undeterminedFixed++;
            if (fix.alsoSet) withKind++;
            expect(controlledFields[fieldOf(fix.path)], fix.path).toBeDefined();
            expect(fix.path).not.toMatch(/^(applicant|assessment)\./);
            for (const also of fix.alsoSet ?? []) expect(also.path).toBe('decision.kind');
            expect(fix.text.length).toBeGreaterThan(10);
            const after = checkRequest(applied(request, fix), registry, legalStaff);
            expect(after.ok, `${finding.rule}: ${JSON.stringify(fix)} is refused: ${JSON.stringify(!after.ok && after.errors)}`).toBe(true);
            if (!after.ok) continue;
            const keys = after.outcome.findings.map(key);
            expect(keys, `${JSON.stringify(fix)} leaves ${key(finding)}`).not.toContain(key(finding));
            const had = new Set(findings.map(key));
            const brought = keys.filter((k) => !had.has(k));
            expect((fix.introduces ?? []).map(key)).toEqual(brought);
            if (brought.length) bringing++;
          }
        }
      }),
      { numRuns: 1000, seed: 17 },
    );
    // The property is not vacuous: fixes of every sort were met and checked.
    expect(fixes).toBeGreaterThan(1000);
    expect(undeterminedFixed).toBeGreaterThan(0);
    expect(withKind).toBeGreaterThan(0);
    expect(bringing).toBeGreaterThan(0);
  });
});
