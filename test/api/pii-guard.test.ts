import { describe, expect, it } from 'vitest';
import { problemOf } from '../contract.ts';
import { findNationalId, nationalIdKind } from '../../src/decision/national-id.ts';
import { baseRequest, post, testApp } from '../helpers.ts';
import { validNumber } from '../pii-numbers.ts';

const fødselsnummer = validNumber('150387');
const dNumber = validNumber('550387'); // D-number: 15 + 40
/** The same digits with the last control digit wrong: not a valid number. */
const invalid = fødselsnummer.slice(0, 10) + String((Number(fødselsnummer[10]) + 1) % 10);

const app = testApp();

async function refusal(request: unknown) {
  const response = await post(app, '/v1/evaluations', request);
  expect(response.status).toBe(422);
  const text = await response.clone().text();
  expect(text).not.toContain(fødselsnummer);
  expect(text).not.toContain(dNumber);
  return (await problemOf(response)) as Awaited<ReturnType<typeof problemOf>> & { errors: { path: string; message: string }[]; verdict?: unknown };
}

describe('national-id', () => {
  it('recognises valid numbers and their kind, and nothing with a wrong control digit or date', () => {
    expect(fødselsnummer).toMatch(/^\d{11}$/);
    expect(nationalIdKind(fødselsnummer)).toBe('fødselsnummer');
    expect(nationalIdKind(dNumber)).toBe('D-number');
    expect(nationalIdKind(invalid)).toBeNull();
    expect(nationalIdKind(validNumber('154387'))).toBe('H-number'); // month 03 + 40
    expect(nationalIdKind(validNumber('320387'))).toBeNull(); // valid control digits, no such day
  });

  it('finds a number in running text, also written DDMMYY IIICC, but not inside a longer run of digits', () => {
    expect(findNationalId(`Søkjar ${fødselsnummer}, sjå vedlegg`)).toBe('fødselsnummer');
    expect(findNationalId(`nr. ${fødselsnummer.slice(0, 6)} ${fødselsnummer.slice(6)}.`)).toBe('fødselsnummer');
    expect(findNationalId(`ref ${invalid} and 12 hours`)).toBeNull();
    expect(findNationalId(`9${fødselsnummer}9`)).toBeNull();
  });
});

describe('personal-data guard', () => {
  it('422 naming decision.grounds.text for a fødselsnummer in the free text, without echoing it', async () => {
    const request = baseRequest('clear-grant');
    request.decision.grounds.text = `Vedtaket gjeld ${fødselsnummer}. Søknaden er innvilga.`;
    const body = await refusal(request);
    expect(body.errors).toEqual([{ path: 'decision.grounds.text', message: expect.stringMatching(/national identity number/) }]);
    expect(body.verdict).toBeUndefined();
  });

  it('422 for a D-number anywhere, e.g. a decision maker’s role', async () => {
    const request = baseRequest('clear-grant');
    request.procedure.decisionMakers[0].role = `nurse ${dNumber}`;
    expect((await refusal(request)).errors.map((e) => e.path)).toEqual(['procedure.decisionMakers.0.role']);
  });

  it('422 for a number spaced DDMMYY IIICC, for one sent as a JSON number, and for one in a field name', async () => {
    const spaced = baseRequest('clear-grant');
    spaced.decision.grounds.text = `${dNumber.slice(0, 6)} ${dNumber.slice(6)}`;
    expect((await refusal(spaced)).errors[0]!.path).toBe('decision.grounds.text');
    const asNumber = baseRequest('clear-grant');
    asNumber.applicant.age = Number(fødselsnummer);
    expect((await refusal(asNumber)).errors[0]!.path).toBe('applicant.age');
    const asKey = { ...baseRequest('clear-grant'), pin: { [fødselsnummer]: '1.0.0' } };
    expect((await refusal(asKey)).errors).toEqual([{ path: 'pin', message: expect.stringMatching(/^a field name/) }]);
  });

  it('names every place that holds one', async () => {
    const request = baseRequest('clear-grant');
    request.decision.grounds.text = fødselsnummer;
    request.procedure.decisionMakers[0].role = dNumber;
    expect((await refusal(request)).errors.map((e) => e.path).sort()).toEqual(['decision.grounds.text', 'procedure.decisionMakers.0.role']);
  });

  it('accepts an 11-digit number that is not a valid identity number', async () => {
    const request = baseRequest('clear-grant');
    request.decision.grounds.text = `Saksnummer ${invalid}.`;
    const response = await post(app, '/v1/evaluations', request);
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).verdict).toBe('clear');
  });

  it('guards every /v1 body, not only evaluations', async () => {
    const response = await post(app, '/v1/receipts/verify', { receipt: 'x', request: { note: fødselsnummer } });
    expect(response.status).toBe(422);
    expect(((await response.json()) as any).errors[0].path).toBe('request.note');
  });
});

