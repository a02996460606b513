import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../api/env.ts';
import { assess, score } from '../../training/assess.ts';
import { sectionRoles } from '../access.ts';
import { frameOf, send } from '../frame.tsx';
import { WITH_ENGLISH } from '../i18n.ts';
import { notFound, unreadableForm } from '../problems.tsx';
import { pageAuth, readForm } from '../session.tsx';
import { ScenarioPage, TrainerPage, TrainingListPage } from './page.tsx';

/** /training: scenarios for learners of any role; /training/trainer for trainers and legal staff. */
export function trainingRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', pageAuth(...sectionRoles.training));
  app.use('/trainer', pageAuth(...sectionRoles.trainer));

  app.get('/', (c) => {
    const { registry, training } = c.get('deps');
    return send(c, <TrainingListPage frame={frameOf(c, WITH_ENGLISH)} registry={registry} scenarios={training?.scenarios ?? []} />);
  });
  app.get('/trainer', (c) => {
    const frame = frameOf(c, WITH_ENGLISH);
    const { registry, training } = c.get('deps');
    const rows = (training?.scenarios ?? []).map((scenario) => ({ scenario, assessment: assess(scenario, registry, frame.lang) }));
    return send(c, <TrainerPage frame={frame} registry={registry} rows={rows} />);
  });

  const scenarioPage = async (c: Context<AppEnv>, answered: boolean) => {
    const frame = frameOf(c, WITH_ENGLISH);
    const { registry, training } = c.get('deps');
    const scenarios = training?.scenarios ?? [];
    const at = scenarios.findIndex((s) => s.id === c.req.param('id'));
    const scenario = scenarios[at];
    if (!scenario) return notFound(c);
    const next = scenarios[at + 1];
    const assessment = assess(scenario, registry, frame.lang);
    const common = { frame, registry, scenario, next, assessment };
    if (!answered || !assessment.ok) return send(c, <ScenarioPage {...common} />);
    const body = await readForm(c);
    if (!body) return unreadableForm(c);
    const list = (name: string) => [body[name] ?? []].flat().filter((v): v is string => typeof v === 'string');
    const answers = { sign: list('sign')[0], change: list('change').map(Number).filter(Number.isInteger), rule: list('rule') };
    return send(c, <ScenarioPage {...common} answers={answers} score={score(assessment, answers)} />);
  };
  app.get('/:id', (c) => scenarioPage(c, false));
  app.post('/:id', (c) => scenarioPage(c, true));

  app.all('*', (c) => notFound(c));
  return app;
}
