import { describe, expect, it } from 'vitest';
import { EvaluationRequest } from '../../src/decision/schema.ts';
import { evaluate, verdictOf } from '../../src/engine/evaluate.ts';
import { select } from '../../src/rulesets/registry.ts';
import { baseRequest, bundledRegistry } from '../helpers.ts';

const registry = bundledRegistry();
function run(request: Record<string, any>) {
  const parsed = EvaluationRequest.parse(request);
  const chosen = select(registry, parsed);
  if (!chosen.ok) throw new Error(chosen.detail);
  const outcome = evaluate(parsed, chosen.selection);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome;
}

describe('evaluate', () => {
  it('derives the verdict from the worst severity', () => {
    expect(verdictOf([])).toBe('clear');
    expect(verdictOf([{ severity: 'info' }])).toBe('clear');
    expect(verdictOf([{ severity: 'info' }, { severity: 'warning' }])).toBe('warnings');
    expect(verdictOf([{ severity: 'warning' }, { severity: 'error' }])).toBe('blocked');
  });

  it('runs service rules per service line and names the line', () => {
    const request = baseRequest('bpa-rejection');
    request.decision.services = [
      { type: 'home-nursing', grantedHoursPerWeek: 2, expectedDurationDays: 365 },
      { type: 'bpa', grantedHoursPerWeek: 0, expectedDurationDays: 1095 },
    ];
    request.decision.kind = 'partial-grant';
    request.assessment.assessedNeedHoursPerWeek = 40;
    const outcome = run(request);
    const bpa = outcome.findings.filter((f) => f.rule === 'bpa.right-from-32-hours');
    expect(bpa).toHaveLength(1);
    expect(bpa[0]!.service).toBe(1);
    expect(bpa[0]!.because.find((b) => b.fact === 'service.grantedHoursPerWeek')?.actual).toBe(0);
  });

  it('evaluates decision-wide rules once, without a service index', () => {
    const request = baseRequest('clear-grant');
    request.decision.services.push({ type: 'practical-assistance', grantedHoursPerWeek: 2, expectedDurationDays: 365 });
    request.decision.appealNotice.deadlineWeeks = 2;
    const found = run(request).findings.filter((f) => f.rule === 'appeal.deadline-statutory');
    expect(found).toHaveLength(1);
    expect(found[0]!.service).toBeUndefined();
  });

  it('names the missing request field and never answers clear', () => {
    const request = baseRequest('bpa-rejection');
    request.assessment.assessedNeedHoursPerWeek = 40;
    delete request.assessment.expectedLongTermNeed;
    const outcome = run(request);
    const finding = outcome.findings.find((f) => f.rule === 'bpa.right-from-32-hours')!;
    expect(finding.outcome).toBe('undetermined');
    expect(finding.missingFacts).toEqual(['assessment.expectedLongTermNeed']);
    expect(finding.message).toMatch(/assessment\.expectedLongTermNeed/);
    expect(outcome.verdict).not.toBe('clear');
  });

  it('writes wording and messages the Norwegian way in the chosen language', () => {
    const request = baseRequest('bpa-rejection');
    request.assessment.assessedNeedHoursPerWeek = 32.5;
    for (const [language, word] of [['nb', 'timer i uken'], ['nn', 'timar i veka'], ['en', 'hours a week']] as const) {
      const outcome = run({ ...request, language });
      expect(outcome.language).toBe(language);
      const message = outcome.findings.find((f) => f.rule === 'bpa.right-from-32-hours')!.message;
      expect(message).toContain(language === 'en' ? `32.5 ${word}` : `32,5 ${word}`);
    }
  });

  it('defaults to the municipal layer’s language form, else bokmål', () => {
    const request = baseRequest('clear-grant');
    expect(run({ ...request, municipality: '4601' }).language).toBe('nn');
    expect(run({ ...request, municipality: '4601' }).wording[0]!.text).toMatch(/fire veker/);
    expect(run({ ...request, municipality: '0301' }).language).toBe('nb');
    expect(run({ ...request, municipality: '5001' }).language).toBe('nb');
  });

  it('is pure: the same input gives the same output', () => {
    const request = baseRequest('contract-example');
    expect(JSON.stringify(run(request))).toBe(JSON.stringify(run(request)));
  });

  it("writes the municipal layer's fvl appeal body into the fvl appeal notice, in the letter's language (2026.2.0)", () => {
    const mixed = (municipality: string, language: string) => {
      const request = baseRequest('grant-2026-12');
      request.municipality = municipality;
      request.language = language;
      request.decision.services.push({ type: 'safety-alarm', expectedDurationDays: 365 });
      return run(request);
    };
    const fvl = (outcome: ReturnType<typeof run>) => outcome.wording.find((w) => w.id === 'appeal.fvl')!.text;
    expect(fvl(mixed('0301', 'nb'))).toMatch(/sender den klagen videre til formannskapet\./);
    expect(fvl(mixed('4601', 'nn'))).toMatch(/sender han klaga vidare til klagenemnda i kommunen\./);
    expect(mixed('0301', 'nb').wording.map((w) => w.id)).toEqual(['appeal.pasrl', 'appeal.fvl']);
  });

  it('reports the fvl appeal notice as missing a fact, never fills it in, when the layer names no appeal body', () => {
    const request = baseRequest('grant-2026-12');
    request.decision.services = [{ type: 'safety-alarm', expectedDurationDays: 365 }];
    request.decision.appealNotice = { ...request.decision.appealNotice, deadlineWeeks: 3, body: 'municipal-appeals-board' };
    request.pin = { 'municipality-0301': '1.0.0' };
    const outcome = run(request);
    expect(outcome.wording.map((w) => w.id)).toEqual([]);
    const finding = outcome.findings.find((f) => f.rule === 'appeal.fvl')!;
    expect(finding).toMatchObject({ outcome: 'undetermined', severity: 'warning' });
    expect(finding.missingFacts![0]).toMatch(/fvlAppealBody/);
  });
});
