import type { Context } from 'hono';
import { evaluationContent, type AnsweredEvaluation } from '../record/entry.ts';
import type { AppEnv } from './env.ts';
import { describeFault } from './log.ts';
import { problemBody, type ProblemBody } from './problem.ts';
import { routePath } from 'hono/route';

/**
 * Writes an answered evaluation to the decision record before it is sent (group commit). Undefined
 * when it is recorded, or when this deployment runs without a record (HJEMMEL_RECORD=off); else the
 * 503 problem to answer instead: never a verdict without its record.
 */
export async function recordAnswered(c: Context<AppEnv>, answered: AnsweredEvaluation): Promise<ProblemBody | undefined> {
  const record = c.get('deps').record;
  if (!record) return undefined;
  try {
    await record.recordEvaluation(evaluationContent(answered));
    return undefined;
  } catch (error) {
    c.get('log')({ event: 'fault', requestId: c.get('requestId'), traceId: c.get('trace').traceId, method: c.req.method, route: routePath(c, -1), ...describeFault(error) });
    return problemBody('record-unavailable', 'The evaluation could not be written to the decision record, so no verdict is given. Try again shortly.');
  }
}
