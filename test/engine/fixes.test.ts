import { describe, expect, it } from 'vitest';
import { checkRequest, legalStaff } from '../../src/decision/check.ts';
import { withFixes } from '../../src/engine/fixes.ts';
import { loadRulesets } from '../../src/rulesets/load.ts';

/**
 * Fixes come from the rules' conditions, not from anything written per rule: a ruleset made up here,
 * with rules no fix text knows, gets its fixes at each condition's boundary.
 */
const rule = (id: string, conditions: unknown, scope = 'decision') => ({
  id,
  severity: 'error',
  category: 'procedure',
  scope,
  conditions,
  title: { nb: `Tittel ${id}`, nn: `Tittel ${id}`, en: `Title ${id}` },
  message: { nb: 'Melding.', nn: 'Melding.', en: 'Message.' },
  legalBasis: [{ citation: 'forvaltningsloven § 25', url: 'https://lovdata.no/lov/1967-02-10/%C2%A725' }],
});
const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });

const ruleset = {
  id: 'made-up',
  layer: 'national',
  version: '1.0.0',
  title: { nb: 'Test', nn: 'Test', en: 'Test' },
  validFrom: '2025-01-01',
  status: 'published',
  changelog: [{ version: '1.0.0', date: '2024-12-01', changes: ['Test.'] }],
  catalogue: { 'home-nursing': { statutory: true, hourBased: true, name: { nb: 'Helsetjenester i hjemmet', nn: 'Helsetenester i heimen', en: 'Home nursing' } } },
  rules: [
    rule('deadline.too-short', { all: [leaf('decision.appealNotice.deadlineWeeks', 'lessThan', 6)] }),
    rule('deadline.too-long', { all: [leaf('decision.appealNotice.deadlineWeeks', 'greaterThan', 8)] }),
    rule('hours.below-need', { all: [leaf('service.grantedHoursPerWeek', 'lessThan', { fact: 'assessment.assessedNeedHoursPerWeek' })] }, 'service'),
    rule('grounds.no-facts', { all: [leaf('decision.grounds.describesFacts', 'equal', false)] }),
    rule('appeal.body-guarded', { all: [leaf('decision.appealNotice.included', 'equal', true), leaf('decision.appealNotice.body', 'notEqual', 'statsforvalteren')] }),
    rule('person.old', { all: [leaf('applicant.age', 'greaterThan', 90)] }),
    rule('reason.budget', { all: [leaf('decision.grounds.reasons', 'contains', 'budget')] }),
    rule('grounds.either', { any: [leaf('decision.grounds.citesLegalBasis', 'equal', false), leaf('decision.grounds.statesMainConsiderations', 'equal', false)] }),
    rule('notice.not-given', { all: [{ not: { all: [leaf('procedure.advanceNoticeGiven', 'equal', true)] } }] }),
    rule('appeal.where-unsaid', { all: [leaf('decision.appealNotice.sendViaMunicipality', 'equal', false)] }),
    rule('need.long-term', { all: [leaf('assessment.expectedLongTermNeed', 'equal', true)] }),
  ],
};
const registry = loadRulesets([{ path: 'made-up/1.0.0.yaml', text: JSON.stringify(ruleset) }]);

function request(changes: { appealNotice?: object; grounds?: object; services?: object[]; procedure?: object; assessment?: object; age?: number; language?: string } = {}) {
  return {
    decisionDate: '2026-11-24',
    municipality: '5001',
    language: changes.language ?? 'nb',
    decision: {
      kind: 'partial-grant',
      services: changes.services ?? [{ type: 'home-nursing', grantedHoursPerWeek: 5, appliedHoursPerWeek: 10, expectedDurationDays: 365 }],
      grounds: { citesLegalBasis: true, describesFacts: true, statesMainConsiderations: true, reasons: [], ...changes.grounds },
      appealNotice: { included: true, deadlineWeeks: 7, body: 'statsforvalteren', sendViaMunicipality: true, ...changes.appealNotice },
    },
    applicant: { age: changes.age ?? 40 },
    assessment: { assessedNeedHoursPerWeek: 5, expectedLongTermNeed: false, ...changes.assessment },
    procedure: { advanceNoticeGiven: true, ...changes.procedure },
  };
}

function findingsOf(raw: unknown) {
  const checked = checkRequest(raw, registry, legalStaff);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return withFixes(checked.request, checked.selection, checked.outcome);
}
const fixesOf = (raw: unknown, rule: string) => {
  const finding = findingsOf(raw).find((f) => f.rule === rule);
  if (!finding) throw new Error(`${rule} gave no finding`);
  return finding.fixes.map(({ path, value }) => ({ path, value }));
};

