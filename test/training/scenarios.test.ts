import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { categories } from '../../src/rulesets/schema.ts';
import { assess, score, teachingProblems, type ScenarioAssessment } from '../../src/training/assess.ts';
import { loadTraining, TrainingLoadError } from '../../src/training/load.ts';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { registryWithDraft } from '../draft-rules.ts';
import { bundledRegistry, fixtureCases, requestsDir, root } from '../helpers.ts';

const training = readTrainingDir(`${root}fixtures/training`, requestsDir);
const registry = bundledRegistry();
const knownRules = new Set(registry.versions.flatMap((v) => v.file.rules.map((r) => r.id)));
type Ok = Extract<ScenarioAssessment, { ok: true }>;

function assessed(id: string, lang: 'nb' | 'nn' | 'en' = 'nb', reg = registry): Ok {
  const result = assess(training.get(id)!, reg, lang);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
  return result;
}

/** The answers the engine itself gives: what a learner must pick for full marks. */
const engineAnswers = (a: Ok) => ({ sign: a.verdict, change: a.changes.flatMap((c, i) => (c.fixes ? [i] : [])), rule: a.rules });

describe('training scenarios (fixtures/training)', () => {
  it('has at least 12, in bokmål, some also in nynorsk and English', () => {
    expect(training.scenarios.length).toBeGreaterThanOrEqual(12);
    const translated = (lang: 'nn' | 'en') => training.scenarios.filter((s) => s.title[lang] && s.story[lang]).length;
    expect(translated('nn')).toBeGreaterThanOrEqual(3);
    expect(translated('en')).toBeGreaterThanOrEqual(3);
  });

  it('teaches every category that has a rule in force', () => {
    const inForce = new Set(registry.versions.filter((v) => v.file.status === 'published').flatMap((v) => v.file.rules.map((r) => r.category)));
    const ruleCategory = new Map(registry.versions.flatMap((v) => v.file.rules.map((r) => [r.id, r.category] as const)));
    const taught = new Set(training.scenarios.flatMap((s) => [...s.focus, ...s.silent].map((id) => ruleCategory.get(id))));
    for (const category of categories.filter((c) => inForce.has(c))) expect(taught, `no scenario teaches ${category}`).toContain(category);
  });

  it('names where a scenario and the engine part, by rule and how', () => {
    const scenario = training.get('appeal-wrong-body')!;
    const swapped = { ...scenario, focus: ['appeal.notice-missing'], silent: scenario.focus };
    expect(teachingProblems(swapped, assess(swapped, registry, 'nb'))).toEqual([
      { rule: 'appeal.notice-missing', problem: 'focus-silent' },
      ...scenario.focus.map((rule) => ({ rule, problem: 'silent-fires' })),
    ]);
  });

  describe.each(training.scenarios.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
    it('names only rules that exist', () => {
      for (const rule of [...scenario.focus, ...scenario.silent]) expect(knownRules, `${id} names ${rule}`).toContain(rule);
    });

    it('teaches what the engine says: focus rules fire, silent rules do not', () => {
      expect(teachingProblems(scenario, assess(scenario, registry, 'nb'))).toEqual([]);
    });

    // One clear point: a request missing a field some rule needs (say, a fact added with new content)
    // would bring in an undetermined finding, and a stray finding muddles what the scenario is about.
    it('is complete and to the point: every finding is fired and is one of its focus rules', () => {
      const a = assessed(id);
      expect(a.findings.filter((f) => f.outcome !== 'fired').map((f) => `${f.rule}: ${f.missingFacts?.join(', ')}`)).toEqual([]);
      expect(a.rules.filter((rule) => !scenario.focus.includes(rule))).toEqual([]);
    });

    it('gives full marks to the engine’s own answers and fewer to a wrong one', () => {
      const a = assessed(id);
      const right = engineAnswers(a);
      const full = score(a, right);
      expect(full.points).toBe(full.max);
      expect(full.max).toBe(scenario.changes.length > 0 ? 3 : 2);
      expect(score(a, { ...right, sign: a.verdict === 'clear' ? 'blocked' : 'clear' }).points).toBe(full.max - 1);
      const wrongRules = a.rules.length > 0 ? a.rules.slice(1) : [a.choices[0]!.id];
      expect(score(a, { ...right, rule: wrongRules }).rule.correct).toBe(false);
      expect(score(a, { ...right, change: [] }).points).toBe(scenario.changes.length > 0 ? full.max - 1 : full.max);
    });

    it('offers every rule that fires among the choices', () => {
      const a = assessed(id);
      for (const rule of a.rules) expect(a.choices.map((c) => c.id)).toContain(rule);
    });

    if (scenario.changes.length > 0) {
      it('has changes that fix a focus rule and changes that do not', () => {
        const a = assessed(id);
        expect(a.changes.some((c) => c.fixes), 'some change must fix something').toBe(true);
        expect(a.changes.some((c) => !c.fixes), 'some change must be a wrong answer').toBe(true);
        const fixed = new Set(a.changes.filter((c) => c.fixes).flatMap((c) => c.removed));
        for (const rule of scenario.focus) expect(fixed, `no change fixes ${rule}`).toContain(rule);
      });
    }

    it('marks the same in every language', () => {
      const nb = assessed(id);
      for (const lang of ['nn', 'en'] as const) {
        const other = assessed(id, lang);
        expect([other.verdict, other.rules, other.changes]).toEqual([nb.verdict, nb.rules, nb.changes]);
        // Only the words differ: the findings are explained in the learner's language.
        other.findings.forEach((f, i) => expect(f.message).not.toBe(nb.findings[i]!.message));
      }
    });
  });
});

