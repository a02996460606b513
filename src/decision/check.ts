import { evaluate, type EvaluationOutcome } from '../engine/evaluate.ts';
import type { PreparedRuleset, Selection } from '../rulesets/prepared.ts';
import { inForce, select, type Registry, type SelectionRefusal } from '../rulesets/registry.ts';
import { mayUseAnyVersion, type Role } from './access.ts';
import { fieldErrors, type FieldError } from './field-errors.ts';
import { EvaluationRequest } from './schema.ts';

/** Why a request was not evaluated; the HTTP layer answers each as its own problem type (src/api/problem.ts). */
export type Refusal = SelectionRefusal | Extract<EvaluationOutcome, { ok: false }>['cause'] | 'invalid-request' | 'pin-needs-legal';

/** A pinned version that is not the one in force on the decision date: a what-if, for the legal role only. */
export interface OffForcePin {
  id: string;
  /** The version the request pins. */
  pinned: PreparedRuleset;
  /** The version in force on decisionDate, if any. */
  inForce: PreparedRuleset | undefined;
}

export type Checked =
  | {
      ok: true;
      request: EvaluationRequest;
      selection: Selection;
      outcome: Extract<EvaluationOutcome, { ok: true }>;
      /** The pins that replaced the version in force (empty unless the caller may, and did). */
      whatIf: readonly OffForcePin[];
    }
  | {
      ok: false;
      status: number;
      cause: Refusal;
      detail: string;
      errors: FieldError[];
      /** For a 403: the pins the role may not make, so a face can say why in its own language. */
      denied?: readonly OffForcePin[];
    };

export interface CheckOptions {
  /** Who asks. The CLI, the cases runner and impact are the legal staff's tools, and say so. */
  role: Role | undefined;
}

const NONE: readonly OffForcePin[] = Object.freeze([]);

/** The pinned versions of the selection that are not the ones in force on the decision date. */
function offForcePins(registry: Registry, request: EvaluationRequest, selection: Selection): readonly OffForcePin[] {
  const pin = request.pin;
  if (!pin) return NONE;
  const found: OffForcePin[] = [];
  for (const version of selection.rulesets) {
    const id = version.file.id;
    if (pin[id] === undefined) continue;
    const current = inForce(registry.versionsOf(id), request.decisionDate);
    if (current !== version) found.push({ id, pinned: version, inForce: current });
  }
  return found;
}

const pinReason = ({ id, pinned, inForce }: OffForcePin, date: string) =>
  `${id} ${pinned.file.version}${pinned.file.status === 'draft' ? ' (a draft)' : ''}: ` +
  (inForce ? `the version in force on ${date} is ${inForce.file.version}` : `no version of ${id} is in force on ${date}`);

/**
 * The one check path of every face (API, pages, CLI, cases, impact, training): selects the
 * versions (pinned or in force), refuses a pin the role may not make (403: anything but the
 * version in force, drafts included, needs the legal role), then evaluates.
 */
export function check(request: EvaluationRequest, registry: Registry, { role }: CheckOptions): Checked {
  const chosen = select(registry, request);
  if (!chosen.ok) return chosen;
  const whatIf = offForcePins(registry, request, chosen.selection);
  if (whatIf.length > 0 && !mayUseAnyVersion(role)) {
    return {
      ok: false,
      status: 403,
      cause: 'pin-needs-legal',
      detail: `Pinning a version other than the one in force on decisionDate needs the legal role: ${whatIf.map((p) => pinReason(p, request.decisionDate)).join('; ')}.`,
      errors: whatIf.map((p) => ({ path: `pin.${p.id}`, message: pinReason(p, request.decisionDate) })),
      denied: whatIf,
    };
  }
  const outcome = evaluate(request, chosen.selection);
  if (!outcome.ok) return { ok: false, status: 422, cause: outcome.cause, detail: outcome.detail, errors: outcome.errors };
  return { ok: true, request, selection: chosen.selection, outcome, whatIf };
}

/** Validates plain JSON as a request, then check(); a refusal names the fields, as the HTTP 422 does. */
export function checkRequest(raw: unknown, registry: Registry, options: CheckOptions): Checked {
  const parsed = EvaluationRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 422, cause: 'invalid-request', detail: 'The request is well-formed but not valid.', errors: fieldErrors(parsed.error.issues) };
  return check(parsed.data, registry, options);
}

/** How a response names a ruleset version that took part (`rulesets[]` of contract v1). */
export function rulesetRef({ file, digest }: PreparedRuleset) {
  return { id: file.id, version: file.version, validFrom: file.validFrom ?? null, digest, status: file.status, layer: file.layer };
}

/** `rulesets[]` of an evaluation: each version that took part, a what-if pin marked `pinned` (contract 1.1). */
export function evaluatedRulesets(checked: Extract<Checked, { ok: true }>) {
  return checked.selection.rulesets.map((r) => (checked.whatIf.some((p) => p.pinned === r) ? { ...rulesetRef(r), pinned: true as const } : rulesetRef(r)));
}

/**
 * The options of the legal staff's own tools (the CLI, the cases runner, impact) and of content they
 * author (training scenarios): these pin drafts and older versions on purpose.
 */
export const legalStaff: CheckOptions = Object.freeze({ role: 'legal' });
