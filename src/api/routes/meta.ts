import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { swaggerUI } from '@hono/swagger-ui';
import type { AppEnv } from '../app.ts';

export const CONTRACT_VERSION = '1';

/** The OpenAPI document and its interactive page. `root` is the app whose routes the document describes. */
export function metaRoutes(root: OpenAPIHono<AppEnv>) {
  const app = new OpenAPIHono<AppEnv>();
  let document: unknown;
  app.get('/openapi.json', (c) => {
    document ??= root.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Hjemmel',
        version: CONTRACT_VERSION,
        description: 'Checks a proposed care-allocation decision for legality before a case manager signs it. Evaluation API, contract version 1.',
      },
    });
    return c.json(document);
  });
  app.get('/docs', swaggerUI({ url: '/openapi.json', title: 'Hjemmel API' }));
  return app;
}
