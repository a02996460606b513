import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Lock, RulesetSource } from './load.ts';
import { TITLES_FILE } from './titles.ts';

/** A rules directory that cannot be read at all: missing, not a directory, or a lock file that is not a lock. The message names the path. */
export class RulesDirError extends Error {}

/** rules.lock.json: an object of `id@version` → digest strings, or a RulesDirError naming the file. */
function readLock(path: string): Lock {
  let lock: unknown;
  try {
    lock = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RulesDirError(`${path} is not valid JSON (${(error as Error).message})`);
  }
  if (lock === null || typeof lock !== 'object' || Array.isArray(lock) || !Object.values(lock).every((digest) => typeof digest === 'string')) {
    throw new RulesDirError(`${path} is not an object of "id@version": "sha256-…" entries`);
  }
  return lock as Lock;
}

/**
 * Every `<id>/<version>.yaml` under `dir`, its lock file and its titles file (the text of
 * `titles.yaml`, when there is one): the Node faces' way to reach the loader.
 */
export function readRulesDir(dir: string): { sources: RulesetSource[]; lock: Lock | undefined; titles: string | undefined } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RulesDirError(`${dir} is not a directory`);
  const sources: RulesetSource[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    if (path !== TITLES_FILE) sources.push({ path, text: readFileSync(full, 'utf8') });
  }
  sources.sort((a, b) => a.path.localeCompare(b.path));
  const lockPath = join(dir, 'rules.lock.json');
  const lock = existsSync(lockPath) ? readLock(lockPath) : undefined;
  const titlesPath = join(dir, TITLES_FILE);
  const titles = existsSync(titlesPath) ? readFileSync(titlesPath, 'utf8') : undefined;
  return { sources, lock, titles };
}
