import { Hono } from 'hono';
import type { AppEnv } from '../../api/env.ts';
import { sectionRoles } from '../access.ts';
import { frameOf, send } from '../frame.tsx';
import { NORWEGIAN } from '../i18n.ts';
import { notFound, unreadableForm } from '../problems.tsx';
import { pageAuth, readForm } from '../session.tsx';
import { pinsFromForm } from './form.ts';
import { LabPage } from './page.tsx';
import { blankRequest, formInput, labAnswer, type LabInput, type LabView } from './run.ts';

/** A pasted request sent as JSON by the page's script: the body is the request as pasted; the form's choices ride in the address. */
function jsonInput(json: string, query: Record<string, string>): LabInput {
  return { action: 'json', form: {}, json, pins: { A: pinsFromForm(query, 'A'), B: pinsFromForm(query, 'B') }, compare: query.compare === 'true' };
}

/** /lab: the rule lab, for case workers and legal staff. */
export function labRoutes() {
  const app = new Hono<AppEnv>();
  app.use('*', pageAuth(...sectionRoles.lab));
  const page = (frame: ReturnType<typeof frameOf>, deps: AppEnv['Variables']['deps'], view: LabView, chosen?: string) => {
    const scenarios = (deps.training?.scenarios ?? []).map((s) => ({ id: s.id, title: s.title[frame.lang] ?? s.title.nb }));
    return <LabPage frame={frame} registry={deps.registry} view={view} scenarios={scenarios} chosenScenario={chosen} />;
  };

  app.get('/', (c) => {
    const frame = frameOf(c, NORWEGIAN);
    const deps = c.get('deps');
    const chosen = c.req.query('scenario');
    const scenario = chosen ? deps.training?.get(chosen) : undefined;
    const values = scenario?.request ?? blankRequest(deps.clock().toISOString().slice(0, 10));
    const services = (values.decision as { services?: unknown[] } | undefined)?.services;
    const view: LabView = { values, lines: Math.max(1, services?.length ?? 1), json: JSON.stringify(values, null, 2), jsonMode: false, compare: false, sides: [] };
    return send(c, page(frame, deps, view, scenario?.id));
  });

  app.post('/', async (c) => {
    const frame = frameOf(c, NORWEGIAN);
    const deps = c.get('deps');
    let input: LabInput;
    if (c.req.header('content-type')?.startsWith('application/json')) input = jsonInput(await c.req.text(), c.req.query());
    else {
      const body = await readForm(c);
      if (!body) return unreadableForm(c);
      input = formInput(body);
    }
    const view = labAnswer(input, { registry: deps.registry, role: frame.role, lang: frame.lang, t: frame.t });
    return send(c, page(frame, deps, view));
  });

  app.all('*', (c) => notFound(c));
  return app;
}
