import { z } from 'zod';
import { kindContradictions } from '../decision/consistency.ts';
import { EvaluationRequest } from '../decision/schema.ts';
import type { Finding, FixedFinding, Fix } from '../decision/result.ts';
import type { PreparedRule, PreparedRuleset, Selection } from '../rulesets/prepared.ts';
import { decisionKinds, type Language, type LeafCondition } from '../rulesets/schema.ts';
import { FALSE, isFactRef, TRUE, type Node } from './compile.ts';
import { controlledFields, kindAfterChange, type LineName } from './controlled.ts';
import { evaluate, type EvaluationOutcome } from './evaluate.ts';
import { decisionFactsOf, factNames, serviceFactsOf, sourceOf, type Facts } from './facts.ts';
import { factPlan } from './plan.ts';

/**
 * Suggested fixes (contract 1.1, findings[].fixes[]): for each finding, the smallest changes to the
 * draft that remove it, each one field the decision maker controls (src/engine/controlled.ts).
 *
 * Found from the rule's own condition, never written per rule: the finding goes away when the
 * condition comes out FALSE, so the search asks which leaves must change, and to what. A leaf on a
 * controlled field gets the value its comparison needs at its boundary: `equal true` must become
 * false → false; `lessThan 4` must fail → 4; `granted lessThan need` must fail → the need's value.
 * A leaf on anything else must already be as needed, or that way is closed. A way that changes
 * more than one field is left out: a fix is one change a case manager can make.
 *
 * Then every candidate is verified: the changed value is validated as the request schema validates
 * that field, the same request with the change applied is evaluated again, and a fix is kept only if
 * its finding is gone. Findings the change
 * brings that the draft did not have are named in the fix. A change to a line's hours can make the
 * decision kind contradict the lines (a rejection that grants hours); the kind the lines then show
 * is set with it (`alsoSet`), since a kind that contradicts its lines is never evaluated.
 *
 * An undetermined finding gets a fix only where the search can state a value: a missing field the
 * decision maker controls, whose value the condition fixes (the letter says where to send the
 * appeal: yes). A missing fact about the person gets none: the value is for the assessment to
 * find, and a value chosen to silence the rule would tell the case manager what to find.
 *
 * Pure, like evaluate(): run by the faces after it, for the findings only, so evaluations that need
 * no fixes (impact over a million cases, the fixture cases) never pay for them.
 */

/** A leaf that must come out `wanted` for the finding to go. */
interface Need {
  leaf: Node & { condition: LeafCondition };
  wanted: boolean;
}

/** A change to one field: the request path (dotted, with the line's index) and its new value. */
interface Change {
  path: string;
  value: unknown;
  line: number | undefined;
  /** The controlled field it is, `decision.services[].grantedHoursPerWeek` for any line. */
  field: string;
}

/** Ways per condition are few in practice (the largest rule has eight leaves); this bounds a rule written otherwise. */
const MAX_WAYS = 32;
/** A case manager reads a few fixes per finding, not every way. */
const MAX_FIXES = 3;
const NONE = Symbol('no value');

/**
 * The controlled field each fact slot reads as it is, or undefined. A fact qualifies when it is a
 * plain read of its source field (named as the field, a service fact as `service.<field>`) and that
 * field is controlled; a derived fact (a month count from a date, "some decision maker is related")
 * is not a field anyone can set to a value.
 */
const controlledBySlot: readonly (string | undefined)[] = factNames.map((fact) => {
  const source = sourceOf(fact);
  const plain = source === fact || source === fact.replace(/^service\./, 'decision.services[].');
  return plain && controlledFields[source] ? source : undefined;
});

/**
 * Each controlled field's own schema, from the request schema: a changed value is validated against
 * it alone. Validating the whole changed request again cost more than the search and the
 * re-evaluations together (measured over the bench requests: 97 µs median per request for the fix
 * step with it, 37 without); the request's cross-field checks (dates in order) read no controlled
 * field, so the field's schema is the whole check a change needs.
 */
