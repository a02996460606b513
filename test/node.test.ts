import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { hashApiKey } from '../src/api/auth.ts';
import { generateReceiptKey } from '../src/receipts/keys.ts';
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
      const key = /caseworker\s+Authorization: Bearer (\S+)/.exec(await printed(server, 'trainer '))![1]!;
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
