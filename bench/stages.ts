import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { Bench } from 'tinybench';
import { inspectBody } from '../src/api/input-guard.ts';
import { rulesetRef } from '../src/decision/check.ts';
import { EvaluationRequest } from '../src/decision/schema.ts';
import { evaluate } from '../src/engine/evaluate.ts';
import { withFixes } from '../src/engine/fixes.ts';
import { generateReceiptKey, loadReceiptKeys } from '../src/receipts/keys.ts';
import { withNodeSigner } from '../src/receipts/node-signer.ts';
import { signReceipt } from '../src/receipts/receipt.ts';
import { digestOf } from '../src/rulesets/digest.ts';
import { select, type Registry } from '../src/rulesets/registry.ts';

/**
 * What one POST /v1/evaluations costs, stage by stage, timed in-process over the same bodies as the
 * HTTP runs: the work the service does on top of the transport floor's parse and validate. The
 * HTTP, framework and kernel costs are what remains of the server's CPU time per request.
 */
export interface StageCost {
  stage: string;
  meanUs: number;
  /** Whether the floor server (b) does this stage too. */
  inFloor: boolean;
}

export async function stageCosts(registry: Registry, bodies: readonly string[]): Promise<StageCost[]> {
  const raw = bodies.map((text) => JSON.parse(text) as unknown);
  const requests = raw.map((body) => EvaluationRequest.parse(body));
  const jwk = await generateReceiptKey();
  const keys = withNodeSigner(await loadReceiptKeys(jwk), jwk);
  const log = pino({ base: { service: 'hjemmel' } }, pino.destination({ dest: '/dev/null', sync: true }));
  const evaluated = requests.map((request) => {
    const chosen = select(registry, request);
    if (!chosen.ok) throw new Error('bench body not selectable');
    const outcome = evaluate(request, chosen.selection);
    if (!outcome.ok) throw new Error('bench body refused');
    return { request, selection: chosen.selection, rulesets: chosen.selection.rulesets.map(rulesetRef), outcome, findings: withFixes(request, chosen.selection, outcome) };
  });

  let i = 0;
  const next = () => (i = (i + 1) % bodies.length);
  const stages: [string, boolean, () => unknown][] = [
    ['parse the JSON body', true, () => JSON.parse(bodies[next()]!)],
    ['input guard (shape limits, personal data)', false, () => inspectBody(raw[next()])],
    ['validate (zod, synchronous)', true, () => EvaluationRequest.safeParse(raw[next()])],
    ['select rulesets + evaluate (findings, wording)', false, () => {
      const request = requests[next()]!;
      const chosen = select(registry, request);
      return chosen.ok && evaluate(request, chosen.selection);
    }],
    ['suggested fixes (search, then evaluate each change again)', false, () => {
      const { request, selection, outcome } = evaluated[next()]!;
      return withFixes(request, selection, outcome);
    }],
    ['request digest (RFC 8785 + sha256)', false, () => digestOf(raw[next()])],
    ['sign the receipt (Ed25519 compact JWS)', false, () => {
      const { rulesets, outcome } = evaluated[next()]!;
      return signReceipt(keys, {
        evaluationId: `ev_${randomUUID()}`,
        evaluatedAt: new Date().toISOString(),
        requestDigest: `sha256-${'0'.repeat(64)}`,
        rulesets: rulesets.map(({ id, version, digest }) => ({ id, version, digest })),
        verdict: outcome.verdict,
        findings: outcome.findings.map((f) => f.rule),
      });
    }],
    ['decision log line (pino, synchronous write)', false, () => {
      const { rulesets, outcome } = evaluated[next()]!;
      log.info({ event: 'evaluation', evaluationId: randomUUID(), verdict: outcome.verdict, rulesets: rulesets.map((r) => `${r.id}@${r.version}`), findings: outcome.findings.map((f) => f.rule) });
    }],
    ['serialise the response (JSON)', false, () => {
      const { rulesets, outcome, findings } = evaluated[next()]!;
      return JSON.stringify({ evaluationId: 'ev', evaluatedAt: '', verdict: outcome.verdict, language: outcome.language, rulesets, findings, wording: outcome.wording, receipt: '' });
    }],
  ];
  const bench = new Bench({ time: 500, warmupTime: 200 });
  for (const [name, , run] of stages) bench.add(name, run);
  await bench.run();
  return stages.map(([stage, inFloor], k) => ({ stage, inFloor, meanUs: (bench.tasks[k]!.result as unknown as { period: number }).period * 1000 }));
}
