import type { Context } from 'hono';
import { evaluatedRulesets, type Checked } from '../decision/check.ts';
import { signReceipt } from '../receipts/receipt.ts';
import type { ReceiptKeys } from '../receipts/keys.ts';
import { digestOf } from '../rulesets/digest.ts';
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

/** A checked request given its id, time and signed receipt, and recorded; or the problem that refused it. */
export type SignedEvaluation =
  | { ok: true; evaluationId: string; evaluatedAt: string; rulesets: ReturnType<typeof evaluatedRulesets>; receipt: string }
  | { ok: false; problem: ProblemBody };

/**
 * Gives a checked request its evaluation id and time, signs its receipt and writes it to the
 * decision record (recordAnswered): every face that answers a check (the API's single call and
 * batch items, the lab) goes through here. `raw` is the request as sent (before schema defaults),
 * whose digest the receipt holds, so the caller can recompute it from what it holds.
 */
export async function signAndRecord(c: Context<AppEnv>, raw: unknown, checked: Extract<Checked, { ok: true }>, receiptKeys: ReceiptKeys): Promise<SignedEvaluation> {
  const { clock, newId } = c.get('deps');
  const evaluationId = newId();
  const evaluatedAt = clock().toISOString();
  const rulesets = evaluatedRulesets(checked);
  // Signed here, not in evaluate(), which stays pure and synchronous.
  const receipt = await signReceipt(receiptKeys, {
    evaluationId,
    evaluatedAt,
    requestDigest: digestOf(raw),
    rulesets: rulesets.map(({ id, version, digest }) => ({ id, version, digest })),
    verdict: checked.outcome.verdict,
    findings: checked.outcome.findings.map((f) => f.rule),
  });
  // Recorded before it is logged, counted or sent: never a verdict without its record.
  const unrecorded = await recordAnswered(c, { evaluationId, evaluatedAt, checked, receipt });
  if (unrecorded) return { ok: false, problem: unrecorded };
  return { ok: true, evaluationId, evaluatedAt, rulesets, receipt };
}