const fieldSchemas = new Map<string, z.ZodType>();
for (const field of Object.keys(controlledFields)) {
  let schema: z.ZodType | undefined = EvaluationRequest;
  for (const key of field.split('.')) {
    while (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) schema = schema.unwrap() as z.ZodType;
    const shape: Record<string, z.ZodType> | undefined = schema instanceof z.ZodObject ? schema.shape : undefined;
    schema = key.endsWith('[]') ? (shape?.[key.slice(0, -2)] as z.ZodArray<z.ZodType> | undefined)?.unwrap() : shape?.[key];
  }
  // A field the request does not have (yet) has no fact either: no fix can reach it.
  if (schema) fieldSchemas.set(field, schema);
}

function isControlled(leaf: Node): boolean {
  return leaf.slots!.some((slot) => controlledBySlot[slot] !== undefined);
}

// Whether a condition reads any controlled field at all, once per compiled condition: most rules
// that give findings rest on facts about the person, and need no search.
const reachable = new WeakMap<Node, boolean>();
function canBeFixed(node: Node): boolean {
  let known = reachable.get(node);
  if (known === undefined) reachable.set(node, (known = node.slots ? isControlled(node) : node.parts.some(canBeFixed)));
  return known;
}

/** Every way of making `node` come out `wanted` on these facts: each way the leaves that must change. */
function ways(node: Node, facts: Facts, wanted: boolean): Need[][] {
  if (node.test(facts) === (wanted ? TRUE : FALSE)) return [[]];
  const { condition } = node;
  if ('fact' in condition) return isControlled(node) ? [[{ leaf: node as Need['leaf'], wanted }]] : [];
  if ('not' in condition) return ways(node.parts[0]!, facts, !wanted);
  // `all` made false, or `any` made true: one part will do.
  if ('all' in condition !== wanted) return node.parts.flatMap((part) => ways(part, facts, wanted)).slice(0, MAX_WAYS);
  // `all` made true, or `any` made false: every part, in every combination of their ways.
  let combined: Need[][] = [[]];
  for (const part of node.parts) {
    const partWays = ways(part, facts, wanted);
    combined = combined.flatMap((way) => partWays.map((more) => [...way, ...more])).slice(0, MAX_WAYS);
    if (combined.length === 0) break;
  }
  return combined;
}

/**
 * The relation the controlled side must have when it is the compared fact: `a lessThan b` is
 * `b greaterThan a`. Membership has no such turn (`a in b` asks b to be a list holding a): none.
 */
const mirrored: Partial<Record<LeafCondition['operator'], LeafCondition['operator']>> = {
  equal: 'equal',
  notEqual: 'notEqual',
  lessThan: 'greaterThan',
  lessThanInclusive: 'greaterThanInclusive',
  greaterThan: 'lessThan',
  greaterThanInclusive: 'lessThanInclusive',
};

/**
 * The value `current` must take so that `current operator other` comes out `wanted`: the boundary
 * where there is one (a ≥ 4 → 4), else the next whole number (a > 4 → 5; the fields compared with
 * numbers are counted in whole weeks and hours). A yes/no field flips; an enumerated value is named
 * only where the condition names it.
 */
function valueFor(operator: LeafCondition['operator'], wanted: boolean, other: unknown, current: unknown): unknown {
  const below = (n: number) => (Number.isInteger(n) ? n - 1 : Math.floor(n));
  const above = (n: number) => (Number.isInteger(n) ? n + 1 : Math.ceil(n));
  const list = Array.isArray(current) ? current : [];
  switch (operator) {
    case 'equal':
      return wanted ? other : typeof other === 'boolean' ? !other : NONE;
    case 'notEqual':
      return wanted ? (typeof other === 'boolean' ? !other : NONE) : other;
    case 'in':
      return wanted && Array.isArray(other) && other.length > 0 ? other[0] : NONE;
    case 'notIn':
      return !wanted && Array.isArray(other) && other.length > 0 ? other[0] : NONE;
    case 'contains':
      return wanted ? [...list, other] : list.filter((item) => item !== other);
    case 'doesNotContain':
      return wanted ? list.filter((item) => item !== other) : [...list, other];
  }
  if (typeof other !== 'number') return NONE;
  switch (operator) {
    case 'lessThan':
      return wanted ? below(other) : other;
    case 'lessThanInclusive':
      return wanted ? other : above(other);
    case 'greaterThan':
      return wanted ? above(other) : other;
    case 'greaterThanInclusive':
      return wanted ? other : below(other);
  }
}

