import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Registry } from '../rulesets/registry.ts';
import { fieldErrors, problem } from './problem.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { impactRoutes } from './routes/impact.ts';
import { metaRoutes } from './routes/meta.ts';
import { rulesetRoutes } from './routes/rulesets.ts';

/** What varies between faces (Node, Worker, tests): passed in, never reached for. */
export interface AppDeps {
  registry: Registry;
  /** The current time; tests pass a fixed one. */
  clock: () => Date;
  /** A fresh evaluation id. */
  newId: () => string;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
}

export type AppEnv = { Variables: { deps: AppDeps } };

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

/** The one HTTP app, shared by the Node server, the Worker and the tests. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) return problem(422, 'The request is well-formed but not valid.', fieldErrors(result.error.issues));
    },
  });

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: () => problem(413, `The body is larger than ${deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes.`),
    }),
  );

  app.route('/', evaluationRoutes());
  app.route('/', impactRoutes());
  app.route('/', rulesetRoutes());
  app.route('/', metaRoutes(app));

  app.notFound((c) => problem(404, `No route ${c.req.method} ${c.req.path}.`));
  app.onError((error) => {
    if (error instanceof HTTPException) {
      if (error.status === 400) return problem(400, 'The body is not valid JSON.');
      if (error.status === 415) return problem(415, 'Send the body as application/json.');
      return problem(error.status, error.message);
    }
    // Never a verdict, never internals: the case manager must not mistake this for a check.
    return problem(500, 'The evaluation could not be completed. No verdict was given.');
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
