import { describe, expect, it } from 'vitest';
import { problemOf } from '../contract.ts';
import { as, baseRequest, get, post, testApp } from '../helpers.ts';

// The real rules: no-national 2025.1.0 is in force until 2026-05-31, 2026.1.0 from 2026-06-01, and
// 2027.0.0-draft is never in force. The contract example is decided on 2026-11-24 in 4601.
const app = testApp();
const example = baseRequest('contract-example');
/** The contract example with `pin`, decided on `date` (the application received that day). */
const pinned = (pin: Record<string, string>, date = example.decisionDate) =>
  date === example.decisionDate ? { ...example, pin } : { ...example, decisionDate: date, procedure: { ...example.procedure, applicationReceived: date }, pin };

describe('pins (contract 1.1: a pin to anything but the version in force needs the legal role)', () => {
  it('a caseworker pinning an older version: 403 problem naming the ruleset, the pinned version and the version in force', async () => {
    const response = await post(app, '/v1/evaluations', pinned({ 'no-national': '2025.1.0' }), as('caseworker'));
    expect(response.status).toBe(403);
    const body = await problemOf(response);
    expect(body.type).toBe('https://hjemmel.no/problems/pin-needs-legal');
    expect(body.detail).toBe(
      'Pinning a version other than the one in force on decisionDate needs the legal role: no-national 2025.1.0: the version in force on 2026-11-24 is 2026.1.0.',
    );
    expect(body.errors).toEqual([{ path: 'pin.no-national', message: 'no-national 2025.1.0: the version in force on 2026-11-24 is 2026.1.0' }]);
  });

  it('a caseworker pinning a later version or a draft: 403 the same way', async () => {
    const later = await problemOf(await post(app, '/v1/evaluations', pinned({ 'no-national': '2026.1.0' }, '2026-03-10'), as('caseworker')));
    expect(later).toMatchObject({ type: 'https://hjemmel.no/problems/pin-needs-legal', status: 403, errors: [{ path: 'pin.no-national', message: 'no-national 2026.1.0: the version in force on 2026-03-10 is 2025.1.0' }] });
    const draft = await problemOf(await post(app, '/v1/evaluations', pinned({ 'no-national': '2027.0.0-draft' }), as('caseworker')));
    expect(draft.type).toBe('https://hjemmel.no/problems/pin-needs-legal');
    expect(draft.errors).toEqual([{ path: 'pin.no-national', message: 'no-national 2027.0.0-draft (a draft): the version in force on 2026-11-24 is 2026.1.0' }]);
  });

  it('a pin on a date with no version in force says so', async () => {
    const body = await problemOf(await post(app, '/v1/evaluations', pinned({ 'no-national': '2025.1.0' }, '2024-06-01'), as('caseworker')));
    expect(body).toMatchObject({ status: 403, errors: [{ path: 'pin.no-national', message: 'no-national 2025.1.0: no version of no-national is in force on 2024-06-01' }] });
  });

  it('pinning the versions in force is allowed for everyone and is no what-if', async () => {
    for (const role of ['caseworker', 'legal'] as const) {
      const response = await post(app, '/v1/evaluations', pinned({ 'no-national': '2026.1.0', 'municipality-4601': '1.0.0' }), as(role));
      expect(response.status, role).toBe(200);
      const body = (await response.json()) as any;
      expect(body.whatIf).toBeUndefined();
      expect(body.rulesets.map((r: any) => r.pinned)).toEqual([undefined, undefined]);
    }
  });

  it('legal staff may pin another version (what-if): the response marks it at the top and on that version only', async () => {
    const response = await post(app, '/v1/evaluations', pinned({ 'no-national': '2025.1.0' }), as('legal'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.whatIf).toBe(true);
    expect(body.rulesets).toEqual([
      expect.objectContaining({ id: 'no-national', version: '2025.1.0', pinned: true }),
      expect.not.objectContaining({ pinned: expect.anything() }),
    ]);
    expect(body.findings.every((f: any) => f.ruleset !== 'no-national@2026.1.0')).toBe(true);
    const draft = (await (await post(app, '/v1/evaluations', pinned({ 'no-national': '2027.0.0-draft' }), as('legal'))).json()) as any;
    expect(draft).toMatchObject({ whatIf: true, rulesets: [{ version: '2027.0.0-draft', status: 'draft', pinned: true }, { id: 'municipality-4601' }] });
  });

  it('an unknown pinned version is 404 for any role, before the role is asked', async () => {
    const body = await problemOf(await post(app, '/v1/evaluations', pinned({ 'no-national': '1999.0.0' }), as('caseworker')));
    expect(body).toMatchObject({ status: 404, errors: [{ path: 'pin.no-national', message: 'unknown version 1999.0.0' }] });
  });

  it('documents whatIf and rulesets[].pinned in the OpenAPI document', async () => {
    const doc = (await (await get(app, '/openapi.json')).json()) as any;
    const response = doc.components.schemas.EvaluationResponse;
    expect(response.properties.whatIf.description).toMatch(/version in force on decisionDate/);
    expect(response.required).not.toContain('whatIf');
    const ruleset = response.properties.rulesets.items;
    expect(ruleset.properties.pinned.description).toMatch(/in place of the version in force/);
    expect(ruleset.required).not.toContain('pinned');
    expect(doc.paths['/v1/evaluations'].post.responses['403']).toBeDefined();
    expect(doc.paths['/v1/evaluations'].post.description).toMatch(/version other than the one in force/);
  });
});