/** The one change a way asks for, or undefined when it asks for more than one field or for no value it can state. */
function changeFor(way: Need[], facts: Facts, line: number | undefined): Change | undefined {
  let slot: number | undefined;
  for (const { leaf } of way) {
    const own = leaf.slots!.find((s) => controlledBySlot[s] !== undefined)!;
    if (slot !== undefined && own !== slot) return undefined;
    slot = own;
  }
  if (slot === undefined) return undefined;
  const field = controlledBySlot[slot]!;
  let value: unknown = facts[slot];
  for (const { leaf, wanted } of way) {
    const { operator, value: compared } = leaf.condition;
    const [left, right] = leaf.slots!;
    const turned = mirrored[operator];
    const next =
      slot === left
        ? valueFor(operator, wanted, isFactRef(compared) ? facts[right!] : compared, value)
        : turned
          ? valueFor(turned, wanted, facts[left!], value)
          : NONE;
    if (next === NONE || next === undefined) return undefined;
    value = next;
  }
  // Each need again, on the value found for all of them: two needs on one field may disagree.
  const changed = facts.slice();
  changed[slot] = value;
  for (const { leaf, wanted } of way) if (leaf.test(changed) !== (wanted ? TRUE : FALSE)) return undefined;
  const only = controlledFields[field]!.only;
  if (only && !only.includes(value)) return undefined;
  const service = field.startsWith('decision.services[].');
  if (service && line === undefined) return undefined;
  return { path: sourceOf(factNames[slot]!, service ? line : undefined), value, line: service ? line : undefined, field };
}

/** The request with one field set, copying only the objects on the way to it. */
function withValue(node: any, keys: readonly string[], value: unknown, at = 0): any {
  const copy = Array.isArray(node) ? node.slice() : { ...node };
  const key = keys[at]!;
  copy[key] = at === keys.length - 1 ? value : withValue(node[key], keys, value, at + 1);
  return copy;
}

interface Verified {
  outcome: Extract<EvaluationOutcome, { ok: true }>;
  /** The kind the lines show after the change, where it is not the draft's. */
  kind?: string;
}

/** The request with the change made, evaluated; undefined when it is no longer a request the service would check. */
function verify(request: EvaluationRequest, selection: Selection, change: Change): Verified | undefined {
  if (!fieldSchemas.get(change.field)!.safeParse(change.value).success) return undefined;
  let changed: EvaluationRequest = withValue(request, change.path.split('.'), change.value);
  let kind: string | undefined;
  // Only a change to the lines can make them contradict the kind; a new kind that contradicts them is
  // simply refused by evaluate() below.
  if (change.path.startsWith('decision.services.')) {
    const lines = changed.decision.services.map((line) => ({ ...line, hourBased: selection.catalogue[line.type]!.hourBased }));
    if (kindContradictions(changed.decision.kind, lines).length > 0) {
      kind = decisionKinds.find((k) => kindContradictions(k, lines).length === 0);
      if (kind === undefined) return undefined;
      changed = withValue(changed, ['decision', 'kind'], kind);
    }
  }
  const outcome = evaluate(changed, selection);
  if (!outcome.ok) return undefined;
  return kind === undefined ? { outcome } : { outcome, kind };
}

const sameFinding = (a: Pick<Finding, 'rule' | 'service'>, b: Pick<Finding, 'rule' | 'service'>) => a.rule === b.rule && a.service === b.service;

const brings: Record<Language, (titles: string[]) => string> = {
  nb: (titles) => `Det gir ${titles.length === 1 ? 'et nytt funn' : 'nye funn'}: ${titles.map((t) => `«${t}»`).join(', ')}.`,
  nn: (titles) => `Det gir ${titles.length === 1 ? 'eit nytt funn' : 'nye funn'}: ${titles.map((t) => `«${t}»`).join(', ')}.`,
  en: (titles) => `This brings ${titles.length === 1 ? 'a new finding' : 'new findings'}: ${titles.map((t) => `"${t}"`).join(', ')}.`,
};
const kindThen: Record<Language, (kind: string) => string> = {
  nb: (kind) => `Vedtaket blir da ${kindAfterChange[kind as keyof typeof kindAfterChange]?.nb ?? kind}.`,
  nn: (kind) => `Vedtaket blir då ${kindAfterChange[kind as keyof typeof kindAfterChange]?.nn ?? kind}.`,
  en: (kind) => `The decision is then ${kindAfterChange[kind as keyof typeof kindAfterChange]?.en ?? kind}.`,
};

