import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { CaseFile, type Case } from './schema.ts';

export interface CaseSet {
  cases: (Case & { file: string })[];
  /** Base requests by name, from fixtures/requests/<name>.json. */
  bases: Record<string, unknown>;
}

function yamlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(path, name));
}

/** Reads case files (or directories of them) and the base requests they extend. A broken file throws, naming it. */
export function readCases(paths: string[], requestsDir: string): CaseSet {
  const cases: CaseSet['cases'] = [];
  for (const file of paths.flatMap(yamlFiles)) {
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    const result = CaseFile.safeParse(raw);
    if (!result.success) {
      throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    for (const c of result.data.cases) cases.push({ ...c, file });
  }
  return { cases, bases: readBases(requestsDir) };
}

/** Base requests by name, from `<requestsDir>/<name>.json`: what cases and training scenarios extend. */
export function readBases(requestsDir: string): Record<string, unknown> {
  const bases: Record<string, unknown> = {};
  for (const name of readdirSync(requestsDir).filter((n) => n.endsWith('.json'))) {
    bases[basename(name, '.json')] = JSON.parse(readFileSync(join(requestsDir, name), 'utf8'));
  }
  return bases;
}