describe('scoring when the rules change', () => {
  const { registry: withDraft, draftVersion, dir } = registryWithDraft();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows the engine: a rule that starts firing becomes part of the right answer, so yesterday’s answer loses the point', () => {
    const scenario = training.get('appeal-right-to-see-documents')!;
    const before = assessed('appeal-right-to-see-documents');
    const pinned = { ...scenario, request: { ...scenario.request, pin: { 'no-national': draftVersion } } };
    const after = assess(pinned, withDraft, 'nb');
    if (!after.ok) throw new Error(JSON.stringify(after.errors));
    expect(after.rules).toContain('appeal.documents-access');
    expect(before.rules).not.toContain('appeal.documents-access');
    expect(score(after, engineAnswers(before)).rule).toMatchObject({ correct: false, missed: ['appeal.documents-access'] });
    expect(score(after, engineAnswers(after)).points).toBe(3);
    expect(score(before, engineAnswers(before)).points).toBe(3);
    // The teaching point still holds, and the trainer page would say so.
    expect(teachingProblems(pinned, after)).toEqual([]);
  });
});

describe('loadTraining', () => {
  const { bases } = fixtureCases();
  const story = 'title: { nb: T }\nstory: { nb: S }\nteaches: { nb: L }\n';

  it('refuses a broken scenario, naming the file and the field', () => {
    const bad = [
      { path: 'no-teaching-point.yaml', text: `${story}extends: clear-grant\n` },
      { path: 'changes-the-person.yaml', text: `${story}focus: [a.b]\nextends: clear-grant\nchanges:\n  - { label: { nb: x }, with: { assessment: { onlyAdequateOffer: true } } }\n  - { label: { nb: y }, without: [applicant.age] }\n` },
      { path: 'unknown-base.yaml', text: `${story}focus: [a.b]\nextends: no-such-base\n` },
      { path: 'typo.yaml', text: `${story}focus: [a.b]\nextends: clear-grant\nwiht: {}\n` },
    ];
    let message = '';
    try {
      loadTraining(bad, bases);
    } catch (error) {
      expect(error).toBeInstanceOf(TrainingLoadError);
      message = (error as Error).message;
    }
    expect(message).toContain('no-teaching-point.yaml:- name the rules the scenario teaches');
    expect(message).toContain('changes-the-person.yaml:changes.0.with');
    expect(message).toContain('changes-the-person.yaml:changes.1.without.0 only decision.* or procedure.* may be removed');
    expect(message).toContain('unknown-base.yaml: case "unknown-base": no base request "no-such-base"');
    expect(message).toContain('typo.yaml:- Unrecognized key: "wiht"');
  });

  it('applies a change over the scenario’s own request, leaving the request itself alone', () => {
    const set = loadTraining(
      [{ path: 'x.yaml', text: `${story}focus: [a.b]\nextends: clear-grant\nchanges:\n  - { label: { nb: x }, with: { decision: { appealNotice: { deadlineWeeks: 3 } } } }\n  - { label: { nb: y }, without: [decision.appealNotice.body] }\n` }],
      bases,
    );
    const s = set.get('x')!;
    expect((s.request.decision as any).appealNotice).toMatchObject({ deadlineWeeks: 4, body: 'statsforvalteren' });
    expect((s.changes[0]!.request.decision as any).appealNotice).toMatchObject({ deadlineWeeks: 3, body: 'statsforvalteren' });
    expect((s.changes[1]!.request.decision as any).appealNotice).not.toHaveProperty('body');
  });
});
