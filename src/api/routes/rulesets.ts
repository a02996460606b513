import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { PreparedRuleset } from '../../rulesets/prepared.ts';
import type { AppEnv } from '../env.ts';
import { maySee, visibleVersions } from '../../decision/access.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import { problem } from '../problem.ts';
import { problemResponses, RulesetDetail, RulesetList } from '../schemas.ts';

function summary({ file, digest }: PreparedRuleset) {
  return {
    id: file.id,
    version: file.version,
    layer: file.layer,
    status: file.status,
    validFrom: file.validFrom ?? null,
    validTo: file.validTo ?? null,
    municipality: file.layer === 'municipal' ? file.municipality : null,
    digest,
    title: file.title,
    ruleCount: file.rules.length,
  };
}

const readers = requireRole('caseworker', 'legal');

const list = createRoute({
  method: 'get',
  path: '/v1/rulesets',
  summary: 'List every ruleset version',
  description: 'Roles: caseworker (published versions), legal (drafts too).',
  middleware: readers,
  security: bearerSecurity,
  responses: {
    200: { description: 'Ids, versions, effective dates, digests and status', content: { 'application/json': { schema: RulesetList } } },
    ...problemResponses(401, 403, 503),
  },
});

const one = createRoute({
  method: 'get',
  path: '/v1/rulesets/{id}/{version}',
  summary: 'One ruleset version: rules, citations, wording, changelog',
  description: 'Roles: caseworker (published versions), legal (drafts too).',
  middleware: readers,
  security: bearerSecurity,
  request: { params: z.object({ id: z.string(), version: z.string() }) },
  responses: {
    200: { description: 'The version as loaded', content: { 'application/json': { schema: RulesetDetail } } },
    ...problemResponses(401, 403, 404, 503),
  },
});

export function rulesetRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(list, (c) => {
    return c.json({ rulesets: visibleVersions(c.get('role'), c.get('deps').registry.versions).map(summary) }, 200);
  });
  app.openapi(one, (c) => {
    const { id, version } = c.req.valid('param');
    const found = c.get('deps').registry.get(id, version);
    if (!found) return problem(404, `No ruleset ${id} version ${version}.`) as never;
    if (!maySee(c.get('role'), found)) return problem(403, `${id} ${version} is a draft; reading drafts needs the legal role.`) as never;
    const { file } = found;
    return c.json(
      {
        ...summary(found),
        source: found.source,
        changelog: file.changelog,
        language: file.layer === 'municipal' ? file.language : null,
        exampleData: file.layer === 'municipal' ? file.exampleData === true : false,
        catalogue: file.catalogue,
        referenceRanges: file.layer === 'municipal' ? file.referenceRanges : [],
        rules: file.rules,
        wording: file.wording,
      },
      200,
    );
  });
  return app;
}
