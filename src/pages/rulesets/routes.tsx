import { Hono } from 'hono';
import type { AppEnv } from '../../api/env.ts';
import { diffRulesets } from '../../rulesets/diff.ts';
import type { PreparedRuleset } from '../../rulesets/prepared.ts';
import { sectionRoles } from '../access.ts';
import { visibleVersions } from '../../decision/access.ts';
import { frameOf, send } from '../frame.tsx';
import { NORWEGIAN } from '../i18n.ts';
import { notFound } from '../problems.tsx';
import { pageAuth } from '../session.tsx';
import { RulesetDetailPage, RulesetDiffPage, RulesetListPage } from './page.tsx';

function groupById(versions: readonly PreparedRuleset[]): [string, PreparedRuleset[]][] {
  const byId = new Map<string, PreparedRuleset[]>();
  for (const v of versions) byId.set(v.file.id, [...(byId.get(v.file.id) ?? []), v]);
  return [...byId];
}

/** /rulesets: every ruleset version, one version, and the diff between two. */
export function rulesetPageRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', pageAuth(...sectionRoles.rulesets));

  app.get('/', (c) => {
    const frame = frameOf(c, NORWEGIAN);
    return send(c, <RulesetListPage frame={frame} byId={groupById(visibleVersions(frame.role, c.get('deps').registry.versions))} />);
  });
  app.get('/:id/diff', (c) => {
    const frame = frameOf(c, NORWEGIAN);
    const versions = visibleVersions(frame.role, c.get('deps').registry.versionsOf(c.req.param('id')));
    const from = versions.find((v) => v.file.version === c.req.query('from'));
    const to = versions.find((v) => v.file.version === c.req.query('to'));
    if (!from || !to) return notFound(c);
    return send(c, <RulesetDiffPage frame={frame} from={from} to={to} diff={diffRulesets(from.file, to.file)} />);
  });
  app.get('/:id/:version', (c) => {
    const frame = frameOf(c, NORWEGIAN);
    const versions = visibleVersions(frame.role, c.get('deps').registry.versionsOf(c.req.param('id')));
    const version = versions.find((v) => v.file.version === c.req.param('version'));
    if (!version) return notFound(c);
    return send(c, <RulesetDetailPage frame={frame} version={version} others={versions} />);
  });

  app.all('*', (c) => notFound(c));
  return app;
}
