import { describe, expect, it } from 'vitest';
import { readiness, readinessChecks } from '../../src/api/readiness.ts';
import { generateReceiptKey, loadReceiptKeys } from '../../src/receipts/keys.ts';
import { as, bundledRegistry, get, testApp, testReceiptKeys } from '../helpers.ts';

describe('health', () => {
  it('/healthz is liveness: 200 ok with the loaded versions (contract v1), without a key, even when nothing is configured', async () => {
    const bare = testApp(undefined, undefined, { apiKeys: undefined, receiptKeys: undefined });
    const response = await bare.request('/healthz');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; rulesets: { id: string; version: string }[] };
    expect(body.status).toBe('ok');
    expect(body.rulesets.map((r) => `${r.id}@${r.version}`)).toContain('no-national@2025.1.0');
  });

  it('/healthz is public, so it lists published versions only, never a draft or its digest', async () => {
    const drafts = bundledRegistry().versions.filter((v) => v.file.status === 'draft');
    expect(drafts.length).toBeGreaterThan(0);
    const body = (await (await get(testApp(), '/healthz', as(null))).json()) as { rulesets: { version: string; status: string; digest: string }[] };
    expect(body.rulesets.map((r) => r.status)).toEqual(body.rulesets.map(() => 'published'));
    for (const draft of drafts) {
      expect(body.rulesets.map((r) => r.version)).not.toContain(draft.file.version);
      expect(body.rulesets.map((r) => r.digest)).not.toContain(draft.digest);
    }
  });

  it('/readyz is 200 with every check passing when configured', async () => {
    const response = await testApp().request('/readyz');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    // Without a record (testApp runs with none) the record check passes and says so.
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: readinessChecks.map(({ name }) => (name === 'record' ? { name, ok: true, note: expect.stringMatching(/^record off/) } : { name, ok: true })),
    });
  });

  it('/readyz is 503 naming each missing piece when unconfigured', async () => {
    const response = await testApp(undefined, undefined, { apiKeys: undefined, receiptKeys: undefined }).request('/readyz');
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; checks: { name: string; ok: boolean; reason?: string }[] };
    expect(body.status).toBe('not-ready');
    expect(body.checks).toEqual([
      { name: 'not-stopping', ok: true },
      { name: 'rulesets', ok: true },
      { name: 'api-keys', ok: false, reason: expect.stringMatching(/HJEMMEL_API_KEYS/) },
      { name: 'receipt-key', ok: false, reason: expect.stringMatching(/HJEMMEL_RECEIPT_KEY/) },
      { name: 'record', ok: true, note: expect.stringMatching(/^record off/) },
    ]);
  });

  it('not ready when no national ruleset is in force today, or when the receipt key cannot sign what verifies', async () => {
    const past = await readiness({ registry: bundledRegistry(), clock: () => new Date('2020-01-01T00:00:00Z'), newId: () => 'x', apiKeys: new Map([['h', 'legal']]), receiptKeys: testReceiptKeys });
    expect(past.checks.find((c) => c.name === 'rulesets')).toEqual({ name: 'rulesets', ok: false, reason: expect.stringMatching(/2020-01-01/) });
    // A signing key whose listed public key is another key's: receipts it signs do not verify.
    const other = await loadReceiptKeys(await generateReceiptKey());
    const mismatched = { ...testReceiptKeys, signCompact: undefined, signingKey: other.signingKey };
    const broken = await readiness({ registry: bundledRegistry(), clock: () => new Date(), newId: () => 'x', receiptKeys: mismatched });
    expect(broken.checks.find((c) => c.name === 'receipt-key')).toMatchObject({ ok: false, reason: expect.stringMatching(/do not verify/) });
  });

  it('/healthz and /readyz are public in the OpenAPI document', async () => {
    const doc = (await (await get(testApp(), '/openapi.json')).json()) as any;
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    expect(doc.paths['/readyz'].get.security).toEqual([]);
  });
});
