import { z } from 'zod';

/**
 * A training scenario, as trainers write it in `fixtures/training/<id>.yaml`.
 * It holds no answer key: whether the decision can be signed, which rules apply and which
 * changes fix it all come from the engine when the learner answers. `focus` and `silent` only
 * state the teaching point, and the scenario test checks them against the engine.
 */

/** Text in bokmål, optionally also in nynorsk and English. */
export const TrainingText = z.strictObject({ nb: z.string().min(1), nn: z.string().min(1).optional(), en: z.string().min(1).optional() });
export type TrainingText = z.infer<typeof TrainingText>;

const ruleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/, 'must be a rule id such as bpa.right-from-32-hours');

/** Only what the team drafts may change; the person's situation (applicant, assessment) is given. */
const changeable = z.strictObject({ decision: z.record(z.string(), z.unknown()).optional(), procedure: z.record(z.string(), z.unknown()).optional() });
const changeablePath = z.string().regex(/^(decision|procedure)\.[A-Za-z0-9.]+$/, 'only decision.* or procedure.* may be removed');

/** One answer to "What must change?": a change to the proposed decision, applied like a case's `with`/`without`. */
export const ChangeOption = z
  .strictObject({ label: TrainingText, with: changeable.optional(), without: z.array(changeablePath).optional() })
  .refine((o) => o.with !== undefined || o.without !== undefined, { message: 'a change needs `with` or `without`' });
export type ChangeOption = z.infer<typeof ChangeOption>;

export const Scenario = z
  .strictObject({
    title: TrainingText,
    /** The case in plain language, as a colleague would tell it. */
    story: TrainingText,
    /** For trainers: what the scenario teaches. */
    teaches: TrainingText,
    /** Rules the scenario is about: they must fire. */
    focus: z.array(ruleId).default([]),
    /** Rules the scenario shows staying silent (an exception, a limit): they must not appear. */
    silent: z.array(ruleId).default([]),
    request: z.record(z.string(), z.unknown()).optional(),
    extends: z.string().regex(/^[a-z0-9-]+$/).optional(),
    with: z.record(z.string(), z.unknown()).optional(),
    without: z.array(z.string()).optional(),
    /** Options for "What must change?"; without them the question is not asked. */
    changes: z.array(ChangeOption).min(2).optional(),
  })
  .refine((s) => (s.request === undefined) !== (s.extends === undefined), { message: 'give either request or extends' })
  .refine((s) => s.focus.length > 0 || s.silent.length > 0, { message: 'name the rules the scenario teaches in focus or silent' });
export type ScenarioFile = z.infer<typeof Scenario>;
