import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { requestId, type RequestIdVariables } from 'hono/request-id';
import { routePath } from 'hono/route';
import { secureHeaders } from 'hono/secure-headers';
import type { ReceiptKeys } from '../receipts/keys.ts';
import type { Registry } from '../rulesets/registry.ts';
import { bodyLimit } from './body-limit.ts';
import { cors } from './cors.ts';
import { authenticate, bearerScheme, type ApiKeys, type AuthEnv } from './auth.ts';
import { inputGuard } from './input-guard.ts';
import { describeFault, type Log } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { DocsAsset } from './docs.ts';
import { operationsRoutes } from './routes/operations.ts';
import { responseTraceparent, traceOf, type TraceContext } from './trace.ts';
import { allowedMethods } from './allowed-methods.ts';
import { CONTENT_TYPE_ERROR, INVALID_JSON_ERROR } from './body.ts';
import { fieldErrors, problem, PROBLEM_BASE } from './problem.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { impactRoutes } from './routes/impact.ts';
import { metaRoutes } from './routes/meta.ts';
import { receiptRoutes } from './routes/receipts.ts';
import { rulesetRoutes } from './routes/rulesets.ts';
import { pageRoutes } from '../pages/routes.tsx';
import type { TrainingSet } from '../training/load.ts';

/** What varies between faces (Node, Worker, tests): passed in, never reached for. */
export interface AppDeps {
  registry: Registry;
  /** The current time; tests pass a fixed one. */
  clock: () => Date;
  /** A fresh evaluation id. */
  newId: () => string;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
  /** Training scenarios for the pages; the face reads them (Node from fixtures/training, a Worker from its bundle). */
  training?: TrainingSet;
  /** sha256(key) → role (see auth.ts). Absent: no keys configured, so every /v1 call is refused (503), never served open. */
  apiKeys?: ApiKeys;
  /** The receipt signing key. Absent: evaluations are refused (503), as a verdict without a receipt cannot be proved. */
  receiptKeys?: ReceiptKeys;
  /** Where the decision log and fault lines go (pino on Node, JSON console on the Worker). Absent: nowhere. */
  log?: Log;
  /** Browser origins allowed to call the API (CORS). Absent or empty: none. */
  corsOrigins?: readonly string[];
  /** Where counts go, for a face that exposes /metrics (Node). Absent: none kept, /metrics is 404. */
  metrics?: Metrics;
  /** swagger-ui's files for /docs (src/api/docs.ts), read by the face. Absent: /docs has no assets (404). */
  docsAsset?: (file: DocsAsset) => Promise<BodyInit | undefined>;
  /** True once the face is stopping (Node, on SIGTERM): /readyz then answers 503. */
  stopping?: () => boolean;
}

export type AppEnv = {
  Variables: { deps: AppDeps; log: Log; receivedAt: number; trace: TraceContext } & AuthEnv['Variables'] & RequestIdVariables;
};

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

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

  // Every response: a fresh request id (an incoming X-Request-Id is ignored: a caller could put
  // anything in one, and it goes into the log), the W3C trace the call continues or begins (its
  // traceparent answered), secure headers, CORS only for the configured origins (the JWKS for any).
  app.use('*', requestId({ headerName: '' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('log', log);
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

  // /v1: a key first (no body is read for a stranger), then the body limit, then the shape and
  // personal-data guard, then each route's own role check and schema.
  app.use('/v1/*', authenticate(deps.apiKeys));
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const tooLarge = () => problem('body-too-large', `The body is larger than ${maxBodyBytes} bytes.`);
  app.use('/v1/*', bodyLimit(maxBodyBytes, tooLarge));
  app.use('/v1/*', inputGuard());
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', bearerScheme);

  app.route('/', evaluationRoutes());
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
    if (error instanceof HTTPException && error.status === 413) return tooLarge();
    log({ event: 'fault', requestId: c.get('requestId'), traceId: c.get('trace').traceId, method: c.req.method, route: routePath(c, -1), ...describeFault(error) });
    // Never a verdict, never internals: the case manager must not mistake this for a check.
    return problem('internal-error', 'The evaluation could not be completed. No verdict was given.');
  });
  return app;
}
