/**
 * Heap over 1,000,000 evaluations, in a fresh process started with --expose-gc: 10,000 distinct
 * generated requests, validated once, evaluated (select + evaluate) in turn; after every
 * 100,000 the heap is collected and its size recorded. A flat series means nothing is kept.
 */
import { generateCorpus } from '../src/corpus/generate.ts';
import { EvaluationRequest } from '../src/decision/schema.ts';
import { evaluate } from '../src/engine/evaluate.ts';
import { select } from '../src/rulesets/registry.ts';
import { bundledRegistry } from './machine.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const registry = bundledRegistry();
const requests: EvaluationRequest[] = [];
for (const raw of generateCorpus({ count: 10_000, seed: 5 })) {
  const parsed = EvaluationRequest.safeParse(raw);
  if (parsed.success) requests.push(parsed.data);
}
const mib = () => Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 100) / 100;
gc();
const heapMiB = [mib()];
let findings = 0;
const start = performance.now();
for (let i = 1; i <= 1_000_000; i++) {
  const request = requests[i % requests.length]!;
  const chosen = select(registry, request);
  if (chosen.ok) {
    const outcome = evaluate(request, chosen.selection);
    if (outcome.ok) findings += outcome.findings.length;
  }
  if (i % 100_000 === 0) {
    gc();
    heapMiB.push(mib());
  }
}
console.log(JSON.stringify({ evaluations: 1_000_000, seconds: (performance.now() - start) / 1000, findings, heapMiB }));
