import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { allRecords } from '../../insight/read.ts';
import { DecisionRecordJson, filterOf, RecordPage, RecordQuery } from '../../record/contract.ts';
import type { RecordWithOutcome } from '../../record/store.ts';
import type { AppEnv } from '../env.ts';
import { bearerSecurity, requireRole } from '../auth.ts';
import { problem } from '../problem.ts';
import { problemResponses } from '../schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/v1/records',
  operationId: 'listRecords',
  tags: ['Decision record'],
  summary: 'The decision record: answered evaluations with their outcomes',
  description:
    'Records in chain order, filtered by period (from, to: whole UTC days, inclusive), municipality, verdict and rule, paged with cursor (nextCursor of the page before). With Accept: application/x-ndjson, every matching record from the cursor on is streamed, one JSON object a line. Role: legal.',
  middleware: requireRole('legal'),
  security: bearerSecurity,
  request: { query: RecordQuery },
  responses: {
    200: {
      description: 'A page of records',
      content: { 'application/json': { schema: RecordPage }, 'application/x-ndjson': { schema: DecisionRecordJson } },
    },
    ...problemResponses(401, 403, 422, 503),
  },
});

export function recordJson({ outcome, prevDigest: _, ...row }: RecordWithOutcome): DecisionRecordJson {
  return {
    ...row,
    evaluatedAt: row.evaluatedAt.toISOString(),
    verdict: row.verdict as DecisionRecordJson['verdict'],
    outcome: outcome
      ? { outcome: outcome.outcome as NonNullable<DecisionRecordJson['outcome']>['outcome'], deviations: outcome.deviations as NonNullable<DecisionRecordJson['outcome']>['deviations'], recordedAt: outcome.recordedAt.toISOString() }
      : null,
  };
}

export function recordRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(route, async (c) => {
    const record = c.get('deps').record;
    if (!record) return problem('record-off', 'This deployment runs without a decision record (HJEMMEL_RECORD=off).') as never;
    const query = c.req.valid('query');
    const filter = filterOf(query);
    const after = query.cursor === undefined ? undefined : Number(query.cursor);
    if (c.req.header('accept')?.includes('application/x-ndjson')) {
      c.header('content-type', 'application/x-ndjson; charset=utf-8');
      return stream(c, async (out) => {
        for await (const page of allRecords(record, filter, after)) await out.write(page.map((r) => `${JSON.stringify(recordJson(r))}\n`).join(''));
      }) as never;
    }
    const rows = await record.list(filter, after, query.limit);
    const nextCursor = rows.length === query.limit ? String(rows.at(-1)!.seq) : null;
    return c.json({ records: rows.map(recordJson), nextCursor }, 200);
  });
  return app;
}
