import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { swaggerUI } from '@hono/swagger-ui';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';

export const CONTRACT_VERSION = '1';

const health = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness, with the published ruleset versions loaded (drafts are never listed: this route is public)',
  responses: {
    200: {
      description: 'Alive',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('ok'), rulesets: z.array(z.object({ id: z.string(), version: z.string(), status: z.string(), digest: z.string() })) }),
        },
      },
    },
  },
});

/** Health, the OpenAPI document and its interactive page. `root` is the app whose routes the document describes. */
export function metaRoutes(root: OpenAPIHono<AppEnv>) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(health, (c) =>
    c.json(
      {
        status: 'ok' as const,
        rulesets: c
          .get('deps')
          .registry.versions.filter(({ file }) => file.status === 'published')
          .map(({ file, digest }) => ({ id: file.id, version: file.version, status: file.status, digest })),
      },
      200,
    ),
  );
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
