import { describe, expect, it } from 'vitest';
import { aggregate, MINIMUM_GROUP, quantile } from '../../src/insight/aggregate.ts';
import type { RecordWithOutcome } from '../../src/record/store.ts';

let seq = 0;
function row(over: Partial<RecordWithOutcome> = {}): RecordWithOutcome {
  seq += 1;
  return {
    seq,
    evaluationId: `ev_${seq}`,
    evaluatedAt: new Date('2026-03-10T10:00:00Z'),
    municipality: '4601',
    decisionKind: 'grant',
    verdict: 'warnings',
    functionalLevelBand: '3–4',
    rulesets: [],
    services: [{ type: 'practical-assistance', grantedHoursPerWeek: 5, appliedHoursPerWeek: 5, referenceRange: { min: 3, max: 8 } }],
    findings: [],
    missingFacts: [],
    receipt: 'r',
    prevDigest: 'p',
    digest: 'd',
    outcome: null,
    ...over,
  };
}

const fired = (rule: string) => ({ rule, severity: 'warning', outcome: 'fired' as const, service: null });

describe('insight aggregates', () => {
  it('fewer than 5 decisions in all: nothing is shown', () => {
    const insight = aggregate(Array.from({ length: MINIMUM_GROUP - 1 }, () => row()), {});
    expect(insight.decisions).toBeNull();
    expect([insight.verdictsByMonth, insight.rulesFiring, insight.grantedHours]).toEqual([[], [], []]);
  });

  it('a rule that fired in 4 decisions is suppressed and counted as such; one that fired in 5 is shown', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => row({ findings: [fired('a.five'), fired('a.five')] })),
      ...Array.from({ length: 4 }, () => row({ findings: [fired('b.four')], missingFacts: ['assessment.functionalLevel'] })),
    ];
    const insight = aggregate(rows, {});
    expect(insight.decisions).toBe(9);
    // A rule that fired twice in one decision counts that decision once.
    expect(insight.rulesFiring).toEqual([{ rule: 'a.five', decisions: 5 }]);
    expect(insight.missingFacts).toEqual([]);
    expect(insight.suppressed).toMatchObject({ rulesFiring: 1, missingFacts: 1 });
  });

  it('deviations by rule and reason, each group on its own', () => {
    const signed = (reason: string) => ({ seq: 0, evaluationId: '', recordedAt: new Date(), outcome: 'signed', deviations: [{ rule: 'x', reason }], prevDigest: '', digest: '' });
    const rows = [...Array.from({ length: 5 }, () => row({ outcome: signed('rule-disputed') })), ...Array.from({ length: 3 }, () => row({ outcome: signed('legal-advice') }))];
    const insight = aggregate(rows, {});
    expect(insight.deviations).toEqual([{ rule: 'x', reason: 'rule-disputed', decisions: 5 }]);
    expect(insight.outcomes).toEqual([{ outcome: 'signed', decisions: 8 }]);
    expect(insight.suppressed.deviations).toBe(1);
  });

  it('granted hours by service and band: quartiles, the reference range and the grants outside it', () => {
    const hours = [1, 4, 5, 6, 12];
    const rows = hours.map((h) => row({ services: [{ type: 'practical-assistance', grantedHoursPerWeek: h, appliedHoursPerWeek: null, referenceRange: { min: 3, max: 8 } }] }));
    rows.push(row({ decisionKind: 'rejection', services: [{ type: 'practical-assistance', grantedHoursPerWeek: 0, appliedHoursPerWeek: 4, referenceRange: { min: 3, max: 8 } }] }));
    const [group, ...others] = aggregate(rows, {}).grantedHours;
    expect(others).toEqual([]);
    expect(group).toEqual({
      serviceType: 'practical-assistance',
      band: '3–4',
      grants: 5,
      hours,
      quartiles: { min: 1, q1: 4, median: 5, q3: 6, max: 12 },
      referenceRange: { min: 3, max: 8 },
      outsideRange: 2,
    });
  });

  it('quantiles interpolate between neighbours', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.25)).toBe(10);
  });
});
