import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/api/auth.ts';
import { generateReceiptKey } from '../../src/receipts/keys.ts';
import { evaluationRecord } from '../../src/record/schema.ts';
import { root, TEST_KEYS } from '../helpers.ts';
import { startServer } from '../server.ts';
import { backends } from './backends.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The server under faults: killed under load, its log destination closed or full. Each against a real process. */

const contractExample = readFileSync(`${root}fixtures/requests/contract-example.json`, 'utf8');
const security = {
  HJEMMEL_MODE: 'production',
  HJEMMEL_API_KEYS: Object.entries(TEST_KEYS).map(([role, key]) => `${role}:${hashApiKey(key)}`).join(','),
  HJEMMEL_RECEIPT_KEY: JSON.stringify(await generateReceiptKey()),
};

const evaluate = (url: string) =>
  fetch(`${url}/v1/evaluations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEYS.caseworker}` }, body: contractExample });

async function readiness(url: string) {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; checks: { name: string; ok: boolean; reason?: string }[] } };
}

describe.each(backends)('kill -9 under load, record on $name', (backend) => {
  it('loses no answered evaluation: every id answered 200 is in the record', async () => {
    // A real folder for PGlite: the record must outlive the process.
    const connection = backend.name === 'PGlite' ? { dataDir: join(mkdtempSync(join(tmpdir(), 'hjemmel-kill-')), 'record') } : backend.connection();
    const env: Record<string, string> = connection.databaseUrl
      ? { DATABASE_URL: connection.databaseUrl, HJEMMEL_RECORD_SCHEMA: connection.schema! }
      : { HJEMMEL_RECORD_DIR: connection.dataDir! };
    const server = await startServer({ ...security, ...env });
    expect(server.code).toBeNull();
    const answered: string[] = [];
    let stopping = false;
    // Bounded load: 16 clients, each sending one evaluation after another until the kill.
    const client = async () => {
      while (!stopping) {
        try {
          const response = await evaluate(server.url);
          if (response.status === 200) answered.push(((await response.json()) as { evaluationId: string }).evaluationId);
        } catch {
          return; // the connection died with the process: no answer, so nothing is owed
        }
      }
    };
    const clients = Array.from({ length: 16 }, client);
    while (answered.length < 300) await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGKILL');
    stopping = true;
    await Promise.all(clients);
    await new Promise((r) => server.child.exitCode !== null || server.child.signalCode !== null ? r(null) : server.child.once('exit', r));

    const opened = await backend.open(connection);
    try {
      const kept = new Set<string>();
      for (let i = 0; i < answered.length; i += 500) {
        const rows = await opened.db.select({ id: evaluationRecord.evaluationId }).from(evaluationRecord).where(inArray(evaluationRecord.evaluationId, answered.slice(i, i + 500)));
        for (const row of rows) kept.add(row.id);
      }
      expect(answered.length).toBeGreaterThanOrEqual(300);
      expect(answered.filter((id) => !kept.has(id))).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 180_000);
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

async function until<T>(what: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await what();
  for (let i = 0; i < 400 && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 50));
    value = await what();
  }
  return value;
}

describe('a log destination that fails', () => {
  async function answersAndSays(url: string, code: RegExp) {
    for (let i = 0; i < 3; i++) expect((await evaluate(url)).status).toBe(200);
    const ready = await until(() => readiness(url), (r) => r.body.checks.some((c) => c.name === 'log' && !c.ok));
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('degraded');
    expect(ready.body.checks.find((c) => c.name === 'log')).toMatchObject({ ok: false, reason: expect.stringMatching(code) });
    expect(ready.body.checks.find((c) => c.name === 'record')).toMatchObject({ ok: true });
    expect((await evaluate(url)).status).toBe(200);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  }

  it('a closed log pipe: the service keeps answering and /readyz says the log is failing', async () => {
    const server = await startServer(security);
    expect(server.code).toBeNull();
    server.child.stdout!.destroy();
    try {
      await answersAndSays(server.url, /EPIPE/);
    } finally {
      server.stop();
    }
  }, 60_000);

  it('a full disk (stdout on /dev/full, every write ENOSPC): the service starts, keeps answering and /readyz says the log is failing', async () => {
    const full = openSync('/dev/full', 'w');
    const port = await freePort();
    const server = await startServer({ ...security, PORT: String(port) }, full);
    closeSync(full);
    const url = `http://127.0.0.1:${port}`;
    try {
      expect(await until(() => fetch(`${url}/healthz`).then((r) => r.status, () => 0), (status) => status === 200)).toBe(200);
      await answersAndSays(url, /ENOSPC/);
    } finally {
      server.stop();
    }
  }, 90_000);
});
