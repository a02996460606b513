import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lock, RulesetSource } from './load.ts';
import { TITLES_FILE } from './titles.ts';

/**
 * Every `<id>/<version>.yaml` under `dir`, its lock file and its titles file (the text of
 * `titles.yaml`, when there is one): the Node faces' way to reach the loader.
 */
export function readRulesDir(dir: string): { sources: RulesetSource[]; lock: Lock | undefined; titles: string | undefined } {
  const sources: RulesetSource[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    if (path !== TITLES_FILE) sources.push({ path, text: readFileSync(full, 'utf8') });
  }
  sources.sort((a, b) => a.path.localeCompare(b.path));
  const lockPath = join(dir, 'rules.lock.json');
  const lock = existsSync(lockPath) ? (JSON.parse(readFileSync(lockPath, 'utf8')) as Lock) : undefined;
  const titlesPath = join(dir, TITLES_FILE);
  const titles = existsSync(titlesPath) ? readFileSync(titlesPath, 'utf8') : undefined;
  return { sources, lock, titles };
}
