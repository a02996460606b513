import { Engine, Fact, type TopLevelCondition } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { EvaluationRequest } from '../../src/decision/schema.ts';
import { decisionFactsOf, factRecord } from '../../src/engine/facts.ts';
import { EnginePool } from '../../src/engine/reference.ts';
import { select } from '../../src/rulesets/registry.ts';
import { baseRequest, bundledRegistry, post, testApp } from '../helpers.ts';

// json-rules-engine keeps a run's status on the Engine: overlapping run() calls on one shared
// engine let the first to finish stop the others, which then skip rules silently (a false
// "clear"). These tests show the trap and prove Hjemmel's paths cannot fall into it.

const registry = bundledRegistry();
const national = registry.versionsOf('no-national').at(-1)!;
// Rules in several priority sets: json-rules-engine runs the sets one after another, and checks
// the shared status between them, which is where an overlapping run's rules get skipped.
const decisionRules = national.file.rules
  .filter((r) => r.scope === 'decision')
  .map((r, i) => ({ id: r.id, conditions: r.conditions, priority: (i % 3) + 1 }));

/** Decision facts for requests that differ in which decision-wide rules fire. */
function factVariants(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const request = baseRequest('bpa-rejection');
    request.decision.grounds.citesLegalBasis = i % 2 === 0;
    request.decision.grounds.describesFacts = i % 3 === 0;
    request.decision.appealNotice.deadlineWeeks = i % 4 === 0 ? 3 : 4;
    const parsed = EvaluationRequest.parse(request);
    const chosen = select(registry, parsed);
    if (!chosen.ok) throw new Error(chosen.detail);
    return factRecord(decisionFactsOf(parsed, chosen.selection));
  });
}

/**
 * The facts with one of them resolved asynchronously after a varying delay, as a fact read from
 * another system would be: runs then overlap across timer ticks and finish in a different order.
 */
const slow = (facts: Record<string, unknown>, i: number) => ({
  ...facts,
  'decision.appealNotice.deadlineWeeks': new Fact('decision.appealNotice.deadlineWeeks', () =>
    new Promise((resolve) => setTimeout(() => resolve(facts['decision.appealNotice.deadlineWeeks']), (i * 7) % 11)),
  ),
});

const fired = (results: { results: { name?: unknown }[] }) => results.results.map((r) => String(r.name)).sort();

describe('json-rules-engine under overlapping runs', () => {
  const facts = factVariants(40);

  it('a single shared Engine loses findings (the trap the pool exists for)', async () => {
    const shared = new Engine([], { allowUndefinedFacts: true });
    for (const r of decisionRules) {
      shared.addRule({ name: r.id, conditions: structuredClone(r.conditions) as TopLevelCondition, event: { type: r.id }, priority: r.priority });
    }
    const sequential: string[][] = [];
    for (const [i, f] of facts.entries()) sequential.push(fired(await shared.run(slow(f, i))));
    const overlapping = (await Promise.all(facts.map((f, i) => shared.run(slow(f, i))))).map(fired);
    const lost = overlapping.filter((ids, i) => ids.length < sequential[i]!.length).length;
    expect(lost).toBeGreaterThan(0);
  });

  it('the engine pool gives every overlapping run the same findings as a run alone', async () => {
    const pool = new EnginePool(decisionRules);
    const firedIds = (m: Map<string, { truth: boolean }>) => [...m].filter(([, v]) => v.truth).map(([k]) => k).sort();
    const sequential: string[][] = [];
    for (const [i, f] of facts.entries()) sequential.push(firedIds(await pool.run(slow(f, i))));
    const overlapping = (await Promise.all(facts.map((f, i) => pool.run(slow(f, i))))).map(firedIds);
    expect(overlapping).toEqual(sequential);
    expect(pool.built).toBeGreaterThan(1);
    expect(sequential.some((ids) => ids.length > 0)).toBe(true);
  });

  it('the service answers concurrent requests exactly as it answers them one by one', async () => {
    const app = testApp();
    const requests = Array.from({ length: 40 }, (_, i) => {
      const request = baseRequest('bpa-rejection');
      request.assessment.assessedNeedHoursPerWeek = 20 + i;
      request.decision.grounds.statesMainConsiderations = i % 2 === 0;
      return request;
    });
    const strip = async (r: Response) => {
      const body = (await r.json()) as Record<string, unknown>;
      delete body.evaluationId;
      delete body.receipt; // binds the evaluationId, so it differs too
      return body;
    };
    const one: Record<string, unknown>[] = [];
    for (const r of requests) one.push(await strip(await post(app, '/v1/evaluations', r)));
    const together = await Promise.all(requests.map(async (r) => strip(await post(app, '/v1/evaluations', r))));
    expect(together).toEqual(one);
  });
});
