import { problemOf } from '../contract.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { roles, type Role } from '../../src/api/auth.ts';
import { loadRulesets } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { as, baseRequest, get, post, root, testApp } from '../helpers.ts';

const app = testApp();
const receipt = (async () => ((await (await post(app, '/v1/evaluations', baseRequest('clear-grant'))).json()) as { receipt: string }).receipt)();

type Call = (headers: Record<string, string>, on?: ReturnType<typeof testApp>) => Response | Promise<Response>;

/** Every protected route, with the roles that may call it (the table in src/api/auth.ts and the README). */
const protectedRoutes: [string, Call, Role[]][] = [
  ['POST /v1/evaluations', (h, on = app) => post(on, '/v1/evaluations', baseRequest('clear-grant'), h), ['caseworker', 'legal']],
  ['POST /v1/evaluations/batch', (h, on = app) => post(on, '/v1/evaluations/batch', { requests: [baseRequest('clear-grant')] }, h), ['caseworker', 'legal']],
  ['GET /v1/rulesets', (h, on = app) => get(on, '/v1/rulesets', h), ['caseworker', 'legal']],
  ['GET /v1/rulesets/{id}/{version}', (h, on = app) => get(on, '/v1/rulesets/no-national/2025.1.0', h), ['caseworker', 'legal']],
  ['POST /v1/receipts/verify', async (h, on = app) => post(on, '/v1/receipts/verify', { receipt: await receipt }, h), ['caseworker', 'legal', 'trainer']],
  [
    'POST /v1/impact',
    (h, on = app) => post(on, '/v1/impact', { from: 'no-national@2025.1.0', to: 'no-national@2025.1.0', cases: [{ request: baseRequest('clear-grant') }] }, h),
    ['legal'],
  ],
];

async function problem(response: Response, status: number) {
  expect(response.status).toBe(status);
  const body = (await problemOf(response)) as Awaited<ReturnType<typeof problemOf>> & { verdict?: unknown };
  expect(body.status).toBe(status);
  expect(body.verdict).toBeUndefined();
  return body;
}

describe('roles by API key', () => {
  for (const [name, call, allowed] of protectedRoutes) {
    describe(name, () => {
      for (const role of roles) {
        const ok = allowed.includes(role);
        it(`${role}: ${ok ? '200' : '403'}`, async () => {
          const response = await call(as(role));
          if (ok) expect(response.status).toBe(200);
          else expect((await problem(response, 403)).detail).toMatch(new RegExp(`"${role}" may not`));
        });
      }
      it('no key: 401 with a Bearer challenge', async () => {
        const response = await call(as(null));
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        await problem(response, 401);
      });
      it('unknown key, or not a bearer key: 401', async () => {
        await problem(await call({ authorization: 'Bearer not-a-configured-key' }), 401);
        await problem(await call({ authorization: `Basic ${btoa('caseworker:test-key-caseworker')}` }), 401);
      });
      it('a deployment without configured keys refuses it: 503, never open', async () => {
        const closed = testApp(undefined, undefined, { apiKeys: undefined });
        await problem(await call(as('legal'), closed), 503);
        await problem(await call(as(null), closed), 503);
      });
    });
  }

  it('a key is taken by its hash: the same key with a changed letter is unknown', async () => {
    expect((await get(app, '/v1/rulesets', { authorization: 'Bearer test-key-caseworkeR' })).status).toBe(401);
    expect((await get(app, '/v1/rulesets', { authorization: 'bearer test-key-caseworker' })).status).toBe(200);
  });

  it('health, docs, the OpenAPI document and the JWKS stay public', async () => {
    for (const path of ['/healthz', '/openapi.json', '/docs', '/.well-known/jwks.json']) {
      expect((await get(app, path, as(null))).status, path).toBe(200);
    }
    const closed = testApp(undefined, undefined, { apiKeys: undefined });
    expect((await get(closed, '/healthz', as(null))).status).toBe(200);
  });

  it('the OpenAPI document declares the bearer scheme on protected routes only', async () => {
    const doc = (await (await get(app, '/openapi.json')).json()) as any;
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/v1/evaluations'].post.security).toEqual([{ apiKey: [] }]);
    expect(doc.paths['/v1/evaluations'].post.responses['403']).toBeDefined();
    expect(doc.paths['/healthz'].get.security).toEqual([]);
  });
});

describe('drafts are for the legal role', () => {
  // The loader fixtures hold a draft: tiny-national 2.0.0-draft.
  const drafts = testApp(loadRulesets(readRulesDir(`${root}fixtures/rulesets/good`).sources));
  const pinned = { ...baseRequest('clear-grant'), municipality: '0000', pin: { 'tiny-national': '2.0.0-draft' } };

  it('pinning a draft version: 403 for a caseworker, naming the pin and the version in force; evaluated for legal', async () => {
    const refused = await problem(await post(drafts, '/v1/evaluations', pinned, as('caseworker')), 403);
    expect((refused as any).errors).toEqual([{ path: 'pin.tiny-national', message: 'tiny-national 2.0.0-draft (a draft): the version in force on 2026-03-10 is 1.0.0' }]);
    const response = await post(drafts, '/v1/evaluations', pinned, as('legal'));
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).rulesets[0]).toMatchObject({ version: '2.0.0-draft', status: 'draft', pinned: true });
  });

  it('pinning the version in force is open to a caseworker', async () => {
    const response = await post(drafts, '/v1/evaluations', { ...pinned, pin: { 'tiny-national': '1.0.0' } }, as('caseworker'));
    expect(response.status).toBe(200);
  });

  it('reading drafts: listed and served to legal only', async () => {
    const listed = async (role: Role) =>
      (((await (await get(drafts, '/v1/rulesets', as(role))).json()) as any).rulesets as any[]).map((r) => `${r.id}@${r.version}`);
    expect(await listed('legal')).toContain('tiny-national@2.0.0-draft');
    expect(await listed('caseworker')).not.toContain('tiny-national@2.0.0-draft');
    expect(await listed('caseworker')).toContain('tiny-national@1.1.0');
    await problem(await get(drafts, '/v1/rulesets/tiny-national/2.0.0-draft', as('caseworker')), 403);
    expect((await get(drafts, '/v1/rulesets/tiny-national/2.0.0-draft', as('legal'))).status).toBe(200);
  });
});

describe('the README tells the truth about roles', () => {
  it('its role table names only routes the app serves, each with the roles that may call it', async () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const table = readme.slice(readme.indexOf('| route | `caseworker` | `legal` | `trainer` |')).split('\n\n')[0]!;
    const rows = table.split('\n').slice(2).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const served = Object.entries(((await (await get(app, '/openapi.json')).json()) as { paths: Record<string, object> }).paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const checked = new Map(protectedRoutes.map(([name, , allowed]) => [name, allowed]));
    for (const [routeCell, ...roleCells] of rows) {
      const named = [...routeCell!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      expect(named.length, `a row that names no route: "${routeCell}"`).toBeGreaterThan(0);
      const allowed = roles.filter((_, i) => roleCells[i] !== '–');
      for (const name of named.filter((n) => n.includes('/v1'))) {
        expect(served, `${name} is in the README but not served`).toContain(name);
        expect(checked.get(name), `${name}: the README's roles`).toEqual(allowed);
      }
    }
  });
});
