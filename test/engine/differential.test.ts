import { describe, expect, it } from 'vitest';
import { EvaluationRequest } from '../../src/decision/schema.ts';
import { caseRequest } from '../../src/cases/run.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { decisionFactsOf, serviceFactsOf } from '../../src/engine/facts.ts';
import { referenceFor, referenceFired, type EnginePool } from '../../src/engine/reference.ts';
import type { PreparedRuleset } from '../../src/rulesets/prepared.ts';
import { select } from '../../src/rulesets/registry.ts';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { bundledRegistry, fixtureCases } from '../helpers.ts';

// The compiled engine against json-rules-engine itself, on the same ruleset data: every rule
// the engine decides must be decided the same way, with the same because[].
const registry = bundledRegistry();
const pools = new Map<PreparedRuleset, { decision: EnginePool; service: EnginePool }>(registry.versions.map((v) => [v, referenceFor(v)]));

async function compare(raw: unknown) {
  const parsed = EvaluationRequest.safeParse(raw);
  if (!parsed.success) return 'refused';
  const request = parsed.data;
  const chosen = select(registry, request);
  if (!chosen.ok) return 'refused';
  const outcome = evaluate(request, chosen.selection);
  if (!outcome.ok) return 'refused';
  const base = decisionFactsOf(request, chosen.selection);
  const lines = request.decision.services.map((line, i) => ({
    type: line.type,
    facts: serviceFactsOf(base, line, i, request.assessment, chosen.selection),
  }));
  const reference = await referenceFired(chosen.selection, pools, request.decision.kind, base, lines);
  const key = (f: { rule: string; service?: number }) => `${f.rule}#${f.service ?? '-'}`;
  const undetermined = new Set(outcome.findings.filter((f) => f.outcome === 'undetermined').map(key));
  const ours = outcome.findings
    .filter((f) => f.outcome === 'fired')
    .map((f) => ({ key: key(f), because: f.because }));
  const theirs = reference.filter((f) => !undetermined.has(key(f))).map((f) => ({ key: key(f), because: f.because }));
  expect(ours).toEqual(theirs);
  return 'compared';
}

describe('compiled engine = json-rules-engine', () => {
  const { cases, bases } = fixtureCases();
  it('on every fixture case', async () => {
    let compared = 0;
    for (const c of cases) if ((await compare(caseRequest(c, bases))) === 'compared') compared++;
    expect(compared).toBeGreaterThan(cases.length * 0.8);
  });

  it('on 10,000 generated requests', async () => {
    let compared = 0;
    for (const raw of generateCorpus({ count: 10_000, seed: 11 })) if ((await compare(raw)) === 'compared') compared++;
    expect(compared).toBeGreaterThan(9_000);
  }, 120_000);
});
