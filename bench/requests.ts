import { caseRequest } from '../src/cases/run.ts';
import { readCases } from '../src/cases/read.ts';
import { EvaluationRequest } from '../src/decision/schema.ts';
import { evaluate } from '../src/engine/evaluate.ts';
import { select, type Registry } from '../src/rulesets/registry.ts';
import { root } from './machine.ts';

/**
 * The realistic requests every in-process variant is measured on: the fixture cases that
 * the service would evaluate (refusals left out) plus generated ones, each validated once.
 */
export interface BenchRequests {
  /** As sent: plain JSON. */
  bodies: unknown[];
  /** As the engine sees them, after validation. */
  parsed: EvaluationRequest[];
  fixtures: number;
  generated: number;
}

function evaluable(registry: Registry, body: unknown): EvaluationRequest | undefined {
  const parsed = EvaluationRequest.safeParse(body);
  if (!parsed.success) return undefined;
  const chosen = select(registry, parsed.data);
  if (!chosen.ok || !evaluate(parsed.data, chosen.selection).ok) return undefined;
  return parsed.data;
}

export function benchRequests(registry: Registry, generatedBodies: Iterable<unknown>): BenchRequests {
  const { cases, bases } = readCases([`${root}fixtures/cases`], `${root}fixtures/requests`);
  const out: BenchRequests = { bodies: [], parsed: [], fixtures: 0, generated: 0 };
  const add = (body: unknown, kind: 'fixtures' | 'generated') => {
    const parsed = evaluable(registry, body);
    if (!parsed) return;
    out.bodies.push(body);
    out.parsed.push(parsed);
    out[kind]++;
  };
  for (const c of cases) add(caseRequest(c, bases), 'fixtures');
  for (const body of generatedBodies) add(body, 'generated');
  return out;
}
