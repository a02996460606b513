/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) as whole day numbers: no Date objects,
 * so no host time zone can leak in, and no allocation on the evaluation path.
 */

function digits(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + iso.charCodeAt(i) - 48;
  return n;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). */
function dayNumber(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The day number of (y, m, d) + `months` calendar months, the day clamped to the month's end. */
function addMonths(y: number, m: number, d: number, months: number): number {
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayNumber(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * How many calendar months lie between `from` and `to`, as a decimal:
 * whole months (a month runs to the same date next month, or that month's last day),
 * plus the fraction of the following month. Exactly one month is 1; one day more is just above 1.
 */
export function monthsBetween(from: string, to: string): number {
  const fy = digits(from, 0, 4), fm = digits(from, 5, 7), fd = digits(from, 8, 10);
  const ty = digits(to, 0, 4), tm = digits(to, 5, 7), td = digits(to, 8, 10);
  const end = dayNumber(ty, tm, td);
  let whole = (ty - fy) * 12 + (tm - fm);
  while (whole > 0 && addMonths(fy, fm, fd, whole) > end) whole--;
  if (whole <= 0 && end < dayNumber(fy, fm, fd)) return -1;
  const anchor = addMonths(fy, fm, fd, whole);
  const next = addMonths(fy, fm, fd, whole + 1);
  return Math.round((whole + (end - anchor) / (next - anchor)) * 10_000) / 10_000;
}

/** Whether a YYYY-MM-DD string names a real day of the proleptic Gregorian calendar (no 2026-02-30). */
export function isCalendarDate(iso: string): boolean {
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(digits(iso, 0, 4), m);
}
