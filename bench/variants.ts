import { ZenEngine } from '@gorules/zen-engine';
import type { EvaluationRequest } from '../src/decision/schema.ts';
import { evaluate } from '../src/engine/evaluate.ts';
import { withFixes } from '../src/engine/fixes.ts';
import { decisionFactsOf, serviceFactsOf, type Facts } from '../src/engine/facts.ts';
import { EnginePool, referenceFired, referenceFor } from '../src/engine/reference.ts';
import type { PreparedRule, PreparedRuleset, Selection } from '../src/rulesets/prepared.ts';
import { select, type Registry } from '../src/rulesets/registry.ts';
import { decisionKinds, type DecisionKind } from '../src/rulesets/schema.ts';
import { handWritten, handWrittenRules } from './hand-written.ts';
import { nested, zenRuleset, type ZenRuleset } from './zen.ts';

/**
 * The five ways of running the same checks on one validated request. Each takes the
 * request from the same starting point (validated, not yet selected) and ends with the
 * rules that fired, so every variant pays for selection and fact derivation alike.
 */
export type Outcome = { rule: string; service?: number; outcome: 'fired' | 'undetermined' };

function selected(registry: Registry, request: EvaluationRequest): Selection {
  const chosen = select(registry, request);
  if (!chosen.ok) throw new Error(`bench request not selectable: ${chosen.detail}`);
  return chosen.selection;
}

function factsOf(request: EvaluationRequest, selection: Selection) {
  const base = decisionFactsOf(request, selection);
  const lines = request.decision.services.map((line, i) => ({
    type: line.type,
    facts: serviceFactsOf(base, line, i, request.assessment, selection),
  }));
  return { base, lines };
}

/** A version with only some of its rules and no wording: what Hjemmel runs for the hand-written comparison. */
function subsetOf(version: PreparedRuleset, ids: ReadonlySet<string>): PreparedRuleset {
  const keep = (rules: readonly PreparedRule[]) => rules.filter((r) => ids.has(r.rule.id));
  const byKind = {} as Record<DecisionKind, readonly PreparedRule[]>;
  for (const kind of decisionKinds) byKind[kind] = keep(version.rulesByKind[kind]);
  return { ...version, rules: keep(version.rules), rulesByKind: byKind, wording: [] };
}

type Pools = Map<PreparedRuleset, { decision: EnginePool; service: EnginePool }>;

export function variants(registry: Registry) {
  const prebuilt: Pools = new Map(registry.versions.map((v) => [v, referenceFor(v)]));
  const engine = new ZenEngine();
  const zens = new Map<PreparedRuleset, ZenRuleset>(registry.versions.map((v) => [v, zenRuleset(engine, v)]));
  const subsetIds = new Set<string>(handWrittenRules);
  const subsets = new Map<PreparedRuleset, PreparedRuleset>(
    registry.versions.map((v) => [v, subsetOf(v, subsetIds)]),
  );

  async function jre(request: EvaluationRequest, pools: (selection: Selection) => Pools): Promise<Outcome[]> {
    const selection = selected(registry, request);
    const { base, lines } = factsOf(request, selection);
    const fired = await referenceFired(selection, pools(selection), request.decision.kind, base, lines);
    return fired.map(({ rule, service }) => (service === undefined ? { rule, outcome: 'fired' } : { rule, service, outcome: 'fired' }));
  }

  return {
    /** (1) A new json-rules-engine Engine with all the selected rules, built for every request. */
    naive: (request: EvaluationRequest) => jre(request, (s) => new Map(s.rulesets.map((v) => [v, referenceFor(v)]))),
    /** (2) Engines built once per version, pooled so that no two runs in flight share one. */
    pooled: (request: EvaluationRequest) => jre(request, () => prebuilt),
    /** (3) Hjemmel, as POST /v1/evaluations runs it after validation: select, evaluate. */
    hjemmel: (request: EvaluationRequest) => {
      const outcome = evaluate(request, selected(registry, request));
      if (!outcome.ok) throw new Error('bench request refused');
      return outcome;
    },
    /** (3f) Hjemmel with the suggested fixes, as POST /v1/evaluations answers: select, evaluate, search and verify fixes. */
    hjemmelWithFixes: (request: EvaluationRequest) => {
      const selection = selected(registry, request);
      const outcome = evaluate(request, selection);
      if (!outcome.ok) throw new Error('bench request refused');
      return withFixes(request, selection, outcome);
    },
    /** (4) A GoRules Zen decision per version and scope. */
    zen: async (request: EvaluationRequest): Promise<Outcome[]> => {
      const selection = selected(registry, request);
      const { base, lines } = factsOf(request, selection);
      const kind = request.decision.kind;
      const out: Outcome[] = [];
      const add = (rule: string, code: number, service?: number) => {
        if (code === 0) return;
        const outcome = code === 2 ? 'fired' : 'undetermined';
        out.push(service === undefined ? { rule, outcome } : { rule, service, outcome });
      };
      for (const ruleset of selection.rulesets) {
        const z = zens.get(ruleset)!;
        const decision = (await z.decision.zen.evaluate(nested(base))).result as Record<string, number>;
        const perLine = await Promise.all(lines.map(async (line) => (await z.service.zen.evaluate(nested(line.facts))).result as Record<string, number>));
        for (const { rule, kinds, serviceTypes } of ruleset.rules) {
          if (kinds && !kinds.has(kind)) continue;
          if (rule.scope === 'decision') {
            const at = z.decision.ids.indexOf(rule.id);
            if (at >= 0) add(rule.id, decision[`r${at}`]!);
            continue;
          }
          const at = z.service.ids.indexOf(rule.id);
          if (at < 0) continue;
          lines.forEach((line, i) => {
            if (!serviceTypes || serviceTypes.has(line.type)) add(rule.id, perLine[i]![`r${at}`]!, i);
          });
        }
      }
      return out;
    },
    zenSkipped: [...new Map([...zens.values()].flatMap((z) => z.skipped.map((s) => [s.rule, s.reason] as const)))],
    /** (5) The hand-written floor, for its eight rules. */
    handWritten: (request: EvaluationRequest) => handWritten(request, selected(registry, request)),
    /** Hjemmel with the same eight rules only: the fair comparison for (5). */
    hjemmelSubset: (request: EvaluationRequest) => {
      const selection = selected(registry, request);
      const outcome = evaluate(request, { ...selection, rulesets: selection.rulesets.map((v) => subsets.get(v)!) });
      if (!outcome.ok) throw new Error('bench request refused');
      return outcome;
    },
    dispose: () => engine.dispose(),
  };
}