function lineName(request: EvaluationRequest, selection: Selection, line: number, language: Language): LineName {
  const type = request.decision.services[line]!.type;
  const name = selection.catalogue[type]?.name?.[language];
  return { number: line + 1, service: name ? name.charAt(0).toLowerCase() + name.slice(1) : type };
}

function fixOf(change: Change, verified: Verified, before: readonly Finding[], request: EvaluationRequest, selection: Selection, language: Language): Fix {
  const line = change.line === undefined ? undefined : lineName(request, selection, change.line, language);
  const sentences = [`${controlledFields[change.field]!.text[language](change.value, line)}.`];
  const fix: Fix = { path: change.path, value: change.value as Fix['value'], text: '' };
  if (verified.kind !== undefined) {
    fix.alsoSet = [{ path: 'decision.kind', value: verified.kind }];
    sentences.push(kindThen[language](verified.kind));
  }
  const introduced = verified.outcome.findings.filter((after) => !before.some((b) => sameFinding(b, after)));
  if (introduced.length > 0) {
    fix.introduces = introduced.map(({ rule, title, severity, service }) => (service === undefined ? { rule, title, severity } : { rule, title, severity, service }));
    sentences.push(brings[language](introduced.map((f) => f.title)));
  }
  fix.text = sentences.join(' ');
  return fix;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;
/** Fixes that bring nothing new first; then those whose worst new finding is mildest; then those that bring fewest. */
function byWhatTheyBring(a: Fix, b: Fix): number {
  const worst = (fix: Fix) => (fix.introduces ? Math.min(...fix.introduces.map((f) => severityRank[f.severity])) : 3);
  return worst(b) - worst(a) || (a.introduces?.length ?? 0) - (b.introduces?.length ?? 0);
}

// Each ruleset version's rules by id, built on first use; versions are frozen, so this never changes.
const rulesById = new WeakMap<PreparedRuleset, ReadonlyMap<string, PreparedRule>>();

/** The prepared rule a finding comes from; undefined for a wording block. */
function ruleOf(selection: Selection, finding: Finding): PreparedRule | undefined {
  const ruleset = selection.rulesets.find((r) => r.ref === finding.ruleset);
  if (!ruleset) return undefined;
  let byId = rulesById.get(ruleset);
  if (!byId) rulesById.set(ruleset, (byId = new Map(ruleset.rules.map((rule) => [rule.id, rule]))));
  return byId.get(finding.rule);
}

/**
 * The findings of an evaluation, each with its verified fixes (empty when no change to a field the
 * decision maker controls removes it). `outcome` is evaluate(request, selection)'s answer.
 */
export function withFixes(request: EvaluationRequest, selection: Selection, outcome: Extract<EvaluationOutcome, { ok: true }>): FixedFinding[] {
  const { findings, language } = outcome;
  if (findings.length === 0) return [];
  // The facts evaluate() derived: the plan covers every rule for the kind, so every rule that gave a finding.
  const plan = factPlan(selection.rulesets, request.decision.kind);
  const base = decisionFactsOf(request, selection, plan.decision);
  const lines: Facts[] = request.decision.services.map((line, i) => serviceFactsOf(base, line, i, request.assessment, selection, plan.service));
  // One evaluation per distinct change, however many findings ask for it.
  const verified = new Map<string, Verified | undefined>();
  return findings.map((finding) => {
    const rule = ruleOf(selection, finding);
    // A wording block goes when it can be rendered, with the letter's own values: nothing to state.
    if (!rule || !canBeFixed(rule.node)) return { ...finding, fixes: [] };
    const facts = finding.service === undefined ? base : lines[finding.service]!;
    const fixes: Fix[] = [];
    const seen = new Set<string>();
    for (const way of ways(rule.node, facts, false)) {
      const change = changeFor(way, facts, finding.service);
      if (!change) continue;
      const key = `${change.path}=${JSON.stringify(change.value)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!verified.has(key)) verified.set(key, verify(request, selection, change));
      const result = verified.get(key);
      if (!result || result.outcome.findings.some((after) => sameFinding(after, finding))) continue;
      fixes.push(fixOf(change, result, findings, request, selection, language));
    }
    fixes.sort(byWhatTheyBring);
    return { ...finding, fixes: fixes.slice(0, MAX_FIXES) };
  });
}
