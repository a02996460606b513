import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../api/app.ts';
import { diffRulesets } from '../rulesets/diff.ts';
import type { PreparedRuleset } from '../rulesets/prepared.ts';
import { assess, score } from '../training/assess.ts';
import { pageStyles, pageScript } from './assets.ts';
import { visibleVersions } from '../decision/access.ts';
import { NORWEGIAN, pageLanguage, translator, WITH_ENGLISH } from './i18n.ts';
import { blankRequest, labPost, LabPage, type LabView } from './lab/page.tsx';
import { RulesetDetailPage, RulesetDiffPage, RulesetListPage } from './rulesets/page.tsx';
import { ScenarioPage, TrainerPage, TrainingListPage } from './training/page.tsx';
import { messagePage, pageAuth, readForm, sessionRoutes, unreadableForm } from './session.tsx';

type C = Context<AppEnv>;

/** Sends a page; the pages hold no state, so nothing a visitor enters outlives the response. */
async function send(c: C, node: Child, status: 200 | 404 = 200) {
  c.header('cache-control', 'no-store');
  return c.html(`<!doctype html>${await (node as { toString(): string | Promise<string> }).toString()}`, status);
}

function language(c: C, offered: typeof NORWEGIAN) {
  const lang = pageLanguage(c.req.query('lang'), offered);
  return { lang, t: translator(lang) };
}

const notFound = (c: C, offered = NORWEGIAN) => messagePage(c, 'notFound', 'notFoundText', 404, offered);

function groupById(versions: readonly PreparedRuleset[]): [string, PreparedRuleset[]][] {
  const byId = new Map<string, PreparedRuleset[]>();
  for (const v of versions) byId.set(v.file.id, [...(byId.get(v.file.id) ?? []), v]);
  return [...byId];
}

const scenarioList = (c: C, lang: 'nb' | 'nn' | 'en') =>
  (c.get('deps').training?.scenarios ?? []).map((s) => ({ id: s.id, title: s.title[lang] ?? s.title.nb }));

/** The web pages: rule lab, ruleset browser and training. Server-rendered; the scripts only add to them. */
export function pageRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/assets/pages.css', (c) => c.body(pageStyles, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/assets/pages.js', (c) => c.body(pageScript, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/', (c) => c.redirect('/lab'));
  sessionRoutes(app);

  // The same roles as the API: the lab and the ruleset browser are the caseworker's and legal
  // staff's (drafts for legal only, see src/decision/access.ts); training is for learners (any role); the
  // trainer's overview is the trainer's and legal staff's.
  const reader = pageAuth('caseworker', 'legal');
  app.use('/lab', reader);
  app.use('/lab/*', reader);
  app.use('/rulesets', reader);
  app.use('/rulesets/*', reader);
  app.use('/training/trainer', pageAuth('trainer', 'legal'));
  app.use('/training', pageAuth('caseworker', 'legal', 'trainer'));
  app.use('/training/*', pageAuth('caseworker', 'legal', 'trainer'));

  app.get('/lab', (c) => {
    const { lang, t } = language(c, NORWEGIAN);
    const chosen = c.req.query('scenario');
    const scenario = chosen ? c.get('deps').training?.get(chosen) : undefined;
    const values = scenario?.request ?? blankRequest(c.get('deps').clock().toISOString().slice(0, 10));
    const services = (values.decision as { services?: unknown[] } | undefined)?.services;
    const view: LabView = { values, lines: Math.max(1, services?.length ?? 1), json: JSON.stringify(values, null, 2), jsonMode: false, compare: false, sides: [] };
    return send(c, <LabPage c={c} lang={lang} t={t} view={view} scenarios={scenarioList(c, lang)} chosenScenario={scenario?.id} />);
  });
  app.post('/lab', async (c) => {
    const { lang, t } = language(c, NORWEGIAN);
    const body = await readForm(c);
    if (!body) return unreadableForm(c);
    const view = labPost(c, t, body);
    return send(c, <LabPage c={c} lang={lang} t={t} view={view} scenarios={scenarioList(c, lang)} />);
  });

  app.get('/rulesets', (c) => {
    const { lang, t } = language(c, NORWEGIAN);
    return send(c, <RulesetListPage c={c} lang={lang} t={t} byId={groupById(visibleVersions(c.get('role'), c.get('deps').registry.versions))} />);
  });
  app.get('/rulesets/:id/diff', (c) => {
    const { lang, t } = language(c, NORWEGIAN);
    const id = c.req.param('id');
    const versions = visibleVersions(c.get('role'), c.get('deps').registry.versionsOf(id));
    const from = versions.find((v) => v.file.version === c.req.query('from'));
    const to = versions.find((v) => v.file.version === c.req.query('to'));
    if (!from || !to) return notFound(c);
    return send(c, <RulesetDiffPage c={c} lang={lang} t={t} from={from} to={to} diff={diffRulesets(from.file, to.file)} />);
  });
  app.get('/rulesets/:id/:version', (c) => {
    const { lang, t } = language(c, NORWEGIAN);
    const versions = visibleVersions(c.get('role'), c.get('deps').registry.versionsOf(c.req.param('id')));
    const version = versions.find((v) => v.file.version === c.req.param('version'));
    if (!version) return notFound(c);
    return send(c, <RulesetDetailPage c={c} lang={lang} t={t} version={version} others={versions} />);
  });

  app.get('/training', (c) => {
    const { lang, t } = language(c, WITH_ENGLISH);
    return send(c, <TrainingListPage c={c} lang={lang} t={t} scenarios={c.get('deps').training?.scenarios ?? []} />);
  });
  app.get('/training/trainer', (c) => {
    const { lang, t } = language(c, WITH_ENGLISH);
    const { registry, training } = c.get('deps');
    const rows = (training?.scenarios ?? []).map((scenario) => ({ scenario, assessment: assess(scenario, registry, lang) }));
    return send(c, <TrainerPage c={c} lang={lang} t={t} rows={rows} />);
  });
  const scenarioPage = async (c: C, answered: boolean) => {
    const { lang, t } = language(c, WITH_ENGLISH);
    const { registry, training } = c.get('deps');
    const scenario = training?.get(c.req.param('id') ?? '');
    if (!scenario) return notFound(c, WITH_ENGLISH);
    const assessment = assess(scenario, registry, lang);
    if (!answered || !assessment.ok) return send(c, <ScenarioPage c={c} lang={lang} t={t} scenario={scenario} assessment={assessment} />);
    const body = await readForm(c);
    if (!body) return unreadableForm(c);
    const list = (name: string) => [body[name] ?? []].flat().filter((v): v is string => typeof v === 'string');
    const answers = { sign: list('sign')[0], change: list('change').map(Number).filter(Number.isInteger), rule: list('rule') };
    return send(c, <ScenarioPage c={c} lang={lang} t={t} scenario={scenario} assessment={assessment} answers={answers} score={score(assessment, answers)} />);
  };
  app.get('/training/:id', (c) => scenarioPage(c, false));
  app.post('/training/:id', (c) => scenarioPage(c, true));

  for (const prefix of ['/lab/*', '/rulesets/*', '/training/*']) app.all(prefix, (c) => notFound(c, prefix === '/training/*' ? WITH_ENGLISH : NORWEGIAN));
  return app;
}
