import { describe, expect, it } from 'vitest';
import { expectContractExampleAnswer, problemOf } from '../contract.ts';
import { as, example, get, post } from './requests.ts';

// The contract, against the Worker itself (wrangler.toml's main) running in workerd.


describe('the Worker in workerd: POST /v1/evaluations', () => {
  it('answers the contract example: blocked, the BPA finding with because[] and Lovdata link, nynorsk wording', async () => {
    const before = Date.now();
    const response = await post('/v1/evaluations', example());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as any;
    expect(body.evaluationId).toMatch(/^ev_[0-9a-f-]{36}$/);
    expect(Date.parse(body.evaluatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expectContractExampleAnswer(body);
  });

  it('gives each evaluation its own id', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => ((await (await post('/v1/evaluations', example())).json()) as any).evaluationId));
    expect(new Set(ids).size).toBe(3);
  });

  it('400: malformed JSON', async () => {
    const response = await post('/v1/evaluations', '{"decisionDate": ');
    expect(response.status).toBe(400);
    await problemOf(response);
  });

  it('413: a body over MAX_BODY_BYTES (wrangler.toml, 100 KiB)', async () => {
    const padded = { ...example(), padding: 'x'.repeat(102_400) };
    const response = await post('/v1/evaluations', padded);
    expect(response.status).toBe(413);
    expect((await problemOf(response)).detail).toMatch(/102400 bytes/);
  });

  it('415: not JSON', async () => {
    const response = await post('/v1/evaluations', JSON.stringify(example()), { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
    await problemOf(response);
  });

  it('422: names the path of an invalid field, and of a misspelled one', async () => {
    const request = example();
    request.decision.services[0].expectedDurationDays = -1;
    request.assessment.assesedNeedHoursPerWeek = 4;
    const response = await post('/v1/evaluations', request);
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors!.map((e) => e.path)).toContain('decision.services.0.expectedDurationDays');
    expect(body.errors).toContainEqual({ path: 'assessment.assesedNeedHoursPerWeek', message: 'unknown field' });
  });

  it('404: an unknown pinned version, and an unknown route', async () => {
    const response = await post('/v1/evaluations', { ...example(), pin: { 'no-national': '1999.0.0' } });
    expect(response.status).toBe(404);
    expect((await problemOf(response)).errors).toEqual([{ path: 'pin.no-national', message: 'unknown version 1999.0.0' }]);
    const route = await get('/v1/nothing-here');
    expect(route.status).toBe(404);
    await problemOf(route);
  });
});

describe('the Worker in workerd: rulesets and meta', () => {
  it('GET /v1/rulesets lists every version with dates, digests and status', async () => {
    const response = await get('/v1/rulesets');
    expect(response.status).toBe(200);
    const { rulesets } = (await response.json()) as { rulesets: any[] };
    const national = rulesets.find((r) => r.id === 'no-national' && r.version === '2025.1.0');
    expect(national).toMatchObject({ validFrom: '2025-01-01', status: 'published', layer: 'national' });
    expect(national.digest).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it('GET /v1/rulesets/{id}/{version} gives the YAML source, rules, citations, wording and changelog', async () => {
    const response = await get('/v1/rulesets/no-national/2025.1.0');
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.source).toBe('no-national/2025.1.0.yaml');
    expect(body.changelog.map((c: any) => c.version)).toContain('2025.1.0');
    const rule = body.rules.find((r: any) => r.id === 'bpa.right-from-32-hours');
    expect(rule.legalBasis[0].citation).toMatch(/§ 2-1 d/);
    expect(body.wording.map((w: any) => w.id)).toContain('appeal.pasrl');
    const missing = await get('/v1/rulesets/no-national/0.0.1');
    expect(missing.status).toBe(404);
    await problemOf(missing);
  });

  it('GET /readyz is ready (keys and receipt key configured); GET /healthz lists the versions with the digests the lock records', async () => {
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as any).checks.every((c: any) => c.ok)).toBe(true);
    const body = (await (await get('/healthz')).json()) as any;
    expect(body.status).toBe('ok');
    const national = body.rulesets.find((r: any) => r.id === 'no-national' && r.version === '2025.1.0');
    const { lock } = await import('../../src/generated/rulesets.ts');
    expect(national.digest).toBe(lock['no-national@2025.1.0']);
  });

  it('GET /openapi.json is OpenAPI 3.1 generated from the same schemas', async () => {
    const doc = (await (await get('/openapi.json')).json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/evaluations', '/v1/rulesets', '/v1/rulesets/{id}/{version}', '/healthz']));
    expect(doc.components.schemas.EvaluationRequest.additionalProperties).toBe(false);
    expect(doc.paths['/v1/evaluations'].post.responses['422'].content['application/problem+json']).toBeDefined();
  });

  it('GET /docs serves the interactive page with swagger-ui from the static assets (swagger-ui-dist), no CDN', async () => {
    const response = await get('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/https?:\/\//);
    for (const [path, type] of [['/docs/swagger-ui.css', /^text\/css/], ['/docs/swagger-ui-bundle.js', /^text\/javascript/]] as const) {
      const asset = await get(path);
      expect(asset.status, path).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(type);
      expect((await asset.text()).length).toBeGreaterThan(100_000);
    }
    // The binding serves only what the Worker hands it: the package's other files are not public.
    expect((await get('/package.json')).status).toBe(404);
  });
});

describe('the Worker in workerd: keys, receipts, personal data', () => {
  it('refuses a call without a key (401) or with a role that may not (403)', async () => {
    const none = await post('/v1/evaluations', example(), as(null));
    expect(none.status).toBe(401);
    await problemOf(none);
    expect((await post('/v1/evaluations', example(), as('trainer'))).status).toBe(403);
    expect((await get('/healthz', as(null))).status).toBe(200);
  });

  it('signs each evaluation: the receipt verifies, here and against the public JWKS', async () => {
    const request = example();
    const body = (await (await post('/v1/evaluations', request)).json()) as any;
    const verified = (await (await post('/v1/receipts/verify', { receipt: body.receipt, request })).json()) as any;
    expect(verified).toMatchObject({ valid: true, requestMatches: true, claims: { evaluationId: body.evaluationId, verdict: 'blocked' } });
    const jwks = (await (await get('/.well-known/jwks.json', as(null))).json()) as any;
    expect(jwks.keys.map((k: any) => k.kid)).toEqual([verified.kid]);
    const tampered = body.receipt.slice(0, -4) + (body.receipt.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(((await (await post('/v1/receipts/verify', { receipt: tampered })).json()) as any).valid).toBe(false);
  });

});
