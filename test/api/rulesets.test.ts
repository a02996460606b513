import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadRulesets } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { as, get, root, testApp } from '../helpers.ts';

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

  it('GET /v1/rulesets/{id}/{version} gives each rule and wording block its quote and review record', async () => {
    const quoted = testApp(loadRulesets(readRulesDir(`${root}fixtures/rulesets/quoted`).sources));
    const body = (await (await get(quoted, '/v1/rulesets/tiny-national/1.0.0')).json()) as any;
    const rule = (id: string) => body.rules.find((r: any) => r.id === id);
    expect(rule('appeal.notice-missing').quote).toEqual([
      {
        text: 'I underretningen skal videre gis opplysning om klageadgang, klagefrist, klageinstans og den nærmere fremgangsmåte ved klage',
        source: 'forvaltningsloven § 27 tredje ledd første punktum',
        url: 'https://www.regjeringen.no/no/dokumenter/-27---om-kravet-etter-forvaltningsloven-til-informasjon-om-klageadgang/id2513299/',
      },
    ]);
    expect(rule('appeal.notice-missing').review).toMatchObject({ status: 'confirmed', date: '2026-11-24' });
    expect(rule('age.as-reason').review).toMatchObject({ status: 'needs-legal-review', checked: expect.stringMatching(/ikke på Lovdata/) });
    expect(body.wording[0].quote[0].source).toBe('forvaltningsloven § 27 tredje ledd første punktum');
  });

  it('documents quote and review in the ruleset detail schema', async () => {
    const doc = (await (await get(app, '/openapi.json')).json()) as any;
    const detail = doc.components.schemas.RulesetDetail;
    expect(detail.properties.rules.items.$ref).toBe('#/components/schemas/RuleDetail');
    const rule = doc.components.schemas.RuleDetail;
    expect(rule.properties.quote.description).toMatch(/legal text the rule applies/);
    expect(Object.keys(rule.properties.quote.items.properties).sort()).toEqual(['source', 'text', 'url']);
    expect(rule.properties.review.description).toMatch(/needs-legal-review/);
    expect(rule.properties.review.properties.status.enum).toEqual(['confirmed', 'needs-legal-review']);
    expect(doc.components.schemas.WordingDetail.properties.quote).toBeDefined();
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

  it('documents every contract 1.1 request field with a description', async () => {
    const doc = (await (await get(app, '/openapi.json')).json()) as any;
    const request = doc.components.schemas.EvaluationRequest.properties;
    const decision = request.decision;
    const line = decision.properties.services.items.properties;
    const assessment = request.assessment.properties;
    const procedure = request.procedure.properties;
    const fields = {
      line: [line, ['statutory', 'scopeStated', 'timeLimitReasonGiven', 'chargeStated']],
      assessment: [assessment, ['personalAssistanceHoursPerWeek', 'dementia', 'needChangeDocumented', 'meetsLongTermStayCriteria', 'safeAtHomeWhileWaiting']],
      procedure: [procedure, ['userHeard', 'homeVisit', 'informationFromOthersShared']],
      decisionMaker: [procedure.decisionMakers.items.properties, ['relation']],
    } as const;
    for (const [where, [properties, names]] of Object.entries(fields)) {
      for (const name of names) expect(properties[name]?.description, `${where}.${name}`).toMatch(/\S{3}/);
    }
    expect(procedure.decisionMakers.items.properties.relation.enum).toEqual(['none', 'close-family', 'guardian-or-proxy', 'other-close']);
    expect(decision.properties.kind.enum).toContain('waiting-list');
    for (const name of ['statutory', 'scopeStated', 'personalAssistanceHoursPerWeek', 'userHeard', 'relation']) {
      expect(JSON.stringify(doc.components.schemas.EvaluationRequest.required ?? [])).not.toContain(name);
    }
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
