import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { DOCS_ASSETS, docsPage, docsStart, isDocsAsset } from '../docs.ts';
import { problem } from '../problem.ts';
import { valid30 } from '../openapi30.ts';

export const CONTRACT_VERSION = '1';

/** What both OpenAPI documents say besides the routes. */
const documentConfig = {
  info: {
    title: 'Hjemmel',
    version: CONTRACT_VERSION,
    description:
      'Checks a proposed care-allocation decision for legality before a case manager signs it. Evaluation API, contract version 1. Problems (application/problem+json) carry one `type` per cause, listed in the README ("Problem types").',
    license: { name: 'Proprietary: all rights reserved', url: 'https://hjemmel.no/license' },
    contact: { name: 'Hjemmel', url: 'https://hjemmel.no' },
  },
  servers: [
    { url: '/', description: 'The deployment that serves this document' },
    { url: 'http://127.0.0.1:8787', description: 'A local `npm start`' },
  ],
  tags: [
    { name: 'Evaluations', description: 'Check a proposed decision: one, or up to 50 in a batch.' },
    { name: 'Rulesets', description: 'The ruleset versions, and what a change does to a set of cases.' },
    { name: 'Receipts', description: 'Check a receipt; the public keys to check one offline.' },
    { name: 'Decision record', description: 'What became of each answered evaluation: outcomes, the record and its aggregates (the record is written on every evaluation answered 200).' },
    { name: 'Operations', description: 'Liveness, readiness and metrics, for load balancers and monitoring (no key).' },
  ],
};

/**
 * The OpenAPI documents and the interactive page. `root` is the app whose routes the documents
 * describe: /openapi.json (3.1, generated from the zod schemas) and /openapi-3.0.json (the same
 * routes as OpenAPI 3.0, for generators that read no 3.1, such as NSwag).
 */
export function metaRoutes(root: OpenAPIHono<AppEnv>) {
  const app = new OpenAPIHono<AppEnv>();
  let document31: unknown;
  let document30: unknown;
  app.get('/openapi.json', (c) => c.json((document31 ??= root.getOpenAPI31Document({ openapi: '3.1.0', ...documentConfig }))));
  app.get('/openapi-3.0.json', (c) => c.json((document30 ??= valid30(root.getOpenAPIDocument({ openapi: '3.0.3', ...documentConfig })))));
  app.get('/docs', (c) => c.html(docsPage));
  app.get('/docs/start.js', (c) => c.body(docsStart, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/docs/:file', async (c) => {
    const file = c.req.param('file');
    const asset = isDocsAsset(file) ? await c.get('deps').docsAsset?.(file) : undefined;
    if (!asset) return problem('not-found', `No route GET ${c.req.path}.`);
    // The package version is pinned: the file changes only with a deploy.
    return new Response(asset, { headers: { 'Content-Type': DOCS_ASSETS[file as keyof typeof DOCS_ASSETS], 'Cache-Control': 'public, max-age=86400' } });
  });
  return app;
}
