import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { EvaluationRequest } from '../src/decision/schema.ts';

/**
 * The HTTP floors for bench/http.ts, on the same Hono and Node adapter as the service:
 * `hello` answers GET / with a short text; `floor` takes the same POST bodies, parses the JSON,
 * validates it with the same zod schema and answers a small JSON — everything the service
 * must do before it can evaluate. Prints the address it listens on.
 */
const mode = process.argv[2];
const app = new Hono();
if (mode === 'hello') app.get('/', (c) => c.text('Hello'));
else if (mode === 'floor') {
  app.post('/v1/evaluations', async (c) => {
    const parsed = EvaluationRequest.safeParse(await c.req.json());
    return parsed.success ? c.json({ ok: true, kind: parsed.data.decision.kind }) : c.json({ ok: false }, 422);
  });
} else throw new Error('usage: transport.ts hello|floor');
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => console.log(`listening on http://${info.address}:${info.port}`));
