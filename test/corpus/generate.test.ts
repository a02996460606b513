import { describe, expect, it } from 'vitest';
import { generateCorpus, kinds, municipalities, pivotDate, prng, serviceTypes } from '../../src/corpus/generate.ts';
import { EvaluationRequest } from '../../src/decision/schema.ts';

const corpus = [...generateCorpus({ count: 2000, seed: 1 })];

describe('generateCorpus', () => {
  it('gives only valid evaluation requests', () => {
    for (const [i, request] of corpus.entries()) {
      const result = EvaluationRequest.safeParse(request);
      expect(result.success, `request ${i}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('is deterministic by seed, and another seed gives another corpus', () => {
    expect([...generateCorpus({ count: 50, seed: 1 })]).toEqual(corpus.slice(0, 50));
    expect([...generateCorpus({ count: 50, seed: 2 })]).not.toEqual(corpus.slice(0, 50));
    const a = prng(42);
    const b = prng(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    for (const x of draws) expect(x >= 0 && x < 1).toBe(true);
  });

  it('covers every service type with every decision kind, in the first 50 requests', () => {
    const pairs = new Set(corpus.slice(0, 50).map((r) => `${r.decision.services[0]!.type}/${r.decision.kind}`));
    expect(pairs.size).toBe(serviceTypes.length * kinds.length);
  });

  it('crowds the threshold regions: ages 66–68, needs at 25 and 32, applications around a month, dates either side of the pivot', () => {
    const ages = new Set(corpus.map((r) => r.applicant.age));
    for (const age of [65, 66, 67, 68]) expect(ages.has(age)).toBe(true);
    const needs = new Set(corpus.map((r) => r.assessment?.assessedNeedHoursPerWeek));
    for (const need of [24.9, 25, 31.9, 32]) expect(needs.has(need)).toBe(true);
    const days = corpus.flatMap((r) => (r.procedure?.applicationReceived ? [(Date.parse(r.decisionDate) - Date.parse(r.procedure.applicationReceived)) / 86_400_000] : []));
    for (const d of [28, 30, 31, 32]) expect(days).toContain(d);
    expect(corpus.some((r) => r.decisionDate < pivotDate && r.decisionDate >= '2026-05-18')).toBe(true);
    expect(corpus.some((r) => r.decisionDate >= pivotDate && r.decisionDate <= '2026-06-15')).toBe(true);
    expect(new Set(corpus.map((r) => r.municipality))).toEqual(new Set(municipalities));
  });

  it('leaves optional facts out now and then, as real drafts do', () => {
    expect(corpus.some((r) => r.assessment?.assessedNeedHoursPerWeek === undefined)).toBe(true);
    expect(corpus.some((r) => r.procedure?.applicationReceived === undefined)).toBe(true);
  });

  it('carries no personal data: no free text, no 11-digit numbers', () => {
    const text = corpus.map((r) => JSON.stringify(r)).join('\n');
    expect(text).not.toMatch(/\d{11}/);
    expect(text).not.toMatch(/"(text|name)"/);
  });
});
