import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { hyperdriveRecord } from '../../src/record/hyperdrive.ts';
import { as, example, get, post } from './requests.ts';

declare global {
  namespace Cloudflare {
    /** The binding this file uses directly (wrangler.toml [[hyperdrive]]). */
    interface Env {
      HYPERDRIVE: Hyperdrive;
    }
  }
}

interface Readiness {
  status: string;
  checks: { name: string; ok: boolean; note?: string; reason?: string }[];
}

// The Worker writes the decision record to PostgreSQL through its Hyperdrive binding
// (wrangler.toml's localConnectionString here), in the run's own schema (test/worker-record.ts).
describe('the Worker in workerd: the decision record through Hyperdrive', () => {
  it('/readyz says the record is on, in PostgreSQL through Hyperdrive', async () => {
    const ready = await get('/readyz', as(null));
    const body = (await ready.json()) as Readiness;
    expect(ready.status).toBe(200);
    expect(body.checks.find((c) => c.name === 'record')).toMatchObject({ ok: true, note: expect.stringMatching(/^record on: PostgreSQL through Hyperdrive \(schema hjemmel_worker_/) });
  });

  it('records an answered evaluation, which the record routes then list', async () => {
    const answer = await post('/v1/evaluations', example());
    expect(answer.status).toBe(200);
    const { evaluationId, verdict } = (await answer.json()) as { evaluationId: string; verdict: string };
    const listed = await get(`/v1/records?verdict=${verdict}&limit=500`, as('legal'));
    expect(listed.status).toBe(200);
    const records = JSON.stringify(await listed.json());
    expect(records).toContain(evaluationId);
  });

  it('/insight reads the record: no "runs without a record" notice', async () => {
    const page = await get('/insight', as('trainer'));
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('kjører uten beslutningslogg');
  });

  it('a database without the migrations: not ready, "record schema not migrated"', async () => {
    const record = hyperdriveRecord(env.HYPERDRIVE, 'hjemmel_never_migrated');
    expect(await record.health()).toEqual({ ok: false, reason: expect.stringContaining('record schema not migrated') });
  });
});
