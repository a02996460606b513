import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { hashApiKey } from '../src/api/auth.ts';
import { generateReceiptKey } from '../src/receipts/keys.ts';
import { openRecordDb } from '../src/record/open.ts';
import { evaluationRecord } from '../src/record/schema.ts';
import { root } from './helpers.ts';
import { startServer, type Server } from './server.ts';

const start = (env: Record<string, string>) => startServer(env);

const contractExample = readFileSync(`${root}fixtures/requests/contract-example.json`, 'utf8');

function evaluate(url: string, key: string | undefined, body = contractExample) {
  return fetch(`${url}/v1/evaluations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
}

/** Waits until the server has printed `text` (log lines are written after the response). */
async function printed(server: Server, text: string) {
  for (let i = 0; i < 50 && !server.output().includes(text); i++) await new Promise((r) => setTimeout(r, 20));
  return server.output();
}

describe('Node entry', () => {
  it('refuses to start on a broken ruleset directory, naming file, rule and path', async () => {
    const { code, output } = await start({ RULES_DIR: `${root}fixtures/rulesets/broken/bad-severity` });
    expect(code).toBe(1);
    expect(output()).toMatch(/tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.severity/);
  });

  it('in development without keys: prints a key per role, says so, and answers the contract example with a receipt', async () => {
    const server = await start({ HJEMMEL_MODE: 'development' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const output = server.output();
      expect(output).toMatch(/generated for this run/);
      expect(output).toMatch(/receipts are signed with a key generated for this run/);
      const key = /caseworker\s+Authorization: Bearer (\S+)/.exec(output)![1]!;
      expect((await evaluate(server.url, undefined)).status).toBe(401);
      const response = await evaluate(server.url, key);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { verdict: string; evaluationId: string; receipt: string };
      expect(body.verdict).toBe('blocked');
      const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
      expect(jwks.keys.map((k) => k.kid)).toEqual([decodeProtectedHeader(body.receipt).kid]);
      // The decision log line, on stdout as JSON (pino), without the request's free text.
      const log = await printed(server, body.evaluationId);
      const line = JSON.parse(log.split('\n').find((l) => l.includes(body.evaluationId))!);
      expect(line).toMatchObject({ event: 'evaluation', municipality: '4601', verdict: 'blocked', role: 'caseworker' });
      expect(log).not.toContain(JSON.parse(contractExample).decision.grounds.text);
    } finally {
      server.stop();
    }
  });

  it('prints generated development keys to stderr, never to stdout, which is the log stream', async () => {
    const server = await start({ HJEMMEL_MODE: 'development' });
    try {
      // stderr alone: under load a log line on stdout can arrive between two chunks of the keys.
      for (let i = 0; i < 500 && !/trainer\s+Authorization: Bearer \S+\n/.test(server.stderr()); i++) await new Promise((r) => setTimeout(r, 20));
      const key = /caseworker\s+Authorization: Bearer (\S+)/.exec(server.stderr())![1]!;
      expect((await evaluate(server.url, key)).status).toBe(200);
      expect(server.stdout()).toMatch(/listening on/);
      expect(server.stdout()).not.toContain(key);
      expect(server.stdout()).not.toMatch(/Bearer/);
    } finally {
      server.stop();
    }
  });

  it('a sign-in asking to go to an address with a control character: 303 to a page, never a 500 or a stack', async () => {
    const key = 'configured-caseworker-key-for-the-node-test';
    const server = await start({ HJEMMEL_MODE: 'production', HJEMMEL_API_KEYS: `caseworker:${hashApiKey(key)}` });
    try {
      for (const next of ['/\x0b/x', '/\n/x', '/\t/evil.example']) {
        const response = await fetch(`${server.url}/login`, { method: 'POST', body: new URLSearchParams({ key, next }), redirect: 'manual' });
        expect(response.status).toBe(303);
        expect(response.headers.get('location')).toBe('/lab');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      }
    } finally {
      server.stop();
    }
  });

  it('with configured keys: uses them, and never prints a key or its hash', async () => {
    const key = 'configured-legal-key-for-the-node-test';
    const receiptKey = await generateReceiptKey();
    const server = await start({ HJEMMEL_MODE: 'production', HJEMMEL_API_KEYS: `legal:${hashApiKey(key)}`, HJEMMEL_RECEIPT_KEY: JSON.stringify(receiptKey) });
    try {
      const response = await evaluate(server.url, key);
      expect(response.status).toBe(200);
      const { receipt, evaluationId } = (await response.json()) as { receipt: string; evaluationId: string };
      expect(decodeProtectedHeader(receipt).kid).toBe(receiptKey.kid);
      const output = await printed(server, evaluationId);
      expect(output).not.toContain(key);
      expect(output).not.toContain(hashApiKey(key));
      expect(output).not.toContain(receiptKey.d!);
      expect(output).not.toMatch(/Bearer/);
    } finally {
      server.stop();
    }
  });

  it('in production without keys: stays public for health, refuses protected calls (503)', async () => {
    const server = await start({ NODE_ENV: 'production' });
    try {
      expect(server.output()).toMatch(/HJEMMEL_API_KEYS is not set/);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const response = await evaluate(server.url, 'anything');
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      expect(((await response.json()) as { verdict?: string }).verdict).toBeUndefined();
    } finally {
      server.stop();
    }
  });

  it('SIGTERM during a load: stops accepting, answers every request it had received, flushes the record and the log and exits 0', async () => {
    const key = 'configured-caseworker-key-for-the-shutdown-test';
    const recordDir = join(mkdtempSync(join(tmpdir(), 'hjemmel-stop-')), 'record');
    const server = await start({ HJEMMEL_MODE: 'production', HJEMMEL_API_KEYS: `caseworker:${hashApiKey(key)}`, HJEMMEL_RECEIPT_KEY: JSON.stringify(await generateReceiptKey()), HJEMMEL_RECORD_DIR: recordDir });
    // 40 requests at once, on 127.0.0.1; SIGTERM once 5 are answered, so the rest are in flight.
    const total = 40;
    let answered = 0;
    let fifthAnswer!: () => void;
    const fiveAnswered = new Promise<void>((resolve) => (fifthAnswer = resolve));
    const calls = Array.from({ length: total }, () =>
      evaluate(server.url, key).then(
        async (response) => {
          const { evaluationId } = (await response.json()) as { evaluationId?: string };
          if (++answered === 5) fifthAnswer();
          return { status: response.status, evaluationId };
        },
        (error: Error & { cause?: { code?: string } }) => ({ status: `cut: ${error.cause?.code ?? error.message}`, evaluationId: undefined }),
      ),
    );
    await fiveAnswered;
    server.stop();
    // While it drains, the balancer's readiness probe is told to send no more.
    let ready = 200;
    for (let i = 0; i < 40 && ready === 200; i++) ready = (await fetch(`${server.url}/readyz`)).status;
    expect(ready).toBe(503);
    const results = await Promise.all(calls);
    expect(results.map((r) => r.status)).toEqual(Array(total).fill(200));
    expect(await server.exited).toBe(0);
    // Stopped means stopped: no new connection is taken.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // Every evaluation's log line was flushed before the exit, then the stop was logged.
    const lines = server.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg?: string; evaluationId?: string; time: string });
    for (const { evaluationId } of results) expect(lines.some((l) => l.evaluationId === evaluationId)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ msg: 'stopped', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(server.output()).not.toMatch(/did not close cleanly/);
    // The record was flushed and closed: another process opens the folder, and holds every answered evaluation.
    const opened = await openRecordDb({ dataDir: recordDir });
    try {
      const kept = (await opened.db.select({ id: evaluationRecord.evaluationId }).from(evaluationRecord)).map((row) => row.id);
      expect(kept.sort()).toEqual(results.map((r) => r.evaluationId!).sort());
    } finally {
      await opened.close();
    }
  });

  it('refuses to start on a shutdown bound that is not a whole number of milliseconds', async () => {
    const { code, output } = await start({ HJEMMEL_SHUTDOWN_MS: 'soon' });
    expect(code).toBe(1);
    expect(output()).toMatch(/HJEMMEL_SHUTDOWN_MS must be a whole number of milliseconds, not "soon"/);
  });

  it('refuses to start on a malformed key setting, naming the variable but not its value', async () => {
    const { code, output } = await start({ HJEMMEL_API_KEYS: 'caseworker:not-a-hash-secret-value' });
    expect(code).toBe(1);
    expect(output()).toMatch(/HJEMMEL_API_KEYS/);
    expect(output()).not.toContain('not-a-hash-secret-value');
  });

  describe('refuses to serve a rules directory it cannot stand on: one line naming it, exit 1, no stack', () => {
    const dir = () => mkdtempSync(join(tmpdir(), 'hjemmel-rules-'));
    const draftOnly = () => {
      const d = dir();
      mkdirSync(join(d, 'no-national'));
      const draft = readFileSync(`${root}rules/no-national/2027.0.0-draft.yaml`, 'utf8');
      writeFileSync(join(d, 'no-national/2027.0.0-draft.yaml'), draft);
      // The titles of its rules only: the loader refuses a title for a rule it does not hold.
      const titles = parse(readFileSync(`${root}rules/titles.yaml`, 'utf8')) as Record<string, unknown>;
      writeFileSync(join(d, 'titles.yaml'), stringify(Object.fromEntries(Object.entries(titles).filter(([id]) => draft.includes(`id: ${id}\n`)))));
      return d;
    };
    const malformedLock = () => {
      const d = dir();
      cpSync(`${root}rules`, d, { recursive: true });
      writeFileSync(join(d, 'rules.lock.json'), '{"no-national@2025.1.0": ');
      return d;
    };
    const cases: [string, () => string, (d: string) => string][] = [
      ['an empty directory', dir, (d) => d],
      ['a directory with only a draft national version', draftOnly, (d) => d],
      ['a malformed rules.lock.json', malformedLock, (d) => join(d, 'rules.lock.json')],
      ['a missing directory', () => join(tmpdir(), 'hjemmel-no-such-rules-dir'), (d) => d],
    ];
    it.each(cases)('%s', async (_, make, named) => {
      const rules = make();
      const server = await start({ RULES_DIR: rules, HJEMMEL_MODE: 'production' });
      server.stop();
      expect(server.code).toBe(1);
      const lines = server.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Hjemmel will not start: /);
      expect(lines[0]).toContain(named(rules));
      expect(server.output()).not.toMatch(/^\s+at /m);
    });
  });
});
