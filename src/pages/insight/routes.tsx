import { Hono } from 'hono';
import type { AppEnv } from '../../api/env.ts';
import { readInsight } from '../../insight/read.ts';
import { InsightQuery } from '../../record/contract.ts';
import { sectionRoles } from '../access.ts';
import { frameOf, send } from '../frame.tsx';
import { NORWEGIAN } from '../i18n.ts';
import { notFound } from '../problems.tsx';
import { pageAuth } from '../session.tsx';
import { chartLabels, InsightPage } from './page.tsx';

/** /insight: the decision record's aggregates for legal staff and trainers, as /v1/insight; the charts are the face's (deps.insightCharts). */
export function insightPageRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', pageAuth(...sectionRoles.insight));

  app.get('/', async (c) => {
    const frame = frameOf(c, NORWEGIAN);
    const { record, registry, insightCharts } = c.get('deps');
    // An empty field of the scope form means "all"; a scope that does not parse shows everything rather than an error page.
    const parsed = InsightQuery.safeParse(Object.fromEntries(Object.entries(c.req.query()).filter(([name, value]) => name !== 'lang' && value !== '')));
    const scope = parsed.success ? parsed.data : {};
    const insight = record ? await readInsight(record, scope) : undefined;
    const charts = insight && insightCharts ? insightCharts(insight, chartLabels(frame.t, registry, frame.lang)) : {};
    return send(c, <InsightPage frame={frame} registry={registry} scope={scope} insight={insight} charts={charts} />);
  });

  app.all('*', (c) => notFound(c));
  return app;
}
