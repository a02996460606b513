import { generateCorpus, prng } from '../corpus/generate.ts';
import { checkRequest, evaluatedRulesets } from '../decision/check.ts';
import { generateReceiptKey, loadReceiptKeys } from '../receipts/keys.ts';
import { signReceipt } from '../receipts/receipt.ts';
import { digestOf } from '../rulesets/digest.ts';
import type { Registry } from '../rulesets/registry.ts';
import { DeviationReason } from './contract.ts';
import { evaluationContent, type EvaluationContent } from './entry.ts';
import { appendEvaluations, appendOutcome, saveReceiptKeys, type RecordDb } from './store.ts';

/**
 * `npm run demo:records`: a synthetic year in the record, so that /insight is worth looking at on a
 * fresh machine. The requests come from the corpus generator (no personal data), are evaluated by
 * the service's own path and signed with a key made for the run (its public part kept in the
 * record, so `hjemmel verify-record` passes); evaluations are spread over the year before `now`,
 * in time order, and about two in three get an outcome, some departing from a warning.
 */
const YEAR_MS = 365 * 86_400_000;
const BATCH = 250;

export async function seedDemoYear(db: RecordDb, registry: Registry, { count, seed, now }: { count: number; seed: number; now: Date }): Promise<{ evaluations: number; outcomes: number }> {
  const random = prng(seed);
  const keys = await loadReceiptKeys(await generateReceiptKey());
  await saveReceiptKeys(db, keys.jwks.keys);
  const start = now.getTime() - YEAR_MS;
  const times = Array.from({ length: count }, () => start + random() * YEAR_MS).sort((a, b) => a - b);
  const contents: EvaluationContent[] = [];
  let i = 0;
  for (const raw of generateCorpus({ count, seed })) {
    // As a case worker checks them: the versions in force, no pins.
    const checked = checkRequest(raw, registry, { role: 'caseworker' });
    const at = new Date(times[i]!).toISOString();
    const evaluationId = `ev_demo_${seed}_${i++}`;
    if (!checked.ok) continue;
    const { outcome } = checked;
    const receipt = await signReceipt(keys, {
      evaluationId,
      evaluatedAt: at,
      requestDigest: digestOf(raw),
      rulesets: evaluatedRulesets(checked).map(({ id, version, digest }) => ({ id, version, digest })),
      verdict: outcome.verdict,
      findings: outcome.findings.map((f) => f.rule),
    });
    contents.push(evaluationContent({ evaluationId, evaluatedAt: at, checked, receipt }));
  }
  for (let b = 0; b < contents.length; b += BATCH) await appendEvaluations(db, contents.slice(b, b + BATCH));

  let outcomes = 0;
  for (const content of contents) {
    const draw = random();
    if (draw > 0.65) continue;
    const warnings = content.findings.filter((f) => f.outcome === 'fired' && f.severity === 'warning').map((f) => f.rule);
    const kind = content.verdict === 'blocked' ? (draw < 0.5 ? 'revised' : 'abandoned') : draw < 0.55 ? 'signed' : 'revised';
    const departs = kind === 'signed' && warnings.length > 0 && random() < 0.4;
    const deviations = departs ? [{ rule: warnings[0]!, reason: DeviationReason.options[Math.floor(random() * DeviationReason.options.length)]! }] : [];
    const result = await appendOutcome(db, { evaluationId: content.evaluationId, recordedAt: new Date(Math.min(content.evaluatedAt.getTime() + 3 * 86_400_000, now.getTime())), outcome: kind, deviations });
    if (result.status === 'recorded') outcomes += 1;
  }
  return { evaluations: contents.length, outcomes };
}