describe('fixes at the boundary of the rule condition', () => {
  it('a number that must not be below N becomes N, one that must not be above N becomes N', () => {
    expect(fixesOf(request({ appealNotice: { deadlineWeeks: 3 } }), 'deadline.too-short')).toEqual([{ path: 'decision.appealNotice.deadlineWeeks', value: 6 }]);
    expect(fixesOf(request({ appealNotice: { deadlineWeeks: 12 } }), 'deadline.too-long')).toEqual([{ path: 'decision.appealNotice.deadlineWeeks', value: 8 }]);
  });

  it('a comparison with another fact takes that fact value, on the line the finding is about', () => {
    const services = [
      { type: 'home-nursing', grantedHoursPerWeek: 9, appliedHoursPerWeek: 10, expectedDurationDays: 365 },
      { type: 'home-nursing', grantedHoursPerWeek: 4, appliedHoursPerWeek: 10, expectedDurationDays: 365 },
    ];
    const findings = findingsOf(request({ services, assessment: { assessedNeedHoursPerWeek: 8.5 } }));
    const below = findings.filter((f) => f.rule === 'hours.below-need');
    expect(below.map((f) => f.service)).toEqual([1]);
    expect(below[0]!.fixes).toEqual([
      { path: 'decision.services.1.grantedHoursPerWeek', value: 8.5, text: 'Sett innvilgede timer i uken til 8,5 på linje 2, helsetjenester i hjemmet.' },
    ]);
  });

  it('a yes/no that must not be false becomes true, also under not', () => {
    expect(fixesOf(request({ grounds: { describesFacts: false } }), 'grounds.no-facts')).toEqual([{ path: 'decision.grounds.describesFacts', value: true }]);
    expect(fixesOf(request({ procedure: { advanceNoticeGiven: false } }), 'notice.not-given')).toEqual([{ path: 'procedure.advanceNoticeGiven', value: true }]);
  });

  it('an enumerated value that must not differ takes the named value; a safeguard is never taken out to silence a rule', () => {
    // Leaving out the appeal notice would also make the condition false: never offered.
    expect(fixesOf(request({ appealNotice: { body: 'municipal-appeals-board' } }), 'appeal.body-guarded')).toEqual([{ path: 'decision.appealNotice.body', value: 'statsforvalteren' }]);
  });

  it('any: one fix where one part holds; none where two fields would have to change', () => {
    expect(fixesOf(request({ grounds: { citesLegalBasis: false } }), 'grounds.either')).toEqual([{ path: 'decision.grounds.citesLegalBasis', value: true }]);
    expect(fixesOf(request({ grounds: { citesLegalBasis: false, statesMainConsiderations: false } }), 'grounds.either')).toEqual([]);
  });

  it('no fix from facts about the person, nor from the reasons the decision maker gave', () => {
    expect(fixesOf(request({ age: 95 }), 'person.old')).toEqual([]);
    expect(fixesOf(request({ grounds: { reasons: ['budget'] } }), 'reason.budget')).toEqual([]);
  });

  it('undetermined: a missing field the decision maker controls is filled with the value the rule needs; a missing fact about the person is not', () => {
    const raw = request();
    delete (raw.decision.appealNotice as Record<string, unknown>).sendViaMunicipality;
    delete (raw.assessment as Record<string, unknown>).expectedLongTermNeed;
    const findings = findingsOf(raw);
    const where = findings.find((f) => f.rule === 'appeal.where-unsaid')!;
    expect(where.outcome).toBe('undetermined');
    expect(where.fixes.map(({ path, value }) => ({ path, value }))).toEqual([{ path: 'decision.appealNotice.sendViaMunicipality', value: true }]);
    const need = findings.find((f) => f.rule === 'need.long-term')!;
    expect(need.outcome).toBe('undetermined');
    expect(need.fixes).toEqual([]);
  });

  it('names the findings a fix brings, and puts fixes that bring none first', () => {
    // Deadline 5 is too short; 6 brings nothing new here, but a rule against exactly 6 makes it bring a finding.
    const fixes = findingsOf(request({ appealNotice: { deadlineWeeks: 5 }, language: 'en' })).find((f) => f.rule === 'deadline.too-short')!.fixes;
    expect(fixes).toEqual([{ path: 'decision.appealNotice.deadlineWeeks', value: 6, text: 'Set the appeal deadline to six weeks.' }]);
    const made = structuredClone(ruleset);
    made.rules.push(rule('deadline.not-six', { all: [leaf('decision.appealNotice.deadlineWeeks', 'equal', 6)] }));
    const stricter = loadRulesets([{ path: 'made-up/1.0.0.yaml', text: JSON.stringify(made) }]);
    const checked = checkRequest(request({ appealNotice: { deadlineWeeks: 5 }, language: 'nn' }), stricter, legalStaff);
    if (!checked.ok) throw new Error('refused');
    const short = withFixes(checked.request, checked.selection, checked.outcome).find((f) => f.rule === 'deadline.too-short')!;
    expect(short.fixes).toEqual([
      {
        path: 'decision.appealNotice.deadlineWeeks',
        value: 6,
        text: 'Set klagefristen til seks veker. Det gir eit nytt funn: «Tittel deadline.not-six».',
        introduces: [{ rule: 'deadline.not-six', title: 'Tittel deadline.not-six', severity: 'error' }],
      },
    ]);
  });
});
