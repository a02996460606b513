import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Writes a generated module only when its text changed, so watchers (wrangler dev, vitest) do not rebuild for nothing. */
export function writeIfChanged(outFile: string, text: string): void {
  let current: string | undefined;
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
}

/** How a module written to `outFile` imports `target` (a relative specifier). */
export function moduleImport(outFile: string, target: string): string {
  const path = relative(dirname(outFile), target).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
