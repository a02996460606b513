import { describe, expect, it } from 'vitest';
import { expectContractExampleAnswer, problemOf } from '../contract.ts';
import { as, baseRequest, FIXED_NOW, get, post, testApp } from '../helpers.ts';

const app = testApp();


describe('POST /v1/evaluations', () => {
  it('answers the contract example: blocked, the BPA finding with because[] and Lovdata link, nynorsk wording', async () => {
    const response = await post(app, '/v1/evaluations', baseRequest('contract-example'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.evaluatedAt).toBe(FIXED_NOW.toISOString());
    expect(body.evaluationId).toMatch(/^ev_/);
    expectContractExampleAnswer(body);
  });

  it('says which rulesets ran for a municipality without a layer: the national one only', async () => {
    const response = await post(app, '/v1/evaluations', { ...baseRequest('clear-grant'), municipality: '5001' });
    const body = (await response.json()) as any;
    expect(body.rulesets.map((r: any) => r.id)).toEqual(['no-national']);
    expect(body.verdict).toBe('clear');
  });

  it('a draft without its grounds and appeal notice yet is evaluated, and what it leaves out is undetermined, never fine', async () => {
    const request = baseRequest('bpa-rejection') as any;
    delete request.decision.grounds;
    delete request.decision.appealNotice;
    const response = await post(app, '/v1/evaluations', request);
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.verdict).toBe('blocked');
    const undetermined = body.findings.filter((f: any) => f.outcome === 'undetermined').map((f: any) => f.rule);
    expect(undetermined).toEqual(expect.arrayContaining(['grounds.legal-basis', 'appeal.notice-missing']));
    // Grounds given with one answer left out: only that answer is missing.
    const partial = baseRequest('bpa-rejection') as any;
    delete partial.decision.grounds.citesLegalBasis;
    const answer = (await (await post(app, '/v1/evaluations', partial)).json()) as any;
    const legalBasis = answer.findings.find((f: any) => f.rule === 'grounds.legal-basis');
    expect(legalBasis.outcome).toBe('undetermined');
    expect(answer.verdict).not.toBe('clear');
  });

  it('400: malformed JSON', async () => {
    const response = await post(app, '/v1/evaluations', '{"decisionDate": ');
    expect(response.status).toBe(400);
    await problemOf(response);
  });

  it('413: body too large', async () => {
    const small = testApp(undefined, 512);
    const response = await post(small, '/v1/evaluations', baseRequest('contract-example'));
    expect(response.status).toBe(413);
    await problemOf(response);
  });

  it('413 by Content-Length before the body is read; a streamed body is counted as it arrives', async () => {
    const small = testApp(undefined, 512);
    const text = JSON.stringify(baseRequest('contract-example'));
    const declared = await post(small, '/v1/evaluations', text, { 'content-length': String(Buffer.byteLength(text)) });
    expect(declared.status).toBe(413);
    await problemOf(declared);
    const bytes = new TextEncoder().encode(text);
    const streamed = await small.request('/v1/evaluations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: as('caseworker').authorization! },
      body: new ReadableStream({ start: (controller) => { controller.enqueue(bytes.slice(0, 400)); controller.enqueue(bytes.slice(400)); controller.close(); } }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const within = await post(app, '/v1/evaluations', text, { 'content-length': String(Buffer.byteLength(text)) });
    expect(within.status).toBe(200);
  });

  it('415: wrong content type', async () => {
    const response = await post(app, '/v1/evaluations', JSON.stringify(baseRequest('clear-grant')), { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
    await problemOf(response);
  });

  it('422: names the path of an invalid field', async () => {
    const request = baseRequest('clear-grant');
    request.decision.services[0].expectedDurationDays = -1;
    const body = await problemOf(await post(app, '/v1/evaluations', request));
    expect(body.status).toBe(422);
    expect(body.errors!.map((e) => e.path)).toContain('decision.services.0.expectedDurationDays');
  });

  it('422: a misspelled fact does not pass silently', async () => {
    const request = baseRequest('clear-grant');
    request.assessment.assesedNeedHoursPerWeek = 4;
    const body = await problemOf(await post(app, '/v1/evaluations', request));
    expect(body.errors).toContainEqual({ path: 'assessment.assesedNeedHoursPerWeek', message: 'unknown field' });
  });

  it('422: no field for a name or an ID number', async () => {
    const request = baseRequest('clear-grant');
    request.applicant.name = 'Kari';
    const body = await problemOf(await post(app, '/v1/evaluations', request));
    expect(body.errors).toContainEqual({ path: 'applicant.name', message: 'unknown field' });
  });

  it('422: a date no national version covers names decisionDate', async () => {
    const request: Record<string, any> = { ...baseRequest('clear-grant'), decisionDate: '2024-06-01' };
    request.procedure.applicationReceived = '2024-05-01';
    const body = await problemOf(await post(app, '/v1/evaluations', request));
    expect(body.status).toBe(422);
    expect(body.errors).toEqual([{ path: 'decisionDate', message: expect.any(String) }]);
  });

  it('422: an application received after the decision date', async () => {
    const request = baseRequest('clear-grant');
    request.procedure.applicationReceived = '2026-12-01';
    const body = await problemOf(await post(app, '/v1/evaluations', request));
    expect(body.errors!.map((e) => e.path)).toContain('procedure.applicationReceived');
  });

  it('422: a service type not in the catalogue', async () => {
    const request = baseRequest('clear-grant');
    request.decision.services[0].type = 'dog-walking';
    const body = await problemOf(await post(app, '/v1/evaluations', request));
    expect(body.errors!.map((e) => e.path)).toEqual(['decision.services.0.type']);
  });

  it('404: unknown pinned version', async () => {
    const response = await post(app, '/v1/evaluations', { ...baseRequest('clear-grant'), pin: { 'no-national': '1999.0.0' } });
    expect(response.status).toBe(404);
    expect((await problemOf(response)).errors).toEqual([{ path: 'pin.no-national', message: 'unknown version 1999.0.0' }]);
  });

  it('404: unknown route', async () => {
    const response = await get(app, '/v1/nothing-here');
    expect(response.status).toBe(404);
    await problemOf(response);
  });
});
