import type { PreparedRuleset } from '../rulesets/prepared.ts';
import { decisionKinds, type DecisionKind } from '../rulesets/schema.ts';
import type { Template } from '../wording/render.ts';
import type { Node } from './compile.ts';
import { isDecisionSlot } from './facts.ts';

/**
 * The fact slots one evaluation must derive: those the selected rules for the decision kind
 * and the wording blocks read, in conditions and in texts. Deriving only these makes a
 * small rule set cheap; every other slot stays missing, and nothing reads it.
 */
export interface FactPlan {
  decision: readonly number[];
  service: readonly number[];
}

function addNode(node: Node, out: Set<number>): void {
  if (node.slots) for (const slot of node.slots) out.add(slot);
  for (const part of node.parts) addNode(part, out);
}

function addTexts(templates: Readonly<Record<string, Template>>, out: Set<number>): void {
  for (const lang in templates) for (const slot of templates[lang]!.slots) if (slot !== undefined) out.add(slot);
}

function plansFor(rulesets: readonly PreparedRuleset[]): Record<DecisionKind, FactPlan> {
  const plans = {} as Record<DecisionKind, FactPlan>;
  for (const kind of decisionKinds) {
    const slots = new Set<number>();
    for (const ruleset of rulesets) {
      for (const prepared of ruleset.rulesByKind[kind]) {
        addNode(prepared.node, slots);
        addTexts(prepared.message, slots);
      }
      for (const prepared of ruleset.wording) {
        addNode(prepared.node, slots);
        addTexts(prepared.heading, slots);
        addTexts(prepared.text, slots);
      }
    }
    const sorted = [...slots].sort((a, b) => a - b);
    plans[kind] = { decision: sorted.filter(isDecisionSlot), service: sorted.filter((slot) => !isDecisionSlot(slot)) };
  }
  return plans;
}

// Plans per sequence of ruleset versions (national, then layer), built on first use. Versions
// are frozen, so a plan never changes; weak keys, so unloaded versions take their plans along.
interface Entry {
  plans?: Record<DecisionKind, FactPlan>;
  next: WeakMap<PreparedRuleset, Entry>;
}
const roots = new WeakMap<PreparedRuleset, Entry>();
const NOTHING: FactPlan = Object.freeze({ decision: [], service: [] });

export function factPlan(rulesets: readonly PreparedRuleset[], kind: DecisionKind): FactPlan {
  let level = roots;
  let entry: Entry | undefined;
  for (let i = 0; i < rulesets.length; i++) {
    entry = level.get(rulesets[i]!);
    if (!entry) level.set(rulesets[i]!, (entry = { next: new WeakMap() }));
    level = entry.next;
  }
  if (!entry) return NOTHING;
  return (entry.plans ??= plansFor(rulesets))[kind];
}
