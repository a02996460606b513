// `hjemmel` exactly as bin/hjemmel.js runs it, plus a memory sampler for bench/impact.ts:
// peak RSS, heap used each time another quarter of the corpus has been evaluated, and the time
// from the first case to the last (the streaming impact itself, without start-up and load).
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const cases = Number(process.env.HJEMMEL_BENCH_CASES);
const heapMiB = [];
let peakRss = 0;
const mib = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;
const { Impact } = await import('../src/impact/compare.ts');
// Count cases as the impact run adds them, without changing what it does.
const add = Impact.prototype.add;
let seen = 0;
let first = 0;
let last = 0;
Impact.prototype.add = function (...args) {
  if (seen === 0) first = performance.now();
  add.apply(this, args);
  last = performance.now();
  if (++seen % Math.max(1, Math.floor(cases / 4)) === 0) heapMiB.push(mib(process.memoryUsage().heapUsed));
};
const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50).unref();
const { runProcess } = await import('../src/cli/main.ts');
process.on('exit', () => {
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  writeFileSync(process.env.HJEMMEL_BENCH_MEMORY, JSON.stringify({ peakRssMiB: mib(peakRss), heapMiB, streamSeconds: (last - first) / 1000, startSeconds: first / 1000 }));
});
await runProcess();
