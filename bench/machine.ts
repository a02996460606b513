import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadRulesets } from '../src/rulesets/load.ts';
import { readRulesDir } from '../src/rulesets/read-dir.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The bundled rulesets, loaded as the server loads them. */
export function bundledRegistry() {
  const { sources, lock, titles } = readRulesDir(`${root}rules`);
  return loadRulesets(sources, lock ?? {}, titles);
}

/** What the numbers were measured on; load average included, since other work on the machine skews them. */
export function machine(): string {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `${availableParallelism()} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, load average at start ${load}`;
}
