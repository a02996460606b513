import { describe, expect, it } from 'vitest';
import { problemOf } from '../contract.ts';
import { INPUT_LIMITS } from '../../src/api/input-guard.ts';
import { PROBLEM_BASE } from '../../src/api/problem.ts';
import { as, baseRequest, get, post, testApp } from '../helpers.ts';

const app = testApp();

async function refused(response: Response) {
  expect(response.status).toBe(422);
  return (await problemOf(response)) as Awaited<ReturnType<typeof problemOf>> & { errors: { path: string; message: string }[] };
}

describe('hostile input', () => {
  it('422: deep nesting, refused before any schema walks it, naming where', async () => {
    const request = baseRequest('clear-grant');
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    request.decision.grounds.extra = deep;
    const body = await refused(await post(app, '/v1/evaluations', request));
    expect(body.errors[0]!.path).toMatch(/^decision\.grounds\.extra(\.a)+$/);
    expect(body.errors[0]!.message).toMatch(/nested deeper/);
  });

  it('422: a body that is nothing but brackets, as deep as 100 KiB allows', async () => {
    const depth = 40_000;
    const body = await refused(await post(app, '/v1/evaluations', '['.repeat(depth) + ']'.repeat(depth)));
    expect(body.detail).toMatch(new RegExp(`deeper than ${INPUT_LIMITS.maxDepth}`));
  });

  it('422: a huge array, naming it', async () => {
    const request = baseRequest('clear-grant');
    request.decision.services = Array.from({ length: 20_000 }, () => 0);
    const body = await refused(await post(app, '/v1/evaluations', request));
    expect(body.errors).toEqual([{ path: 'decision.services', message: `more than ${INPUT_LIMITS.maxArrayLength} items` }]);
  });

  it('422: an object with thousands of fields', async () => {
    const request = baseRequest('clear-grant');
    request.assessment = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, i]));
    const body = await refused(await post(app, '/v1/evaluations', request));
    expect(body.errors).toEqual([{ path: 'assessment', message: `more than ${INPUT_LIMITS.maxObjectKeys} fields` }]);
  });

  it('a body within the limits still goes on to the schema (422 there, with its own paths)', async () => {
    const request = baseRequest('clear-grant');
    request.decision.services = Array.from({ length: 60 }, () => request.decision.services[0]);
    const body = await refused(await post(app, '/v1/evaluations', request));
    expect(body.errors.map((e) => e.path)).toEqual(['decision.services']);
    expect(body.detail).toMatch(/not valid/);
  });

  it('400: a duplicate JSON key (last one would win, so "the body as sent" would be ambiguous), naming the key', async () => {
    const valid = JSON.stringify(baseRequest('clear-grant'));
    for (const [body, path] of [
      [valid.replace('"kind":"grant"', '"kind":"grant","kind":"rejection"'), 'decision.kind'],
      [valid.replace('"kind":"grant"', '"kind":"grant","\\u006bind":"rejection"'), 'decision.kind'],
      [valid.replace('"services":[{', '"services":[{"type":"x","type":"y",'), 'decision.services.0.type'],
      [`${valid.slice(0, -1)},"municipality":"0301"}`, 'municipality'],
    ] as const) {
      expect(body).not.toBe(valid);
      const response = await post(app, '/v1/evaluations', body);
      expect(response.status).toBe(400);
      const problem = (await problemOf(response)) as Awaited<ReturnType<typeof problemOf>> & { errors: unknown[] };
      expect(problem.type).toBe(`${PROBLEM_BASE}duplicate-key`);
      expect(problem.errors).toEqual([{ path, message: 'duplicate field: the key appears more than once in this object' }]); // problemOf checked the pointer
    }
    // The same key in two different objects is no duplicate.
    expect((await post(app, '/v1/evaluations', valid)).status).toBe(200);
  });

  it('a pin naming __proto__ is refused like any unknown ruleset id, never dropped', async () => {
    const body = await refused(await post(app, '/v1/evaluations', `{"pin":{"__proto__":"x"},${JSON.stringify(baseRequest('clear-grant')).slice(1)}`));
    expect(body.errors).toEqual([{ path: 'pin.__proto__', message: 'unknown ruleset id' }]);
  });

  it('415: a body declared in another charset than UTF-8, or with a Content-Encoding, is refused, not decoded as UTF-8', async () => {
    const request = baseRequest('clear-grant');
    for (const [headers, header] of <[Record<string, string>, string][]>[
      [{ 'content-type': 'application/json; charset=iso-8859-1' }, 'Content-Type'],
      [{ 'content-type': 'application/json;charset="latin1"' }, 'Content-Type'],
      [{ 'content-encoding': 'gzip' }, 'Content-Encoding'],
      [{ 'content-encoding': 'br' }, 'Content-Encoding'],
    ]) {
      const response = await post(app, '/v1/evaluations', request, headers);
      expect(response.status).toBe(415);
      const problem = await problemOf(response);
      expect(problem.type).toBe(`${PROBLEM_BASE}unsupported-encoding`);
      expect(problem.errors).toEqual([{ header, message: expect.any(String) }]);
    }
    for (const headers of <Record<string, string>[]>[{ 'content-type': 'application/json; charset=utf-8' }, { 'content-type': 'application/json; charset="UTF-8"' }, { 'content-encoding': 'identity' }]) {
      expect((await post(app, '/v1/evaluations', request, headers)).status).toBe(200);
    }
  });

  it('secure headers on every response, public or not', async () => {
    for (const response of [await get(app, '/healthz', as(null)), await post(app, '/v1/evaluations', baseRequest('clear-grant'))]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('a fresh request id on every response, in the problem body too; an incoming one is not taken over', async () => {
    const ok = await post(app, '/v1/evaluations', baseRequest('clear-grant'), { 'x-request-id': 'chosen-by-caller' });
    const id = ok.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await post(app, '/v1/evaluations', '{');
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { requestId: string };
    expect(problem.requestId).toBe(bad.headers.get('x-request-id'));
    expect(problem.requestId).not.toBe(id);
    const unauthorized = await get(app, '/v1/rulesets', as(null));
    expect(((await unauthorized.json()) as { requestId: string }).requestId).toBe(unauthorized.headers.get('x-request-id'));
  });

  describe('CORS, only for configured origins', () => {
    const allowed = 'https://fagsystem.kommune.example';
    const cors = testApp(undefined, undefined, { corsOrigins: [allowed] });

    it('a configured origin is allowed, with the request id exposed', async () => {
      const response = await get(cors, '/v1/rulesets', { origin: allowed });
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(response.headers.get('access-control-expose-headers')).toMatch(/X-Request-Id/i);
      expect(response.headers.get('vary')).toMatch(/Origin/);
      const evaluated = await post(cors, '/v1/evaluations', baseRequest('clear-grant'), { origin: allowed });
      expect(evaluated.status).toBe(200);
      expect(evaluated.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(evaluated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('another origin gets no CORS header, and the default is none at all', async () => {
      const response = await get(cors, '/v1/rulesets', { origin: 'https://elsewhere.example' });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect((await get(app, '/v1/rulesets', { origin: allowed })).headers.get('access-control-allow-origin')).toBeNull();
    });

    it('a preflight needs no key and allows the Authorization header', async () => {
      const response = await cors.request('/v1/evaluations', {
        method: 'OPTIONS',
        headers: { origin: allowed, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
      expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const stranger = await cors.request('/v1/evaluations', { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
      expect(stranger.headers.get('access-control-allow-methods')).toBeNull();
    });

    it('the public JWKS may be read from any origin', async () => {
      const response = await get(app, '/.well-known/jwks.json', { origin: 'https://anyone.example', authorization: '' });
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    });
  });
});
