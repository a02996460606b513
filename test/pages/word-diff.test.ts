import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordRuns } from '../../src/pages/word-diff.ts';

describe('word-level diff', () => {
  it('marks the words only one side has', () => {
    const before = 'Klagefristen er tre uker fra vedtaket.';
    const after = 'Klagefristen er fire uker fra du fikk vite om vedtaket.';
    expect(wordRuns(before, after).filter((r) => r.changed).map((r) => r.text.trim())).toEqual(['tre']);
    expect(wordRuns(after, before).filter((r) => r.changed).map((r) => r.text.trim())).toEqual(['fire', 'du fikk vite om']);
  });

  it('always gives back the whole text, and marks nothing when the two are the same', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(wordRuns(a, b).map((r) => r.text).join('')).toBe(a);
        expect(wordRuns(a, a).some((r) => r.changed)).toBe(false);
      }),
    );
  });
});
