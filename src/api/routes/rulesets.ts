import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { PreparedRuleset } from '../../rulesets/prepared.ts';
import type { AppEnv } from '../env.ts';
import { maySee, visibleVersions } from '../../decision/access.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import { IMMUTABLE, notModified, REVALIDATE } from '../caching.ts';
import { problem } from '../problem.ts';
import { digestOf } from '../../rulesets/digest.ts';
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
  operationId: 'listRulesets',
  tags: ['Rulesets'],
  summary: 'List every ruleset version',
  description:
    'Roles: caseworker (published versions), legal (drafts too). Cache-Control: no-cache with an ETag: revalidate with If-None-Match (304 when unchanged); the list differs by key (Vary: Authorization).',
  middleware: readers,
  security: bearerSecurity,
  responses: {
    200: { description: 'Ids, versions, effective dates, digests and status', content: { 'application/json': { schema: RulesetList } } },
    304: { description: 'Not modified: the If-None-Match ETag is current' },
    ...problemResponses(401, 403, 503),
  },
});

const one = createRoute({
  method: 'get',
  path: '/v1/rulesets/{id}/{version}',
  operationId: 'getRuleset',
  tags: ['Rulesets'],
  summary: 'One ruleset version: rules, citations, wording, changelog',
  description:
    'Roles: caseworker (published versions), legal (drafts too). The ETag is the version\'s digest. A published version never changes: `Cache-Control: public, max-age=31536000, immutable`. A draft: `private, no-cache` (revalidate with If-None-Match; 304 when unchanged).',
  middleware: readers,
  security: bearerSecurity,
  request: { params: z.object({ id: z.string(), version: z.string() }) },
  responses: {
    200: { description: 'The version as loaded', content: { 'application/json': { schema: RulesetDetail } } },
    304: { description: 'Not modified: the If-None-Match ETag (the digest) is current' },
    ...problemResponses(401, 403, 404, 503),
  },
});

export function rulesetRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(list, (c) => {
    const body = { rulesets: visibleVersions(c.get('role'), c.get('deps').registry.versions).map(summary) };
    // The list is a function of the versions' digests and the role's view: its digest is a strong ETag.
    const unchanged = notModified(c, `"${digestOf(body)}"`, REVALIDATE, true);
    if (unchanged) return unchanged as never;
    return c.json(body, 200);
  });
  app.openapi(one, (c) => {
    const { id, version } = c.req.valid('param');
    const found = c.get('deps').registry.get(id, version);
    if (!found) return (c.get('deps').registry.versionsOf(id).length === 0 ? problem('unknown-ruleset', `No ruleset ${id}.`, [{ path: 'id', message: 'unknown ruleset id' }]) : problem('unknown-version', `No ruleset ${id} version ${version}.`, [{ path: 'version', message: `unknown version ${version}` }])) as never;
    if (!maySee(c.get('role'), found)) return problem('draft-needs-legal', `${id} ${version} is a draft; reading drafts needs the legal role.`) as never;
    const { file } = found;
    const unchanged = notModified(c, `"${found.digest}"`, file.status === 'published' ? IMMUTABLE : `private, ${REVALIDATE}`, false);
    if (unchanged) return unchanged as never;
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
