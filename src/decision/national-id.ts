/**
 * Norwegian national identity numbers (fødselsnummer) and D-numbers, recognised so that a request
 * carrying one can be refused: Hjemmel needs no one's identity to check a decision.
 *
 * Eleven digits DDMMYY IIICC: a birth date, three individual digits and two mod-11 control digits.
 * A D-number adds 4 to the first digit (day + 40); an H-number (assistance number) adds 4 to the
 * third (month + 40); synthetic test numbers add 8 to it (month + 80). All are refused alike.
 */

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function control(digits: readonly number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((total, weight, i) => total + weight * digits[i]!, 0);
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  return k === 10 ? null : k;
}

export type NationalIdKind = 'fødselsnummer' | 'D-number' | 'H-number' | 'synthetic number';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The kind of identity number `eleven` (exactly 11 digits) is, or null if its date or control digits are not valid. */
export function nationalIdKind(eleven: string): NationalIdKind | null {
  if (!/^\d{11}$/.test(eleven)) return null;
  const d = [...eleven].map(Number);
  const k1 = control(d, K1);
  if (k1 === null || k1 !== d[9]) return null;
  const k2 = control(d, K2);
  if (k2 === null || k2 !== d[10]) return null;

  let day = Number(eleven.slice(0, 2));
  let month = Number(eleven.slice(2, 4));
  let kind: NationalIdKind = 'fødselsnummer';
  if (day > 40) {
    day -= 40;
    kind = 'D-number';
  }
  if (month > 80) {
    month -= 80;
    kind = 'synthetic number';
  } else if (month > 40) {
    month -= 40;
    kind = 'H-number';
  }
  // The year's century hides in the individual digits, so 29 February is allowed for every year.
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  return kind;
}

/**
 * The value (0–9) of a Unicode decimal digit. Every script's decimal digits are encoded as one run
 * 0..9 (a Unicode stability guarantee), some runs back to back, so the distance from the start of
 * the run of digits it stands in, modulo 10, is its value.
 */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/**
 * `text` as the guard reads it: compatibility forms folded (NFKC: full-width and circled digits,
 * no-break spaces), format characters (zero-width space, soft hyphen, …) and combining marks
 * dropped, and every decimal digit of any script written as an ASCII digit.
 */
function normalised(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{M}]/gu, '')
    .replace(/\p{Nd}/gu, (digit) => (digit <= '9' ? digit : String(digitValue(digit))));
}

/**
 * The most groups a number is written in (`DD MM YY III CC`). More would let a run of small
 * numbers in running text (dates, hours: `24 – 03.12.24, 7,5 + 2`) pass for one.
 */
const MAX_GROUPS = 5;

/** What may stand between two groups of a number's digits: one to three characters, none a letter or digit (a run of spaces counts as one). */
const SEPARATOR = /^[^\p{L}\p{N}]{1,3}$/u;

/**
 * The kind of the first identity number written anywhere in `text`, or null. The text is
 * normalised first (see normalised), then every run of digits is tried as the start of a number:
 * its 11 digits together (`15038712345`) or in groups of any sizes separated by a few characters
 * that are neither letters nor digits, in at most five groups (`150387 12345`, `15.03.87 123 45`, `150 387 123 45`,
 * `150387-123-45`, tab, no-break space, " – ", "/"). A group is a whole run of digits, so a number
 * is never found inside a longer run, and a letter between groups breaks the number. Only numbers
 * with a real date and both mod-11 control digits count.
 */
export function findNationalId(text: string): NationalIdKind | null {
  const plain = normalised(text);
  // Cheap pre-check: most strings hold fewer than eleven digits in all.
  let digits = 0;
  for (let i = 0; i < plain.length && digits < 11; i++) if (plain.charCodeAt(i) >= 48 && plain.charCodeAt(i) <= 57) digits++;
  if (digits < 11) return null;
  const groups = [...plain.matchAll(/\d+/g)];
  for (let first = 0; first < groups.length; first++) {
    let number = groups[first]![0];
    for (let next = first + 1; number.length < 11 && next < groups.length && next - first < MAX_GROUPS; next++) {
      const previous = groups[next - 1]!;
      const between = plain.slice(previous.index + previous[0].length, groups[next]!.index).replace(/\s+/g, ' ');
      if (!SEPARATOR.test(between)) break;
      number += groups[next]![0];
    }
    const kind = number.length === 11 ? nationalIdKind(number) : null;
    if (kind) return kind;
  }
  return null;
}
