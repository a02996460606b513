import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, monthsBetween } from '../../src/engine/dates.ts';

/** An independent oracle on Date objects (UTC), the way the rule reads: months to the same date, clamped to month end. */
function oracle(from: string, to: string): number {
  const at = (iso: string, months: number) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const first = new Date(Date.UTC(y, m - 1 + months, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last));
  };
  const end = Date.parse(`${to}T00:00:00Z`);
  if (end < Date.parse(`${from}T00:00:00Z`)) return -1;
  let whole = 0;
  while (at(from, whole + 1) <= end) whole++;
  return Math.round((whole + (end - at(from, whole)) / (at(from, whole + 1) - at(from, whole))) * 10_000) / 10_000;
}

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('monthsBetween', () => {
  it('counts calendar months, the day clamped to the month end', () => {
    expect(monthsBetween('2026-01-15', '2026-02-15')).toBe(1);
    expect(monthsBetween('2026-01-15', '2026-02-16')).toBeGreaterThan(1);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-02-29', '2025-02-28')).toBe(12);
    expect(monthsBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(monthsBetween('2026-03-10', '2026-03-09')).toBe(-1);
  });

  it('agrees with a Date-based oracle on any pair of dates', () => {
    fc.assert(fc.property(day, day, (a, b) => monthsBetween(a, b) === oracle(a, b)), { numRuns: 5000 });
  });
});

describe('isCalendarDate', () => {
  const viaDate = (s: string) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');

  it('accepts real days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-00-10')).toBe(false);
    expect(isCalendarDate('2026-01-00')).toBe(false);
  });

  it('agrees with a Date round trip on any YYYY-MM-DD', () => {
    const text = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(fc.property(text, (s) => isCalendarDate(s) === viaDate(s)), { numRuns: 20000 });
  });
});