describe('the personal-data guard sees through the ways a number is written', () => {
  const synthetic = validNumber('158387'); // a synthetic test number: month 03 + 80
  const [d, m, y, i, c] = [synthetic.slice(0, 2), synthetic.slice(2, 4), synthetic.slice(4, 6), synthetic.slice(6, 9), synthetic.slice(9)];
  const six = d + m + y;
  const five = i + c;
  /** Each digit as the digit of another script: the code point of its zero plus its value. */
  const inScript = (zero: number) => [...synthetic].map((digit) => String.fromCodePoint(zero + Number(digit))).join('');
  const variants: [string, string][] = [
    ['a no-break space (U+00A0, as Word pastes it)', `${six}\u00a0${five}`],
    ['a narrow no-break space (U+202F)', `${six}\u202f${five}`],
    ['a tab', `${six}\t${five}`],
    ['a newline', `${six}\n${five}`],
    ['two spaces', `${six}  ${five}`],
    ['" - "', `${six} - ${five}`],
    ['"/"', `${six}/${five}`],
    ['"_"', `${six}_${five}`],
    ['an en dash', `${six}–${five}`],
    ['an en dash between spaces', `${six} – ${five}`],
    ['dots in the date: DD.MM.YY IIICC', `${d}.${m}.${y} ${five}`],
    ['DD MM YY III CC', `${d} ${m} ${y} ${i} ${c}`],
    ['groups of 3-3-3-2', `${synthetic.slice(0, 3)} ${synthetic.slice(3, 6)} ${synthetic.slice(6, 9)} ${synthetic.slice(9)}`],
    ['groups of 6-3-2', `${six} ${i} ${c}`],
    ['a zero-width space inside', `${six.slice(0, 3)}\u200b${six.slice(3)}${five}`],
    ['a soft hyphen inside', `${six}\u00ad${five}`],
    ['a combining mark inside', `${six.slice(0, 2)}\u0301${six.slice(2)}${five}`],
    ['full-width digits', inScript(0xff10)],
    ['Arabic-Indic digits', inScript(0x0660)],
    ['Devanagari digits', inScript(0x0966)],
    ['mathematical bold digits', inScript(0x1d7ce)],
  ];

  it.each(variants)('422 for a synthetic number written with %s', async (_, written) => {
    expect(written).not.toContain(synthetic);
    const request = baseRequest('clear-grant');
    request.decision.grounds.text = `Søknaden gjelder ${written}, sjå vedlegg.`;
    const response = await post(app, '/v1/evaluations', request);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path)).toEqual(['decision.grounds.text']);
    expect(findNationalId(written)).toBe('synthetic number');
  });

  it('no false alarm on the dates, times, hours and case numbers of ordinary grounds', () => {
    const text = (from: Date, to: Date) => {
      const [fd, fm, fy] = [from.getUTCDate(), from.getUTCMonth() + 1, from.getUTCFullYear()].map((n) => String(n).padStart(2, '0'));
      const [td, tm, ty] = [to.getUTCDate(), to.getUTCMonth() + 1, to.getUTCFullYear()].map((n) => String(n).padStart(2, '0'));
      return [
        `Søknad mottatt ${fd}.${fm}.${fy}, vedtak ${td}.${tm}.${ty} kl. ${fd}.${tm}.`,
        `Innvilget 12,5 timer per uke fra ${fd}.${fm}.${fy} til ${td}.${tm}.${ty}, 3 dager à 4,5 timer.`,
        `Perioden ${fd}.${fm}.${fy!.slice(2)} – ${td}.${tm}.${ty!.slice(2)}, 7,5 + 2 timer.`,
        `Saksnr. ${fy}/${fm}${fd}-${tm}, tidligere vedtak ${fd}/${fm}-${fy}.`,
      ].join('\n');
    };
    let checked = 0;
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
      const from = new Date(day);
      const to = new Date(day + 45 * 86_400_000);
      expect(findNationalId(text(from, to)), text(from, to)).toBeNull();
      checked++;
    }
    expect(checked).toBe(1461);
  });
});
