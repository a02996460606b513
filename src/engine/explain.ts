/**
 * What a compiled condition says about one request beyond its truth: which leaves decided it
 * (a finding's `because[]`) and which missing facts left it undecided (`missingFacts`). Run only
 * for rules that gave a finding, so the hot path stays the compiled closures.
 */
import type { Because } from '../decision/result.ts';
import { FALSE, isFactRef, TRUE, UNKNOWN, type Node } from './compile.ts';
import type { Facts } from './facts.ts';

/** Why a condition came out as `wanted`: the leaves that decided it. */
export function explain(node: Node, facts: Facts, wanted: boolean, out: Because[] = []): Because[] {
  const { condition } = node;
  if ('fact' in condition) {
    if (node.test(facts) === (wanted ? TRUE : FALSE)) {
      out.push({ fact: condition.fact, operator: condition.operator, value: condition.value, actual: facts[node.slots![0]!], result: wanted });
    }
    return out;
  }
  if ('not' in condition) return explain(node.parts[0]!, facts, !wanted, out);
  const { parts } = node;
  const decided = wanted ? TRUE : FALSE;
  for (let i = 0; i < parts.length; i++) if (parts[i]!.test(facts) === decided) explain(parts[i]!, facts, wanted, out);
  return out;
}

/** The facts whose absence leaves a condition UNKNOWN: fill these in and it is decided. */
export function missingFacts(node: Node, facts: Facts, out: Set<string> = new Set()): Set<string> {
  const { condition } = node;
  if ('fact' in condition) {
    const [slot, other] = node.slots!;
    if (facts[slot!] === undefined) out.add(condition.fact);
    if (isFactRef(condition.value) && facts[other!] === undefined) out.add(condition.value.fact);
    return out;
  }
  for (const part of node.parts) if (part.test(facts) === UNKNOWN) missingFacts(part, facts, out);
  return out;
}
