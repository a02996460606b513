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
 * The kind of the first identity number written anywhere in `text`, or null. Finds the number on its
 * own or in running text, written together or as `DDMMYY IIICC` (space, dot or hyphen between).
 */
export function findNationalId(text: string): NationalIdKind | null {
  // Cheap pre-check: most strings hold no run of six digits at all.
  if (!/\d{6}/.test(text)) return null;
  for (const match of text.matchAll(/(?<!\d)(\d{6})[ .\-]?(\d{5})(?!\d)/g)) {
    const kind = nationalIdKind(match[1]! + match[2]!);
    if (kind) return kind;
  }
  return null;
}
