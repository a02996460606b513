/** One run of words in a changed text: kept, or only on this side. */
export interface WordRun {
  text: string;
  changed: boolean;
}

const words = (text: string) => text.split(/(\s+)/).filter((w) => w !== '');

/**
 * `text` cut into runs against `other`, the same field on the other side of a diff: the words both
 * share (their longest common subsequence, whitespace included) are kept, the rest are changed.
 * Seen from the old side the changed runs were removed; from the new side, added.
 */
export function wordRuns(text: string, other: string): WordRun[] {
  const a = words(text);
  const b = words(other);
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  }
  const runs: WordRun[] = [];
  const push = (word: string, changed: boolean) => {
    const last = runs.at(-1);
    if (last && last.changed === changed) last.text += word;
    else runs.push({ text: word, changed });
  };
  let i = 0;
  let j = 0;
  while (i < a.length) {
    if (j < b.length && a[i] === b[j]) {
      push(a[i]!, false);
      i++;
      j++;
    } else if (j < b.length && lengths[i]![j + 1]! >= lengths[i + 1]![j]!) j++;
    else push(a[i++]!, true);
  }
  return runs;
}
