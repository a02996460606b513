import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lock, RulesetSource } from './load.ts';

/** Every `<id>/<version>.yaml` under `dir` and its lock file: the Node faces' way to reach the loader. */
export function readRulesDir(dir: string): { sources: RulesetSource[]; lock: Lock | undefined } {
  const sources: RulesetSource[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    sources.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
  }
  sources.sort((a, b) => a.path.localeCompare(b.path));
  const lockPath = join(dir, 'rules.lock.json');
  const lock = existsSync(lockPath) ? (JSON.parse(readFileSync(lockPath, 'utf8')) as Lock) : undefined;
  return { sources, lock };
}
