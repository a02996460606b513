import { checkRequest, legalStaff } from '../decision/check.ts';
import type { Finding, Verdict } from '../decision/result.ts';
import type { Registry } from '../rulesets/registry.ts';
import type { FieldError } from '../decision/field-errors.ts';
import type { Language, Rule } from '../rulesets/schema.ts';
import type { TrainingScenario } from './load.ts';

/** A rule the learner can pick for "Which rule?". */
export interface RuleChoice {
  id: string;
  /** The rule's short title in the learner's language: what a learner picks by. */
  title: string;
  category: Rule['category'];
  citation: string;
}

/** What one "What must change?" option does, according to the engine. */
export interface ChangeEffect {
  /** Rule ids whose findings the change removes. */
  removed: string[];
  /** Rule ids of findings the change brings in. */
  added: string[];
  /** The change removes at least one finding and brings in none. */
  fixes: boolean;
}

export type ScenarioAssessment =
  | {
      ok: true;
      verdict: Verdict;
      language: Language;
      findings: Finding[];
      /** The rules that gave findings: the right answer to "Which rule?". */
      rules: string[];
      choices: RuleChoice[];
      changes: ChangeEffect[];
    }
  | { ok: false; errors: FieldError[] };

const key = (f: Finding) => `${f.rule}#${f.service ?? ''}`;
const sortedUnique = (ids: string[]) => [...new Set(ids)].sort();

/**
 * Runs the scenario's proposed decision, and each change option applied to it, through the
 * same path as the service. Everything a learner is scored against comes from here.
 */
export function assess(scenario: TrainingScenario, registry: Registry, language: Language): ScenarioAssessment {
  const checked = checkRequest({ ...scenario.request, language }, registry, legalStaff);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const { findings, verdict } = checked.outcome;
  const before = new Map(findings.map((f) => [key(f), f.rule]));

  const changes: ChangeEffect[] = [];
  for (const [i, { request }] of scenario.changes.entries()) {
    const after = checkRequest({ ...request, language }, registry, legalStaff);
    if (!after.ok) return { ok: false, errors: after.errors.map((e) => ({ path: `changes.${i}: ${e.path}`, message: e.message })) };
    const keys = new Set(after.outcome.findings.map(key));
    const removed = sortedUnique([...before].filter(([k]) => !keys.has(k)).map(([, rule]) => rule));
    const added = sortedUnique(after.outcome.findings.filter((f) => !before.has(key(f))).map((f) => f.rule));
    changes.push({ removed, added, fixes: removed.length > 0 && added.length === 0 });
  }

  const rules = sortedUnique(findings.map((f) => f.rule));
  const choices: RuleChoice[] = checked.selection.rulesets.flatMap((r) =>
    r.rules.map((rule) => ({ id: rule.id, title: rule.title[language], category: rule.category, citation: rule.legalBasis[0]!.citation })),
  );
  // A finding can also come from a wording block that could not be filled in: offer it too.
  for (const f of findings) {
    if (!choices.some((c) => c.id === f.rule)) choices.push({ id: f.rule, title: f.title, category: f.category, citation: f.legalBasis[0]?.citation ?? '' });
  }
  return { ok: true, verdict, language: checked.outcome.language, findings, rules, choices, changes };
}

export interface Answers {
  sign?: string | undefined;
  change: number[];
  rule: string[];
}

export interface Marked<T> {
  correct: boolean;
  expected: T;
  given: T;
}

export interface Score {
  sign: Marked<string | undefined>;
  change?: Marked<number[]>;
  rule: Marked<string[]> & { missed: string[]; extra: string[] };
  points: number;
  max: number;
}

const sameSet = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Marks the learner's answers against the engine's own findings. */
export function score(assessment: Extract<ScenarioAssessment, { ok: true }>, answers: Answers): Score {
  const sign = { correct: answers.sign === assessment.verdict, expected: assessment.verdict, given: answers.sign };
  const givenRules = sortedUnique(answers.rule);
  const rule = {
    correct: sameSet(givenRules, assessment.rules),
    expected: assessment.rules,
    given: givenRules,
    missed: assessment.rules.filter((id) => !givenRules.includes(id)),
    extra: givenRules.filter((id) => !assessment.rules.includes(id)),
  };
  const result: Score = { sign, rule, points: 0, max: 2 };
  if (assessment.changes.length > 0) {
    const expected = assessment.changes.flatMap((c, i) => (c.fixes ? [i] : []));
    const given = [...new Set(answers.change)].sort((a, b) => a - b);
    result.change = { correct: sameSet(given, expected), expected, given };
    result.max = 3;
  }
  result.points = [sign.correct, rule.correct, result.change?.correct ?? false].filter(Boolean).length;
  return result;
}

/** Where a scenario's stated teaching point and the engine part: a focus rule that is silent, a silent rule that fires, or the scenario not evaluating. */
export type TeachingProblem = { rule: string; problem: 'focus-silent' | 'silent-fires' } | { path: string; message: string };

/**
 * Whether the scenario's stated teaching point still matches the engine: every `focus` rule
 * gives a finding and no `silent` rule does. The trainer page shows it; the scenario test requires it.
 */
export function teachingProblems(scenario: TrainingScenario, assessment: ScenarioAssessment): TeachingProblem[] {
  if (!assessment.ok) return assessment.errors;
  return [
    ...scenario.focus.filter((id) => !assessment.rules.includes(id)).map((rule) => ({ rule, problem: 'focus-silent' as const })),
    ...scenario.silent.filter((id) => assessment.rules.includes(id)).map((rule) => ({ rule, problem: 'silent-fires' as const })),
  ];
}
