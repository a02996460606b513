import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequest, legalStaff } from '../../src/decision/check.ts';
import { decisionKinds } from '../../src/rulesets/schema.ts';
import { baseRequest, bundledRegistry, post, testApp } from '../helpers.ts';
import { completeRequest } from '../fuzz/cases.ts';

const registry = bundledRegistry();
const app = testApp(registry);

/** The review's request: a BPA line granting 0 of 35 applied hours, labelled a grant. */
function grantLabelOverRejection() {
  const request = baseRequest('contract-example');
  delete request.pin;
  request.decision.kind = 'grant';
  return request;
}

describe('a decision kind that contradicts its lines is refused (contract 1.1, consistency)', () => {
  it('a grant of 0 of 35 applied BPA hours is 422 at the line, never a clear verdict with a receipt', async () => {
    const response = await post(app, '/v1/evaluations', grantLabelOverRejection());
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { path: string }[]; verdict?: string };
    expect(body.verdict).toBeUndefined();
    expect(body.errors.map((e) => e.path)).toEqual(['decision.services.0.grantedHoursPerWeek']);
  });

  it.each([
    ['rejection that grants hours', { kind: 'rejection', services: [{ type: 'practical-assistance', grantedHoursPerWeek: 2, appliedHoursPerWeek: 5, expectedDurationDays: 365 }] }, 'decision.services.0.grantedHoursPerWeek'],
    ['reduction with no line below its previous hours', { kind: 'reduction', services: [{ type: 'practical-assistance', grantedHoursPerWeek: 5, previousHoursPerWeek: 5, expectedDurationDays: 365 }] }, 'decision.kind'],
    ['termination without previous hours', { kind: 'termination', services: [{ type: 'practical-assistance', grantedHoursPerWeek: 0, expectedDurationDays: 365 }] }, 'decision.services.0.previousHoursPerWeek'],
    ['termination that grants hours', { kind: 'termination', services: [{ type: 'practical-assistance', grantedHoursPerWeek: 3, previousHoursPerWeek: 5, expectedDurationDays: 365 }] }, 'decision.services.0.grantedHoursPerWeek'],
    ['partial grant below the previous hours (a hidden reduction)', { kind: 'partial-grant', services: [{ type: 'practical-assistance', grantedHoursPerWeek: 3, appliedHoursPerWeek: 8, previousHoursPerWeek: 5, expectedDurationDays: 365 }] }, 'decision.services.0.grantedHoursPerWeek'],
  ])('%s', (_, decision, path) => {
    const request = baseRequest('clear-grant');
    Object.assign(request.decision, decision);
    const checked = checkRequest(request, registry, legalStaff);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.status).toBe(422);
      expect(checked.errors.map((e) => e.path)).toContain(path);
    }
  });

  /**
   * The generator's lines state their hours (granted, applied, and previous where the kind needs
   * them), so the lines show the kind. Where a line states no hours (a safety alarm, say), the label
   * cannot be judged from it; such lines are outside this property. So are waiting-list decisions:
   * their long-term-stay lines state no hours, so nothing in them tells a waiting list from a grant.
   */
  it('relabelling kind never turns a non-clear verdict into clear without a 422', () => {
    let nonClear = 0;
    let refused = 0;
    fc.assert(
      fc.property(completeRequest(registry), fc.constantFrom(...decisionKinds), (request, kind) => {
        const before = checkRequest(request, registry, legalStaff);
        expect(before.ok, JSON.stringify(!before.ok && before.errors)).toBe(true);
        if (!before.ok || before.outcome.verdict === 'clear' || kind === request.decision.kind || request.decision.kind === 'waiting-list') return;
        nonClear++;
        const after = checkRequest({ ...request, decision: { ...request.decision, kind } }, registry, legalStaff);
        if (after.ok) expect(after.outcome.verdict, `${request.decision.kind} → ${kind}`).not.toBe('clear');
        else {
          refused++;
          expect(after.status).toBe(422);
        }
      }),
      { numRuns: 2000, seed: 15 },
    );
    expect(nonClear).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(0);
  });
});
