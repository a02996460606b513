import type { Condition, LeafCondition, TopCondition } from '../rulesets/schema.ts';
import { slotOf, type Facts } from './facts.ts';

/**
 * Conditions in json-rules-engine's format, compiled once at load into plain closures
 * (no eval, no new Function: the Worker forbids them). json-rules-engine stays the
 * reference: test/engine/differential.test.ts proves both agree.
 *
 * Logic is three-valued. A condition on a fact the request does not give is UNKNOWN,
 * never false: `all` is FALSE if any part is FALSE, else UNKNOWN if any part is; `any`
 * is TRUE if any part is TRUE, else UNKNOWN if any part is. A rule that ends UNKNOWN
 * could not be evaluated, and the engine reports the missing facts instead of "clear".
 */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

export type Compiled = (facts: Facts) => Truth;

/** json-rules-engine's operators, with its guards: numeric ones need a number-like fact, contains an array. */
// For a number this is just "not NaN"; the string round trip is json-rules-engine's test for anything else.
const isNumberLike = (value: unknown) =>
  typeof value === 'number' ? value === value : Number.parseFloat(value as string).toString() !== 'NaN';
const operatorTable: Record<LeafCondition['operator'], (actual: any, expected: any) => boolean> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.indexOf(a) > -1,
  notIn: (a, b) => Array.isArray(b) && b.indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumberLike(a) && a < b,
  lessThanInclusive: (a, b) => isNumberLike(a) && a <= b,
  greaterThan: (a, b) => isNumberLike(a) && a > b,
  greaterThanInclusive: (a, b) => isNumberLike(a) && a >= b,
};

/** Whether a leaf compares its fact with another fact (json-rules-engine's `{ fact }`) rather than a literal. */
export function isFactRef(value: LeafCondition['value']): value is { fact: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fact's slot; the loader has already refused rules that name facts the engine does not know. */
function slotFor(name: string): number {
  const slot = slotOf(name);
  if (slot === undefined) throw new Error(`unknown fact "${name}"`);
  return slot;
}

function compileLeaf(leaf: LeafCondition): Compiled {
  const fact = slotFor(leaf.fact);
  const test = operatorTable[leaf.operator];
  const value = leaf.value;
  if (isFactRef(value)) {
    const other = slotFor(value.fact);
    return (facts) => {
      const actual = facts[fact];
      const expected = facts[other];
      if (actual === undefined || expected === undefined) return UNKNOWN;
      return test(actual, expected) ? TRUE : FALSE;
    };
  }
  return (facts) => {
    const actual = facts[fact];
    if (actual === undefined) return UNKNOWN;
    return test(actual, value) ? TRUE : FALSE;
  };
}

/** A compiled condition: its test, kept beside the source condition and its compiled parts for explaining. */
export interface Node {
  test: Compiled;
  condition: Condition;
  parts: Node[];
  /** For a leaf: the slots of its fact and, when it compares with another fact, of that one. */
  slots?: readonly number[];
}

export function compile(condition: Condition): Node {
  if ('fact' in condition) {
    const slots = isFactRef(condition.value) ? [slotFor(condition.fact), slotFor(condition.value.fact)] : [slotFor(condition.fact)];
    return { test: compileLeaf(condition), condition, parts: [], slots };
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    const test = inner.test;
    return {
      condition,
      parts: [inner],
      test: (facts) => {
        const r = test(facts);
        return r === UNKNOWN ? UNKNOWN : r === TRUE ? FALSE : TRUE;
      },
    };
  }
  const all = 'all' in condition;
  const parts = (all ? condition.all : condition.any).map(compile);
  const tests = parts.map((part) => part.test);
  const decisive = all ? FALSE : TRUE;
  const otherwise = all ? TRUE : FALSE;
  return {
    condition,
    parts,
    test: (facts) => {
      let result: Truth = otherwise;
      for (let i = 0; i < tests.length; i++) {
        const r = tests[i]!(facts);
        if (r === decisive) return decisive;
        if (r === UNKNOWN) result = UNKNOWN;
      }
      return result;
    },
  };
}

/** Every fact a condition names, for load-time checks. */
export function factsIn(condition: Condition | TopCondition, out: Set<string> = new Set()): Set<string> {
  if ('fact' in condition) {
    out.add(condition.fact);
    if (isFactRef(condition.value)) out.add(condition.value.fact);
  } else if ('not' in condition) factsIn(condition.not, out);
  else for (const part of 'all' in condition ? condition.all : condition.any) factsIn(part, out);
  return out;
}
