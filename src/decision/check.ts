import { fieldErrors, type FieldError } from '../api/problem.ts';
import { evaluate, type EvaluationOutcome } from '../engine/evaluate.ts';
import type { PreparedRuleset, Selection } from '../rulesets/prepared.ts';
import { select, type Registry, type SelectionRefusal } from '../rulesets/registry.ts';
import { EvaluationRequest } from './schema.ts';

/** Why a request was not evaluated; the HTTP layer answers each as its own problem type (src/api/problem.ts). */
export type Refusal =
  | SelectionRefusal
  | Extract<EvaluationOutcome, { ok: false }>['cause']
  | 'invalid-request'
  | 'personal-data'
  | 'body-too-complex'
  | 'draft-needs-legal';

export type Checked =
  | { ok: true; request: EvaluationRequest; selection: Selection; outcome: Extract<EvaluationOutcome, { ok: true }> }
  | { ok: false; status: number; cause: Refusal; detail: string; errors: FieldError[] };

/** Select and evaluate a validated request: the service's path, for the faces that are not HTTP (CLI, cases, impact). */
export function checkParsed(request: EvaluationRequest, registry: Registry): Checked {
  const chosen = select(registry, request);
  if (!chosen.ok) return chosen;
  const outcome = evaluate(request, chosen.selection);
  if (!outcome.ok) return { ok: false, status: 422, cause: outcome.cause, detail: outcome.detail, errors: outcome.errors };
  return { ok: true, request, selection: chosen.selection, outcome };
}

/** Validate plain JSON as a request, then select and evaluate; a refusal names the fields, as the HTTP 422 does. */
export function checkRequest(raw: unknown, registry: Registry): Checked {
  const parsed = EvaluationRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 422, cause: 'invalid-request', detail: 'The request is well-formed but not valid.', errors: fieldErrors(parsed.error.issues) };
  return checkParsed(parsed.data, registry);
}

/** How a response names a ruleset version that took part (`rulesets[]` of contract v1). */
export function rulesetRef({ file, digest }: PreparedRuleset) {
  return { id: file.id, version: file.version, validFrom: file.validFrom ?? null, digest, status: file.status, layer: file.layer };
}
