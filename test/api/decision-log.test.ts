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
    expect(Object.keys(line).sort()).toEqual(['evaluationId', 'event', 'findings', 'latencyMs', 'municipality', 'requestId', 'role', 'rulesets', 'time', 'verdict'].sort());
    expect(line).toMatchObject({
      event: 'evaluation',
      evaluationId: body.evaluationId,
      requestId: response.headers.get('x-request-id'),
      time: body.evaluatedAt,
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

  it('nothing for a refused request, and its text is printed nowhere', async () => {
    const { app, lines, printed } = logged();
    const request = baseRequest('clear-grant');
    request.decision.grounds.text = MARKER;
    request.decision.kind = 'not-a-kind';
    expect((await post(app, '/v1/evaluations', request)).status).toBe(422);
    expect(lines).toEqual([]);
    expect(printed.join('\n')).not.toContain(MARKER);
  });

  it('the Worker form: one JSON object per console line', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
    jsonConsoleLog({ event: 'fault', requestId: 'r1', method: 'POST', route: '/v1/evaluations', error: 'TypeError', frames: [] });
    expect(printed).toHaveLength(1);
    expect(JSON.parse(printed[0]!)).toMatchObject({ level: 'error', event: 'fault', requestId: 'r1' });
  });
});
