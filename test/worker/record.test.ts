import { describe, expect, it } from 'vitest';
import { as, get } from './requests.ts';

// The Worker cannot write a decision record yet: wrangler.toml runs it without one, explicitly.
describe('the Worker in workerd: the decision record', () => {
  it('/readyz says "record off"; the record routes refuse with 503', async () => {
    const ready = await get('/readyz', as(null));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; checks: { name: string; ok: boolean; note?: string }[] };
    expect(body.checks.find((c) => c.name === 'record')).toMatchObject({ ok: true, note: expect.stringMatching(/^record off/) });
    expect((await get('/v1/records', as('legal'))).status).toBe(503);
  });

  it('/insight says the service runs without a record', async () => {
    const page = await get('/insight', as('trainer'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('kjører uten beslutningslogg (HJEMMEL_RECORD=off)');
  });
});
