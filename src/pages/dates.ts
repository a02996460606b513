/** A date as the pages write it, 24.11.2026; the request's own form (2026-11-24) is taken too. */
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
export const DATE_PATTERN = '\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}';

/** 24.11.2026 → 2026-11-24; any other text is passed on as it is, so validation names the field. */
export function isoDate(text: string): string {
  const match = NORWEGIAN_DATE.exec(text);
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : text;
}

/** 2026-11-24 → 24.11.2026, as every date on the pages is written; anything else as it is. */
export function norwegianDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}
