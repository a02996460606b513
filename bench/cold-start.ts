/**
 * Cold start, timed inside a fresh process (bench/run.ts starts one per sample): import the
 * loader, read rules/, then load, validate and prepare every ruleset with the lock checked,
 * as the server does before it listens. With `parse:yaml` or `parse:js-yaml` it only parses
 * the same files with that package, to compare the two YAML parsers cold.
 */
import { fileURLToPath } from 'node:url';
import { readRulesDir } from '../src/rulesets/read-dir.ts';

const mode = process.argv[2] ?? 'load';
const { sources, lock, titles } = readRulesDir(fileURLToPath(new URL('../rules', import.meta.url)));
const t1 = performance.now();
if (mode === 'load') {
  const { loadRulesets } = await import('../src/rulesets/load.ts');
  const t2 = performance.now();
  const registry = loadRulesets(sources, lock ?? {}, titles);
  const t3 = performance.now();
  console.log(JSON.stringify({ versions: registry.versions.length, importMs: t2 - t1, loadMs: t3 - t2 }));
} else {
  const parse =
    mode === 'parse:yaml'
      ? await import('yaml').then((m) => (text: string) => m.parseDocument(text, { uniqueKeys: true, prettyErrors: true }).toJS())
      : await import('js-yaml').then((m) => (text: string) => m.load(text));
  const t2 = performance.now();
  for (const { text } of sources) parse(text);
  console.log(JSON.stringify({ files: sources.length, importMs: t2 - t1, parseMs: performance.now() - t2 }));
}
