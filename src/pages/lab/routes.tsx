import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../api/env.ts';
import { describeFault } from '../../api/log.ts';
import { signAndRecord } from '../../api/record.ts';
import { standingsOf } from '../../insight/standing.ts';
import { OutcomeRequest } from '../../record/contract.ts';
import { evaluationContent } from '../../record/entry.ts';
import { recordOutcome } from '../../record/outcome.ts';
import { sectionRoles } from '../access.ts';
import { frameOf, send } from '../frame.tsx';
import { NORWEGIAN } from '../i18n.ts';
import { notFound, recordUnavailable, unreadableForm } from '../problems.tsx';
import { pageAuth, readForm } from '../session.tsx';
import { pinsFromForm } from './form.ts';
import { LabOutcomePage, LabPage, type OutcomeAnswerView } from './page.tsx';
import { blankRequest, formInput, labAnswer, type LabInput, type LabView } from './run.ts';

/** A pasted request sent as JSON by the page's script: the body is the request as pasted; the form's choices ride in the address. */
function jsonInput(json: string, query: Record<string, string>): LabInput {
  return { action: 'json', form: {}, json, pins: { A: pinsFromForm(query, 'A'), B: pinsFromForm(query, 'B') }, compare: query.compare === 'true' };
}

/**
 * Records side A's check in the decision record as the API records an evaluation (signAndRecord;
 * a what-if pin marked), and reads where its grants fall among the municipality's past decisions.
 * Side B, a comparison with other versions, is not recorded. Undefined when the record could not be
 * written: then no verdict is shown, as the API gives none.
 */
async function recorded(c: Context<AppEnv>, view: LabView): Promise<LabView | undefined> {
  const side = view.sides[0];
  if (!side?.result.ok) return view;
  const { record, receiptKeys } = c.get('deps');
  if (!record || !receiptKeys) return { ...view, recording: { state: 'off' } };
  const { checked, sent } = side.result;
  const signed = await signAndRecord(c, sent, checked, receiptKeys);
  if (!signed.ok) return undefined;
  const { evaluationId, evaluatedAt, receipt } = signed;
  const standings = await standingsOf(record, evaluationContent({ evaluationId, evaluatedAt, checked, receipt }));
  return { ...view, standings, recording: { state: checked.whatIf.length > 0 ? 'what-if' : 'recorded', evaluationId } };
}

/** A posted outcome form as the contract's outcome request: `deviation.<rule>` fields with a reason, the empty choice left out. */
function outcomeRequestOf(body: Record<string, unknown>) {
  const deviations = Object.entries(body).flatMap(([name, reason]) => (name.startsWith('deviation.') && reason !== '' ? [{ rule: name.slice('deviation.'.length), reason }] : []));
  return OutcomeRequest.safeParse({ outcome: body.outcome, deviations });
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
    const view = await recorded(c, labAnswer(input, { registry: deps.registry, role: frame.role, lang: frame.lang, t: frame.t }));
    if (!view) return recordUnavailable(c);
    return send(c, page(frame, deps, view));
  });

  // What became of a checked draft, from the form under the lab's answer: the outcome route's logic (recordOutcome), in Norwegian.
  app.post('/outcome', async (c) => {
    const frame = frameOf(c, NORWEGIAN);
    const record = c.get('deps').record;
    const body = await readForm(c);
    if (!body) return unreadableForm(c);
    const evaluationId = typeof body.evaluationId === 'string' ? body.evaluationId : '';
    const answerPage = (answer: OutcomeAnswerView, status: 200 | 404 | 409 | 422 | 503) => send(c, <LabOutcomePage frame={frame} answer={answer} />, status);
    if (!record) return answerPage({ state: 'off' }, 503);
    const request = outcomeRequestOf(body);
    if (!request.success || evaluationId === '' || evaluationId.length > 100) return answerPage({ state: 'invalid' }, 422);
    let result: Awaited<ReturnType<typeof recordOutcome>>;
    try {
      result = await recordOutcome(record, evaluationId, request.data, c.get('deps').clock());
    } catch (error) {
      c.get('log')({ event: 'fault', requestId: c.get('requestId'), traceId: c.get('trace').traceId, method: 'POST', route: '/lab/outcome', ...describeFault(error) });
      return answerPage({ state: 'unavailable' }, 503);
    }
    switch (result.status) {
      case 'recorded':
        return answerPage({ state: 'recorded', evaluationId, outcome: result.recorded.outcome }, 200);
      case 'exists':
        return answerPage({ state: 'exists', evaluationId }, 409);
      case 'unknown':
        return answerPage({ state: 'unknown', evaluationId }, 404);
      case 'not-fired':
        return answerPage({ state: 'not-fired', rules: result.deviations.map((i) => request.data.deviations[i]!.rule) }, 422);
    }
  });

  app.all('*', (c) => notFound(c));
  return app;
}
