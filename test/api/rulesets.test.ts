import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { get, root, testApp } from '../helpers.ts';

const app = testApp();

describe('ruleset and meta endpoints', () => {
  it('GET /v1/rulesets lists every version with dates, digests and status', async () => {
    const response = await get(app, '/v1/rulesets');
    expect(response.status).toBe(200);
    const { rulesets } = (await response.json()) as { rulesets: any[] };
    const national = rulesets.find((r) => r.id === 'no-national');
    expect(national).toMatchObject({ version: '2025.1.0', validFrom: '2025-01-01', status: 'published', layer: 'national' });
    expect(national.digest).toMatch(/^sha256-/);
    expect(rulesets.find((r) => r.id === 'municipality-4601')).toMatchObject({ municipality: '4601', layer: 'municipal' });
  });

  it('GET /v1/rulesets/{id}/{version} gives rules, citations, wording and changelog', async () => {
    const response = await get(app, '/v1/rulesets/no-national/2025.1.0');
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.changelog[0].version).toBe('2025.1.0');
    const rule = body.rules.find((r: any) => r.id === 'bpa.right-from-32-hours');
    expect(rule.legalBasis[0].citation).toMatch(/§ 2-1 d/);
    expect(rule.conditions.all.length).toBeGreaterThan(0);
    expect(body.wording.map((w: any) => w.id)).toContain('appeal.pasrl');
  });

  it('GET /v1/rulesets/{id}/{version} is a 404 problem for an unknown version', async () => {
    const response = await get(app, '/v1/rulesets/no-national/0.0.1');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('GET /openapi.json is OpenAPI 3.1 generated from the same schemas', async () => {
    const doc = (await (await get(app, '/openapi.json')).json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/evaluations', '/v1/rulesets', '/v1/rulesets/{id}/{version}', '/healthz']));
    const request = doc.components.schemas.EvaluationRequest;
    expect(request.required).toEqual(expect.arrayContaining(['decisionDate', 'municipality', 'decision', 'applicant']));
    expect(request.additionalProperties).toBe(false);
    expect(doc.paths['/v1/evaluations'].post.responses['422'].content['application/problem+json']).toBeDefined();
  });

  it('GET /docs serves the interactive page from this deployment: no CDN, swagger-ui from the swagger-ui-dist package', async () => {
    const docs = testApp(undefined, undefined, { docsAsset: (file) => readFile(join(root, 'node_modules/swagger-ui-dist', file)) });
    const page = await get(docs, '/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//); // every script and style is local
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual(['/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js', '/docs/start.js']);
    for (const path of scripts) {
      const asset = await get(docs, path);
      expect(asset.status, path).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(path.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
    }
    expect(await (await get(docs, '/docs/start.js')).text()).toMatch(/SwaggerUIBundle\(\{ url: '\/openapi\.json'/);
    expect((await get(docs, '/docs/package.json')).status).toBe(404); // only the two files
  });
});
