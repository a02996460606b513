/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so results never depend on the host's zone. */

const DAY = 86_400_000;

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** Milliseconds since the epoch for `iso` + `months` calendar months, the day clamped to the month's end. */
function addMonths(iso: string, months: number): number {
  const [y, m, d] = parts(iso);
  const first = Date.UTC(y, m - 1 + months, 1);
  const date = new Date(first);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return first + (Math.min(d, lastDay) - 1) * DAY;
}

/**
 * How many calendar months lie between `from` and `to`, as a decimal:
 * whole months (a month runs to the same date next month, or that month's last day),
 * plus the fraction of the following month. Exactly one month is 1; one day more is just above 1.
 */
export function monthsBetween(from: string, to: string): number {
  const end = Date.parse(`${to}T00:00:00Z`);
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let whole = (ty - fy) * 12 + (tm - fm);
  while (whole > 0 && addMonths(from, whole) > end) whole--;
  if (whole <= 0 && end < Date.parse(`${from}T00:00:00Z`)) return -1;
  const anchor = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  return Math.round((whole + (end - anchor) / (next - anchor)) * 10_000) / 10_000;
}
