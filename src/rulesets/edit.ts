import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

/**
 * Edits a ruleset file the way a careful person would: only the lines that change. The yaml
 * library's Document API finds the nodes and their source ranges; the edits are spliced into the
 * original text, so comments, key order, flow maps and folded text stay exactly as legal staff
 * wrote them (re-serialising the document would refold every long line). Each result is parsed
 * again and checked before it is returned. Pure: text in, text out.
 */

/** The changelog line `hjemmel draft` leaves for the author; `hjemmel publish` refuses while it is there. */
export const CHANGELOG_TODO = 'TODO: describe the change';

interface Splice {
  at: number;
  end: number;
  text: string;
}

function top(text: string) {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(doc.errors[0]!.message);
  if (!isMap(doc.contents)) throw new Error('a ruleset file is a mapping');
  const map = doc.contents as YAMLMap<Node, Node>;
  const pair = (key: string) => map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node> | undefined;
  return { doc, pair };
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
function lineEnd(text: string, at: number) {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end + 1;
}

function apply(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.at - a.at)) out = out.slice(0, s.at) + s.text + out.slice(s.end);
  return out;
}

/** Replaces a top-level key's value, keeping everything around it. */
function setValue(pair: Pair<Node, Node> | undefined, key: string, value: string): Splice {
  const range = pair?.value?.range;
  if (!range) throw new Error(`no ${key} in the file`);
  return { at: range[0], end: range[1], text: value };
}

/** Removes a top-level key's whole line(s). */
function removeLine(text: string, pair: Pair<Node, Node> | undefined): Splice[] {
  if (!pair) return [];
  const start = (pair.key as Node).range![0];
  const end = pair.value?.range?.[1] ?? (pair.key as Node).range![1];
  return [{ at: lineStart(text, start), end: lineEnd(text, end - 1), text: '' }];
}

function check(text: string, expect: (value: Record<string, any>) => boolean): string {
  const doc = parseDocument(text);
  if (doc.errors.length || !expect(doc.toJS() as Record<string, any>)) throw new Error('the edited file does not read back as intended; edit it by hand');
  return text;
}

/** A new draft from an existing version: new version, status draft, no dates, a changelog entry to fill in. */
export function draftText(text: string, version: string, date: string): string {
  const { pair } = top(text);
  const changelog = pair('changelog')?.value;
  if (!isSeq(changelog) || changelog.flow || changelog.items.length === 0) throw new Error('changelog must be a block list with at least one entry');
  const last = changelog.items.at(-1) as Node;
  const indent = ' '.repeat(last.range![0] - lineStart(text, last.range![0]) - 2);
  // After the line the last entry ends on (its range may or may not take in the line break).
  const at = lineEnd(text, last.range![1] - 1);
  const entry = [`- version: ${version}`, `  date: "${date}"`, '  changes:', `    - "${CHANGELOG_TODO}"`].map((line) => `${indent}${line}\n`).join('');
  const out = apply(text, [
    setValue(pair('version'), 'version', version),
    setValue(pair('status'), 'status', 'draft'),
    ...removeLine(text, pair('validFrom')),
    ...removeLine(text, pair('validTo')),
    { at, end: at, text: text.endsWith('\n') || at < text.length ? entry : `\n${entry}` },
  ]);
  return check(out, (v) => v.version === version && v.status === 'draft' && !('validFrom' in v) && !('validTo' in v) && v.changelog.at(-1)?.version === version);
}

/** The changes a version's changelog entry lists (empty when there is none). */
export function changesOf(text: string, version: string): string[] {
  const changelog = parseDocument(text).toJS()?.changelog as { version: string; changes: string[] }[] | undefined;
  return changelog?.find((entry) => entry.version === version)?.changes ?? [];
}

/** The same file published: status published, in force from `validFrom`. */
export function publishText(text: string, validFrom: string): string {
  const { pair } = top(text);
  const status = pair('status');
  const dated = pair('validFrom');
  const splices = [setValue(status, 'status', 'published')];
  if (dated) splices.push(setValue(dated, 'validFrom', `"${validFrom}"`));
  else {
    // Where the published files have it: on the line before status.
    const at = lineStart(text, (status!.key as Node).range![0]);
    splices.push({ at, end: at, text: `validFrom: "${validFrom}"\n` });
  }
  return check(apply(text, splices), (v) => v.status === 'published' && v.validFrom === validFrom);
}
