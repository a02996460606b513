import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { routePath } from 'hono/route';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from './body-limit.ts';
import { cors } from './cors.ts';
import { authenticate, bearerScheme } from './auth.ts';
import { DEFAULT_MAX_BODY_BYTES, type AppDeps, type AppEnv } from './env.ts';
import { inputGuard } from './input-guard.ts';
import { describeFault, type Log } from './log.ts';
import { fieldErrors, problem } from './problem.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { impactRoutes } from './routes/impact.ts';
import { insightRoutes } from './routes/insight.ts';
import { metaRoutes } from './routes/meta.ts';
import { outcomeRoutes } from './routes/outcome.ts';
import { readinessRoutes } from './routes/readiness.ts';
import { receiptRoutes } from './routes/receipts.ts';
import { recordRoutes } from './routes/records.ts';
import { rulesetRoutes } from './routes/rulesets.ts';
import { pageRoutes } from '../pages/routes.tsx';
import { tooLarge } from '../pages/problems.tsx';
import { Sessions } from '../pages/session-token.ts';
import { sameSiteOnly } from '../pages/session.tsx';

const JWKS_PATH = '/.well-known/jwks.json';

/** The one HTTP app, shared by the Node server, the Worker and the tests. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) return problem(422, 'The request is well-formed but not valid.', fieldErrors(result.error.issues));
    },
  });
  const log: Log = deps.log ?? (() => {});
  const origins = new Set(deps.corsOrigins ?? []);
  const sessions = new Sessions(deps.sessionSecret);

  // Every response: a fresh request id (an incoming X-Request-Id is ignored: a caller could put
  // anything in one, and it goes into the log), secure headers, CORS only for the configured
  // origins (the JWKS for any).
  app.use('*', requestId({ headerName: '' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('log', log);
    c.set('sessions', sessions);
    c.set('receivedAt', performance.now());
    await next();
    // Every response names its request id; every problem, whichever route or middleware made it,
    // carries it in the body too, as the log does. Set here, on the finished response, rather than
    // before the route runs: Hono would otherwise copy the response to merge its headers.
    const id = c.get('requestId');
    if (c.res.headers.get('content-type')?.startsWith('application/problem+json')) {
      const body = (await c.res.clone().json()) as Record<string, unknown>;
      c.res = new Response(JSON.stringify({ ...body, requestId: id }), { status: c.res.status, headers: c.res.headers });
    }
    c.res.headers.set('X-Request-Id', id);
  });
  app.use('*', secureHeaders());
  app.use(
    '*',
    cors({
      allowOrigin: (origin, path) => (path === JWKS_PATH ? '*' : origins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['X-Request-Id'],
      maxAgeSeconds: 600,
    }),
  );

  // /v1: a key first (it is a header: no body is read for a stranger), then the body limit, then the
  // shape and personal-data guard, then each route's own role check and schema. Every other route
  // that reads a body (the pages' forms, /login with its key in the body) has the same limit, before
  // anything reads it.
  app.use('/v1/*', authenticate(deps.apiKeys));
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  app.use(
    '*',
    bodyLimit(maxBodyBytes, (c) =>
      c.req.path.startsWith('/v1/') ? problem(413, `The body is larger than ${maxBodyBytes} bytes.`) : tooLarge(c, maxBodyBytes),
    ),
  );
  app.use('/v1/*', inputGuard());
  // The pages: a state-changing request from another site is refused before anything reads it.
  app.use('*', sameSiteOnly());
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', bearerScheme);

  app.route('/', evaluationRoutes());
  app.route('/', outcomeRoutes());
  app.route('/', recordRoutes());
  app.route('/', insightRoutes());
  app.route('/', receiptRoutes());
  app.route('/', impactRoutes());
  app.route('/', rulesetRoutes());
  app.route('/', metaRoutes(app));
  app.route('/', readinessRoutes());
  app.route('/', pageRoutes());

  app.notFound((c) => problem(404, `No route ${c.req.method} ${c.req.path}.`));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      if (error.status === 400) return problem(400, 'The body is not valid JSON.');
      if (error.status === 415) return problem(415, 'Send the body as application/json.');
      return problem(error.status, error.message);
    }
    log({ event: 'fault', requestId: c.get('requestId'), method: c.req.method, route: routePath(c, -1), ...describeFault(error) });
    // Never a verdict, never internals: the case manager must not mistake this for a check.
    return problem(500, 'The evaluation could not be completed. No verdict was given.');
  });
  return app;
}
