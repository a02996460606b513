import { ZenEngine, type ZenDecision } from '@gorules/zen-engine';
import type { PreparedRuleset } from '../src/rulesets/prepared.ts';
import type { Condition, LeafCondition } from '../src/rulesets/schema.ts';
import { factNames, type Facts } from '../src/engine/facts.ts';

/**
 * The same checks as a GoRules Zen decision, translated automatically from the rules'
 * json-rules-engine conditions: one expression per rule in one expression node.
 * Three-valued logic survives the translation as numbers: 0 false, 1 unknown (a fact is
 * null), 2 true; `all` is min, `any` is max, `not` is 2 − x.
 */
const numeric = new Set<LeafCondition['operator']>(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const symbol: Record<string, string> = {
  equal: '==', notEqual: '!=', lessThan: '<', lessThanInclusive: '<=', greaterThan: '>', greaterThanInclusive: '>=',
};

function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return JSON.stringify(value);
}

/** A Zen expression for one leaf, or the reason Zen cannot express it. */
function leaf(c: LeafCondition): string {
  const { fact, operator, value } = c;
  const other = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.fact : undefined;
  // Zen compares only numbers with < and >; json-rules-engine also compares number-like strings.
  if (numeric.has(operator) && other === undefined && typeof value !== 'number') throw new Error(`${operator} on a ${typeof value}`);
  const rhs = other ?? literal(value);
  const known = other ? `${fact} == null or ${other} == null` : `${fact} == null`;
  const test = {
    in: `${fact} in ${rhs}`,
    notIn: `not (${fact} in ${rhs})`,
    contains: `contains(${fact}, ${rhs})`,
    doesNotContain: `not contains(${fact}, ${rhs})`,
  }[operator as string] ?? `${fact} ${symbol[operator]} ${rhs}`;
  return `(${known} ? 1 : (${test} ? 2 : 0))`;
}

function expression(c: Condition): string {
  if ('fact' in c) return leaf(c);
  if ('not' in c) return `(2 - ${expression(c.not)})`;
  const parts = ('all' in c ? c.all : c.any).map(expression);
  return parts.length === 1 ? parts[0]! : `${'all' in c ? 'min' : 'max'}([${parts.join(', ')}])`;
}

export interface ZenRuleset {
  /** Rule ids Zen evaluates, per scope, in output order r0, r1, … */
  decision: { ids: string[]; zen: ZenDecision };
  service: { ids: string[]; zen: ZenDecision };
  /** Rules Zen cannot express, with the reason. */
  skipped: { rule: string; reason: string }[];
}

export function zenRuleset(engine: ZenEngine, ruleset: PreparedRuleset): ZenRuleset {
  const skipped: ZenRuleset['skipped'] = [];
  const build = (scope: 'decision' | 'service') => {
    const ids: string[] = [];
    const expressions: { id: string; key: string; value: string }[] = [];
    for (const { rule } of ruleset.rules) {
      if (rule.scope !== scope) continue;
      try {
        expressions.push({ id: `e${ids.length}`, key: `r${ids.length}`, value: expression(rule.conditions) });
        ids.push(rule.id);
      } catch (error) {
        skipped.push({ rule: rule.id, reason: (error as Error).message });
      }
    }
    const zen = engine.createDecision({
      nodes: [
        { id: 'in', type: 'inputNode', name: 'facts', position: { x: 0, y: 0 } },
        { id: 'rules', type: 'expressionNode', name: 'rules', position: { x: 1, y: 0 }, content: { expressions } },
        { id: 'out', type: 'outputNode', name: 'outcomes', position: { x: 2, y: 0 } },
      ],
      edges: [
        { id: 'a', sourceId: 'in', targetId: 'rules', type: 'edge' },
        { id: 'b', sourceId: 'rules', targetId: 'out', type: 'edge' },
      ],
    });
    return { ids, zen };
  };
  return { decision: build('decision'), service: build('service'), skipped };
}

const paths = factNames.map((name) => name.split('.'));

/** Zen reads `a.b.c` as a path, so the fact slots become nested objects. */
export function nested(facts: Facts): Record<string, unknown> {
  const out: Record<string, any> = {};
  for (let i = 0; i < paths.length; i++) {
    const value = facts[i];
    if (value === undefined) continue;
    const path = paths[i]!;
    let node = out;
    for (let j = 0; j < path.length - 1; j++) node = node[path[j]!] ??= {};
    node[path.at(-1)!] = value;
  }
  return out;
}
