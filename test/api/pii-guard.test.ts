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
