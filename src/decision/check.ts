import { fieldErrors, type FieldError } from '../api/problem.ts';
import { evaluate, type EvaluationOutcome } from '../engine/evaluate.ts';
import type { Selection } from '../rulesets/prepared.ts';
import { select, type Registry } from '../rulesets/registry.ts';
import { EvaluationRequest } from './schema.ts';

export type Checked =
  | { ok: true; request: EvaluationRequest; selection: Selection; outcome: Extract<EvaluationOutcome, { ok: true }> }
  | { ok: false; status: number; errors: FieldError[] };

/** A request as plain JSON through the service's one path: validate, select versions, evaluate. For the pages. */
export function checkRequest(registry: Registry, json: unknown): Checked {
  const parsed = EvaluationRequest.safeParse(json);
  if (!parsed.success) return { ok: false, status: 422, errors: fieldErrors(parsed.error.issues) };
  const chosen = select(registry, parsed.data);
  if (!chosen.ok) return { ok: false, status: chosen.status, errors: chosen.errors };
  const outcome = evaluate(parsed.data, chosen.selection);
  if (!outcome.ok) return { ok: false, status: 422, errors: outcome.errors };
  return { ok: true, request: parsed.data, selection: chosen.selection, outcome };
}
