import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonConsoleLog, type LogLine } from '../../src/api/log.ts';
import { baseRequest, post, testApp } from '../helpers.ts';

const MARKER = 'MARKER-free-text-that-must-never-be-logged';

/** An app whose log lines are kept, and everything printed to the console or stdout meanwhile. */
function logged() {
  const lines: LogLine[] = [];
  const app = testApp(undefined, undefined, { log: (line) => lines.push(line) });
  const printed: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
  }
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: any, ...rest: any[]) => (printed.push(String(chunk)), write(chunk, ...rest)));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => (printed.push(String(chunk)), true));
  return { app, lines, printed };
}

afterEach(() => vi.restoreAllMocks());

describe('decision log', () => {
  it('one line per evaluation: ids, time, municipality, ruleset versions, verdict, finding ids, latency; no request text', async () => {
    const { app, lines, printed } = logged();
    const request = baseRequest('contract-example');
    request.decision.grounds.text = `${MARKER} — søkjaren bur åleine og har vore innlagd.`;
    const response = await post(app, '/v1/evaluations', request);
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;

    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(Object.keys(line).sort()).toEqual(['evaluationId', 'event', 'findings', 'latencyMs', 'municipality', 'requestId', 'role', 'rulesets', 'evaluatedAt', 'traceId', 'verdict'].sort());
    expect(line).toMatchObject({
      event: 'evaluation',
      evaluationId: body.evaluationId,
      requestId: response.headers.get('x-request-id'),
      evaluatedAt: body.evaluatedAt,
      municipality: '4601',
      role: 'caseworker',
      rulesets: ['no-national@2026.1.0', 'municipality-4601@1.0.0'],
      verdict: 'blocked',
      findings: body.findings.map((f: any) => f.rule),
    });
    expect(line.event === 'evaluation' && line.latencyMs).toBeGreaterThanOrEqual(0);

    const everything = JSON.stringify(lines) + printed.join('\n');
    expect(everything).not.toContain(MARKER);
    expect(everything).not.toContain('innlagd');
    expect(everything).not.toContain(JSON.stringify(request.decision));
    expect(everything).not.toContain('test-key-caseworker');
  });

  it('one refusal line for a refused request: status, route, reason code; not its text, not the key', async () => {
    const { app, lines, printed } = logged();
    const request = baseRequest('clear-grant');
    request.decision.grounds.text = MARKER;
    request.decision.kind = 'not-a-kind';
    const response = await post(app, '/v1/evaluations', request);
    expect(response.status).toBe(422);
    expect(lines).toEqual([
      {
        event: 'refusal',
        requestId: response.headers.get('x-request-id'),
        traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
        method: 'POST',
        route: '/v1/evaluations',
        status: 422,
        problem: 'invalid-request',
      },
    ]);
    const unknownKey = await post(app, '/v1/rulesets', {}, { authorization: 'Bearer not-a-known-key-MARKER' });
    expect(unknownKey.status).toBe(401);
    expect(lines[1]).toMatchObject({ event: 'refusal', status: 401, problem: 'unauthorized' });
    expect(JSON.stringify(lines) + printed.join('\n')).not.toContain(MARKER);
  });

  it('traceparent: a valid one is continued (same trace id in the response header and the log line), else a new trace begins', async () => {
    const { app, lines } = logged();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await post(app, '/v1/evaluations', baseRequest('clear-grant'), { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    expect(response.status).toBe(200);
    const answered = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(response.headers.get('traceparent') ?? '');
    expect(answered?.[1]).toBe(traceId);
    expect(answered?.[2]).not.toBe('00f067aa0ba902b7'); // a span id of its own
    expect(lines[0]).toMatchObject({ event: 'evaluation', traceId });

    for (const invalid of [undefined, 'garbage', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`, `ff-${traceId}-00f067aa0ba902b7-01`]) {
      const fresh = await post(app, '/v1/evaluations', baseRequest('clear-grant'), invalid ? { traceparent: invalid } : {});
      const id = /^00-([0-9a-f]{32})-[0-9a-f]{16}-01$/.exec(fresh.headers.get('traceparent') ?? '')?.[1];
      expect(id, invalid).toMatch(/^[0-9a-f]{32}$/);
      expect(id).not.toBe(traceId);
      expect(lines.at(-1)).toMatchObject({ traceId: id });
    }
  });

  it('the Worker form: one JSON object per console line', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
    jsonConsoleLog({ event: 'fault', requestId: 'r1', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', method: 'POST', route: '/v1/evaluations', error: 'TypeError', frames: [] });
    expect(printed).toHaveLength(1);
    expect(JSON.parse(printed[0]!)).toMatchObject({ level: 'error', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), event: 'fault', requestId: 'r1' });
  });
});
