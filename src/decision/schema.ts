import { z } from 'zod';
import { decisionKinds, Language } from '../rulesets/schema.ts';
import { isCalendarDate } from '../engine/dates.ts';

/**
 * The evaluation request of contract v1 (../shared/contract/evaluation-v1.md).
 * Objects are strict: an unknown or misspelled field is refused (422), so a fact
 * can never be silently dropped. There is no field for a name, address or ID number.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');
const hours = z.number().min(0).max(168);

export const ServiceLine = z.strictObject({
  type: z.string().regex(/^[a-z]+(-[a-z]+)*$/).meta({ description: 'Service type from the catalogue in force (national plus municipal layer).' }),
  grantedHoursPerWeek: hours.optional().meta({ description: 'Hours granted; 0 for a rejection. Required for hour-based services.' }),
  appliedHoursPerWeek: hours.nullable().optional(),
  previousHoursPerWeek: hours.nullable().optional().meta({ description: 'Hours the person had before; needed for reduction and termination.' }),
  expectedDurationDays: z.number().int().min(0).max(36500),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
  statutory: z.boolean().optional().meta({
    description:
      'Contract 1.1. The line is decided as a statutory health and care service (appeal to Statsforvalteren) or not; overrides the catalogue default for this line. Left out: day-activity is statutory when assessment.dementia is true (hol § 3-2 første ledd nr. 7), otherwise the catalogue decides.',
  }),
  scopeStated: z.boolean().optional().meta({ description: 'Contract 1.1. The letter states the concrete scope of the line (hours or frequency), not "ved behov".' }),
  timeLimitReasonGiven: z.boolean().optional().meta({ description: 'Contract 1.1. For a line with `to`: the grounds say why it is time-limited.' }),
  chargeStated: z.boolean().optional().meta({ description: 'Contract 1.1. The letter says a charge (egenandel) applies to the line.' }),
});

const leftOutIsMissing = 'Required in contract v1; from 1.1 a value left out is reported as missing (the rules that need it are undetermined and the verdict cannot be clear), never read as fine.';

export const Grounds = z.strictObject({
  citesLegalBasis: z.boolean().optional().meta({ description: `The grounds cite the legal basis (fvl § 25 første ledd). ${leftOutIsMissing}` }),
  describesFacts: z.boolean().optional().meta({ description: `The grounds describe the facts (fvl § 25 andre ledd). ${leftOutIsMissing}` }),
  statesMainConsiderations: z.boolean().optional().meta({ description: `The grounds name the main considerations (fvl § 25 tredje ledd). ${leftOutIsMissing}` }),
  reasons: z
    .array(z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'must be a reason code such as budget'))
    .max(20)
    .optional()
    .meta({ description: `Reason codes the grounds give (budget, capacity, other-service-responsible, need-changed, need-not-documented, user-declined, age, …); [] when the grounds give none. ${leftOutIsMissing}` }),
  text: z.string().max(20000).optional().meta({ description: 'Free text of the grounds as drafted. Used for the check only, never stored.' }),
});

export const AppealNotice = z.strictObject({
  included: z.boolean().optional().meta({ description: `The letter has an appeal notice (fvl § 27 tredje ledd). ${leftOutIsMissing}` }),
  deadlineWeeks: z.number().int().min(0).max(52).nullable().optional(),
  body: z.enum(['statsforvalteren', 'municipal-appeals-board', 'none']).optional(),
  sendViaMunicipality: z.boolean().optional().meta({ description: 'The letter says the appeal is sent to the municipality, which forwards it.' }),
  rightToSeeDocuments: z.boolean().optional().meta({ description: 'The letter says the person may see the case documents (fvl § 18).' }),
});

export const Decision = z.strictObject({
  kind: z.enum(decisionKinds).meta({
    description:
      'The kind of decision. It must agree with the lines (contract 1.1), or the request is refused with 422 at the field that shows the contradiction: a grant grants what was applied for and no line 0 hours; a rejection and a termination grant 0 hours; a termination states previousHoursPerWeek on every hour-based line; a reduction grants some line fewer hours than before, and not 0 on every line; a partial-grant whose lines all state hours grants neither nothing nor everything applied for; only a reduction or termination grants fewer hours than before; a waiting-list decision has only long-term-stay lines. A label can never hide a rejection. `waiting-list` (contract 1.1): the person meets the criteria for a long-term stay and is put on the waiting list (pasrl § 2-1 e andre ledd, hol § 3-2 a).',
  }),
  services: z.array(ServiceLine).min(1).max(50),
  // Left out whole (a draft whose grounds and appeal notice are not written yet): every fact in them is missing.
  grounds: Grounds.default({}).meta({ description: `What the drafted grounds contain. ${leftOutIsMissing}` }),
  appealNotice: AppealNotice.default({}).meta({ description: `What the drafted letter says about appeal. ${leftOutIsMissing}` }),
});

export const Assessment = z.strictObject({
  assessedNeedHoursPerWeek: hours.optional(),
  functionalLevel: z.number().min(1).max(5).optional().meta({ description: 'IPLOS scale average, 1.0–5.0.' }),
  expectedLongTermNeed: z.boolean().optional().meta({ description: 'The need is expected to last over two years.' }),
  needsCoordinatedServices: z.boolean().optional(),
  onlyAdequateOffer: z.boolean().optional().meta({ description: 'A 24-hour long-term stay is the only adequate offer.' }),
  userParticipation: z.enum(['documented', 'not-documented', 'declined']).optional(),
  nextOfKin: z.strictObject({ involved: z.boolean(), consent: z.boolean().optional() }).optional(),
  increasedCostDocumented: z.boolean().optional().meta({ description: 'The municipality has documented that BPA would give considerably increased costs.' }),
  grantedBeforeAge67: z.boolean().optional().meta({ description: 'BPA was granted before the person turned 67.' }),
  lacksDecisionCapacity: z.boolean().optional().meta({ description: 'The person lacks capacity to decide on the matter (samtykkekompetanse; beslutningskompetanse after the 2026 amendment of pasrl chapter 4).' }),
  personalAssistanceHoursPerWeek: hours.optional().meta({
    description:
      'Contract 1.1. Hours per week of need for personal assistance (hol § 3-2 første ledd nr. 6 bokstav b: practical assistance, training, support contact) that count toward the BPA thresholds of pasrl § 2-1 d: no health services, no hours needing two helpers, no night services unless the night need is continuous. The BPA rules read this, never assessedNeedHoursPerWeek.',
  }),
  dementia: z.boolean().optional().meta({ description: 'Contract 1.1. The person lives at home with dementia: day activity is then statutory (hol § 3-2 første ledd nr. 7).' }),
  needChangeDocumented: z.boolean().optional().meta({
    description: 'Contract 1.1. For a reduction or termination: a changed need, or another lawful ground to reverse the earlier decision, is documented (fvl § 35).',
  }),
  meetsLongTermStayCriteria: z.boolean().optional().meta({ description: "Contract 1.1. The municipality's criteria for a long-term stay (its forskrift under hol § 3-2 a) are met." }),
  safeAtHomeWhileWaiting: z.boolean().optional().meta({ description: 'Contract 1.1. The person can be cared for adequately at home while waiting for a long-term stay (pasrl § 2-1 e andre ledd).' }),
});

export const relations = ['none', 'close-family', 'guardian-or-proxy', 'other-close'] as const;

export const DecisionMaker = z.strictObject({
  role: z.string().min(1).max(60),
  relatedToApplicant: z.boolean(),
  providesTheService: z.boolean(),
  relation: z.enum(relations).optional().meta({
    description:
      'Contract 1.1. How the decision maker is related to the applicant: none; close-family (fvl § 6 første ledd b–c: kin in the direct line or as close as siblings, spouse, cohabitant, foster relation); guardian-or-proxy (§ 6 første ledd d); other-close (friendship or other special circumstances, § 6 andre ledd). Left out, relatedToApplicant true reads as close-family and false as none.',
  }),
});

export const Procedure = z.strictObject({
  applicationReceived: isoDate.optional(),
  provisionalReplySent: z.boolean().optional(),
  advanceNoticeGiven: z.boolean().optional(),
  decisionMakers: z.array(DecisionMaker).max(20).optional(),
  userHeard: z.boolean().optional().meta({ description: 'Contract 1.1. The person was heard before the decision (fvl § 17).' }),
  homeVisit: z.boolean().optional().meta({ description: 'Contract 1.1. A home visit or an equivalent assessment of the situation was made (fvl § 17).' }),
  informationFromOthersShared: z.boolean().optional().meta({
    description: 'Contract 1.1. Information about the case from others was shared with the person before the decision (fvl § 17 andre ledd).',
  }),
});

/**
 * Ruleset id → version. A record drops a `__proto__` key without a word (it cannot hold one as an own
 * field), so such a pin is refused here, as an id no ruleset has, before it could be silently ignored.
 */
