import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateCorpus } from '../src/corpus/generate.ts';
import { root } from './machine.ts';

/**
 * `hjemmel impact` over a generated JSONL corpus, end to end in a fresh process as legal staff
 * run it (tsx start-up, load, stream, validate, evaluate under both versions, report). The
 * process samples its own memory (bench/impact-process.ts), so a corpus that grew the heap
 * would show.
 */
export interface ImpactRun {
  cases: number;
  from: string;
  to: string;
  /** Wall time of the whole process, start-up included. */
  seconds: number;
  /** Generating the JSONL file, not part of `seconds`. */
  generateSeconds: number;
  corpusMiB: number;
  peakRssMiB: number;
  /** Heap used after each quarter of the corpus (MiB), from the process itself. */
  heapMiB: number[];
  /** From the first case evaluated to the last: the impact itself, without process start and load. */
  streamSeconds: number;
  /** From process start to the first case: tsx, imports, loading every ruleset. */
  startSeconds: number;
  summary: { cases: number; invalid: number; unchanged: number; verdictChanged: number; findingsChanged: number };
}

async function writeCorpus(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let chunk = '';
  for (const request of generateCorpus({ count, seed: 1 })) {
    chunk += `${JSON.stringify(request)}\n`;
    if (chunk.length > 1 << 20) {
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  bytes += chunk.length;
  out.end(chunk);
  await once(out, 'finish');
  return bytes;
}

export async function impactBench(count: number, from: string, to: string): Promise<ImpactRun> {
  const work = mkdtempSync(join(tmpdir(), 'hjemmel-impact-'));
  try {
    const corpus = join(work, 'corpus.jsonl');
    const memory = join(work, 'memory.json');
    let t = performance.now();
    const bytes = await writeCorpus(corpus, count);
    const generateSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const child = spawn(
      process.execPath,
      [join(root, 'bench/impact-process.js'), 'impact', '--from', from, '--to', to, '--cases', corpus, '--format', 'json', '--rules', join(root, 'rules')],
      { cwd: work, env: { ...process.env, HJEMMEL_BENCH_MEMORY: memory, HJEMMEL_BENCH_CASES: String(count) }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const [code] = (await once(child, 'exit')) as [number];
    const seconds = (performance.now() - t) / 1000;
    if (code !== 0) throw new Error(`impact exited ${code}`);
    const { summary } = JSON.parse(stdout);
    const mem = JSON.parse(readFileSync(memory, 'utf8')) as Pick<ImpactRun, 'peakRssMiB' | 'heapMiB' | 'streamSeconds' | 'startSeconds'>;
    return { cases: count, from, to, seconds, generateSeconds, corpusMiB: bytes / 2 ** 20, ...mem, summary };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
