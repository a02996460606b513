/**
 * Identity numbers for the personal-data tests (test/api/pii-guard.test.ts, test/worker/pii-guard.test.ts),
 * the only files that use any. None is written out: each is computed from a date and individual
 * digits with its mod-11 control digits, so no real-looking number sits in the repository.
 * No imports, so the workerd tests can use it too.
 */
function controlDigits(nine: string): string | null {
  const d = [...nine].map(Number);
  const k = (weights: number[], digits: number[]) => {
    const r = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11);
    return r === 11 ? 0 : r === 10 ? null : r;
  };
  const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
  if (k1 === null) return null;
  const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
  return k2 === null ? null : `${k1}${k2}`;
}

/** A valid number for the birth date `ddmmyy` (day + 40 for a D-number): the first individual digits whose control digits exist. */
export function validNumber(ddmmyy: string): string {
  for (let individual = 100; individual < 1000; individual++) {
    const nine = `${ddmmyy}${individual}`;
    const control = controlDigits(nine);
    if (control) return nine + control;
  }
  throw new Error('no valid number for this date');
}