const Pin = z.preprocess((value, ctx) => {
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, '__proto__')) ctx.addIssue({ code: 'custom', path: ['__proto__'], message: 'unknown ruleset id' });
  return value;
}, z.record(z.string(), z.string()));

export const EvaluationRequest = z
  .strictObject({
    decisionDate: isoDate.meta({ description: 'The date the decision is to be made; selects the ruleset versions in force.' }),
    municipality: z.string().regex(/^\d{4}$/, 'must be a four-digit municipality number (kommunenummer)'),
    language: Language.optional(),
    pin: Pin.optional().meta({ description: 'Ruleset id → exact version, instead of the versions in force.' }),
    decision: Decision,
    applicant: z.strictObject({ age: z.number().int().min(0).max(130).meta({ description: 'Age in whole years on decisionDate.' }) }),
    assessment: Assessment.default({}),
    procedure: Procedure.default({}),
  })
  .superRefine((request, ctx) => {
    const received = request.procedure.applicationReceived;
    if (received && received > request.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['procedure', 'applicationReceived'], message: 'is after decisionDate' });
    }
    request.decision.services.forEach((line, i) => {
      if (line.from && line.to && line.to < line.from) {
        ctx.addIssue({ code: 'custom', path: ['decision', 'services', i, 'to'], message: 'is before from' });
      }
    });
  })
  .meta({ id: 'EvaluationRequest' });

export type EvaluationRequest = z.infer<typeof EvaluationRequest>;
export type ServiceLine = z.infer<typeof ServiceLine>;
export type DecisionMaker = z.infer<typeof DecisionMaker>;
