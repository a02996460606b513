import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
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
import { operationsRoutes } from './routes/operations.ts';
import { responseTraceparent, traceOf } from './trace.ts';
import { allowedMethods } from './allowed-methods.ts';
import { CONTENT_TYPE_ERROR, INVALID_JSON_ERROR } from './body.ts';
import { fieldErrors, problem, PROBLEM_BASE } from './problem.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { impactRoutes } from './routes/impact.ts';
import { insightRoutes } from './routes/insight.ts';
import { metaRoutes } from './routes/meta.ts';
import { outcomeRoutes } from './routes/outcome.ts';
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
      if (!result.success) return problem('invalid-request', 'The request is well-formed but not valid.', fieldErrors(result.error.issues));
    },
  });
  const log: Log = deps.log ?? (() => {});
  const origins = new Set(deps.corsOrigins ?? []);
  const sessions = new Sessions(deps.sessionSecret);

  // Every response: a fresh request id (an incoming X-Request-Id is ignored: a caller could put
  // anything in one, and it goes into the log), the W3C trace the call continues or begins (its
  // traceparent answered), secure headers, CORS only for the configured origins (the JWKS for any).
  app.use('*', requestId({ headerName: '' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('log', log);
    c.set('sessions', sessions);
    c.set('receivedAt', performance.now());
    const trace = traceOf(c.req.header('traceparent'));
    c.set('trace', trace);
    await next();
    // Every response names its request id; every problem, whichever route or middleware made it,
    // carries it in the body too, as the log does, with the path it answers as its `instance`. Set
    // here, on the finished response, rather than before the route runs: Hono would otherwise copy
    // the response to merge its headers.
    const id = c.get('requestId');
    if (c.res.headers.get('content-type')?.startsWith('application/problem+json')) {
      const body = (await c.res.clone().json()) as Record<string, unknown>;
      c.res = new Response(JSON.stringify({ ...body, instance: c.req.path, requestId: id }), { status: c.res.status, headers: c.res.headers });
      // One line per refused /v1 call: the reason code, never the body or the key. A 500 has its fault line.
      if (c.req.path.startsWith('/v1/') && c.res.status !== 500) {
        const reason = String(body.type).slice(PROBLEM_BASE.length);
        log({
          event: 'refusal',
          requestId: id,
          traceId: trace.traceId,
          method: c.req.method,
          route: routePath(c, -1),
          status: c.res.status,
          problem: reason,
        });
        deps.metrics?.refusal(c.res.status, reason);
      }
    }
    deps.metrics?.request(c.req.method, routePath(c, -1), c.res.status, (performance.now() - c.get('receivedAt')) / 1000);
    c.res.headers.set('X-Request-Id', id);
    c.res.headers.set('traceparent', responseTraceparent(trace));
  });
  app.use('*', secureHeaders());
  app.use(
    '*',
    cors({
      allowOrigin: (origin, path) => (path === JWKS_PATH ? '*' : origins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match', 'traceparent'],
      exposeHeaders: ['X-Request-Id', 'traceparent', 'ETag'],
      maxAgeSeconds: 600,
    }),
  );

  // /v1: a key first (it is a header: no body is read for a stranger), then the body limit, then the
  // shape and personal-data guard, then each route's own role check and schema. Every other route
  // that reads a body (the pages' forms, /login with its key in the body) has the same limit, before
  // anything reads it.
  app.use('/v1/*', authenticate(deps.apiKeys));
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // One answer for a body found too large, whether by this limit or by a route's own reading: a
  // problem on /v1, a page in Norwegian elsewhere.
  const bodyTooLarge = (c: Context<AppEnv>) =>
    c.req.path.startsWith('/v1/') ? problem('body-too-large', `The body is larger than ${maxBodyBytes} bytes.`) : tooLarge(c, maxBodyBytes);
  app.use('*', bodyLimit(maxBodyBytes, bodyTooLarge));
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
  app.route('/', operationsRoutes());
  app.route('/', metaRoutes(app));
  app.route('/', pageRoutes());

  // A path that exists for other methods is 405 with Allow; any other is 404.
  app.notFound((c) => {
    const allowed = allowedMethods(app.routes, c.req.path);
    if (allowed.length === 0) return problem('not-found', `No route ${c.req.method} ${c.req.path}.`);
    const response = problem('method-not-allowed', `${c.req.path} does not take ${c.req.method}; it takes ${allowed.join(', ')}.`);
    response.headers.set('Allow', allowed.join(', '));
    return response;
  });
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 400) return problem('invalid-json', 'The body is not valid JSON.', [INVALID_JSON_ERROR]);
    if (error instanceof HTTPException && error.status === 415) return problem('not-json', 'Send the body as application/json.', [CONTENT_TYPE_ERROR]);
    if (error instanceof HTTPException && error.status === 413) return bodyTooLarge(c);
    log({ event: 'fault', requestId: c.get('requestId'), traceId: c.get('trace').traceId, method: c.req.method, route: routePath(c, -1), ...describeFault(error) });
    // Never a verdict, never internals: the case manager must not mistake this for a check.
    return problem('internal-error', 'The evaluation could not be completed. No verdict was given.');
  });
  return app;
}
