import { Engine, type RuleResult, type TopLevelCondition } from 'json-rules-engine';
import type { Because } from '../decision/result.ts';
import type { PreparedRuleset, Selection } from '../rulesets/prepared.ts';
import type { Condition } from '../rulesets/schema.ts';
import { factRecord, type Facts } from './facts.ts';

/**
 * json-rules-engine itself, over the same ruleset data: the reference the compiled engine
 * is tested against (test/engine/differential.test.ts) and benchmarked against.
 *
 * A json-rules-engine `Engine` keeps its run status on the engine: two overlapping `run()`
 * calls on one engine make the first to finish stop the other, which then silently skips
 * its remaining rules. So engines are pooled: a run takes an idle engine or builds one,
 * and gives it back when done. No two in-flight runs ever share an engine.
 */
export interface ReferenceResult {
  truth: boolean;
  because: Because[];
}

interface JreLeaf {
  fact: string;
  operator: Because['operator'];
  value: Because['value'];
  factResult?: unknown;
  result?: boolean;
}
type JreNode = JreLeaf | { all: JreNode[] } | { any: JreNode[] } | { not: JreNode };

function truthOf(node: JreNode): boolean {
  if ('fact' in node) return node.result === true;
  if ('not' in node) return !truthOf(node.not);
  return 'all' in node ? node.all.every(truthOf) : node.any.some(truthOf);
}

/** The same explanation rule as the compiled engine's, read off json-rules-engine's result tree. */
function explainResult(node: JreNode, wanted: boolean, out: Because[] = []): Because[] {
  if ('fact' in node) {
    if ((node.result === true) === wanted) {
      out.push({ fact: node.fact, operator: node.operator, value: node.value, actual: node.factResult, result: wanted });
    }
    return out;
  }
  if ('not' in node) return explainResult(node.not, !wanted, out);
  for (const part of 'all' in node ? node.all : node.any) if (truthOf(part) === wanted) explainResult(part, wanted, out);
  return out;
}

export class EnginePool {
  private idle: Engine[] = [];
  /** How many engines this pool has built: one per run that overlapped all others in flight. */
  built = 0;

  constructor(private readonly rules: readonly { id: string; conditions: Condition; priority?: number }[]) {
    this.idle.push(this.build());
  }

  private build(): Engine {
    this.built++;
    const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
    for (const { id, conditions, priority } of this.rules) {
      engine.addRule({ name: id, conditions: structuredClone(conditions) as TopLevelCondition, event: { type: id }, priority: priority ?? 1 });
    }
    return engine;
  }

  /** Every rule's outcome for these facts, by name as json-rules-engine takes them. Safe under overlapping calls. */
  async run(facts: Record<string, unknown>): Promise<Map<string, ReferenceResult>> {
    const engine = this.idle.pop() ?? this.build();
    try {
      const { results, failureResults } = await engine.run(facts);
      const out = new Map<string, ReferenceResult>();
      for (const r of [...results, ...failureResults] as RuleResult[]) {
        const tree = (r.conditions as unknown as { toJSON?: (s: boolean) => JreNode }).toJSON?.(false) ?? (r.conditions as unknown as JreNode);
        const truth = r.result === true;
        out.set(String(r.name), { truth, because: truth ? explainResult(tree, true) : [] });
      }
      return out;
    } finally {
      this.idle.push(engine);
    }
  }
}

/** Pools for one ruleset version: decision-scope and service-scope rules run over different facts. */
export function referenceFor(ruleset: PreparedRuleset): { decision: EnginePool; service: EnginePool } {
  const pick = (scope: 'decision' | 'service') =>
    ruleset.file.rules.filter((r) => r.scope === scope).map((r) => ({ id: r.id, conditions: r.conditions }));
  return { decision: new EnginePool(pick('decision')), service: new EnginePool(pick('service')) };
}


/** What json-rules-engine fires for one evaluation: rule id, service line, because[]. */
export interface ReferenceFinding {
  rule: string;
  service?: number;
  because: Because[];
}

/**
 * The reference evaluation: the same facts and applicability as `evaluate()`, but every
 * condition decided by json-rules-engine. Returns only the rules that fired.
 */
export async function referenceFired(
  selection: Selection,
  pools: ReadonlyMap<PreparedRuleset, { decision: EnginePool; service: EnginePool }>,
  kind: string,
  base: Facts,
  lines: readonly { type: string; facts: Facts }[],
): Promise<ReferenceFinding[]> {
  const out: ReferenceFinding[] = [];
  for (const ruleset of selection.rulesets) {
    const pool = pools.get(ruleset)!;
    const decision = await pool.decision.run(factRecord(base));
    const perLine = await Promise.all(lines.map((line) => pool.service.run(factRecord(line.facts))));
    for (const { rule, kinds, serviceTypes } of ruleset.rules) {
      if (kinds && !kinds.has(kind)) continue;
      if (rule.scope === 'decision') {
        const r = decision.get(rule.id)!;
        if (r.truth) out.push({ rule: rule.id, because: r.because });
        continue;
      }
      lines.forEach((line, i) => {
        if (serviceTypes && !serviceTypes.has(line.type)) return;
        const r = perLine[i]!.get(rule.id)!;
        if (r.truth) out.push({ rule: rule.id, service: i, because: r.because });
      });
    }
  }
  return out;
}
