import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/wording/render.ts';

// formatValue writes small numbers itself instead of calling Intl; it must write exactly what Intl writes.
const intl = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }),
  nn: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

describe('formatValue numbers', () => {
  it('equals Intl.NumberFormat on hundredths, thousandths, negatives, -0 and large numbers', () => {
    const values = [-0, 0.005, 0.125, 0.29, 999.99, 999.995, 1000, 12345.678, -2.5, 1e21, Number.MIN_VALUE];
    for (let k = 0; k <= 110_000; k += 7) values.push(k / 100, k / 1000, -k / 100);
    for (const value of values) {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        const got = formatValue(value, lang);
        if (got !== intl[lang].format(value)) expect(`${value} ${lang}: ${got}`).toBe(`${value} ${lang}: ${intl[lang].format(value)}`);
      }
    }
  });
});
