import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoYear } from '../../src/record/demo.ts';
import { openRecordDb } from '../../src/record/open.ts';
import { bundledRegistry, rulesDir, TEST_KEYS } from '../helpers.ts';
import { launchBrowser, screenshot, seriousViolations, startServer, type Browser, type Server } from './harness.ts';

// /insight in real Chromium, over a record seeded with a synthetic year (as `npm run demo:records` does).
let folder: string;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'hjemmel-insight-'));
  const recordDir = join(folder, 'record');
  const opened = await openRecordDb({ dataDir: recordDir });
  await seedDemoYear(opened.db, bundledRegistry(), { count: 800, seed: 7, now: new Date('2026-11-24T12:00:00Z') });
  await opened.close();
  [server, browser] = await Promise.all([startServer(rulesDir, { HJEMMEL_RECORD_DIR: recordDir }), launchBrowser()]);
  const page = await browser.context.newPage();
  expect((await page.goto(`${server.url}/insight`))?.status()).toBe(401);
  await page.getByLabel('API-nøkkel', { exact: true }).fill(TEST_KEYS.trainer);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(/\/insight$/);
  await page.close();
}, 120_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('/insight in Chromium', () => {
  it('shows each chart with its data as a table, for a municipality and period, in Norwegian', async () => {
    const page = await open('/insight?municipality=4601&from=2025-12-01&to=2026-11-24');
    for (const heading of ['Resultat over tid', 'Reglene som slår ut oftest', 'Opplysningene som oftest mangler', 'Avvik fra funn, etter regel og grunn', 'Likebehandling i praksis']) {
      await expect(page.getByRole('heading', { name: heading, exact: true }).isVisible()).resolves.toBe(true);
    }
    const charts = await page.locator('figure.chart').count();
    expect(charts).toBeGreaterThanOrEqual(5);
    // Every chart is followed by its table; the equality tables name the reference range and the share outside it.
    expect(await page.locator('figure.chart + details table').count()).toBe(charts);
    const equality = page.locator('#hours-practical-assistance-h').locator('xpath=..');
    expect(await equality.locator('th', { hasText: 'Utenfor referansen' }).count()).toBe(1);
    expect(await equality.locator('figure.chart svg[role="img"]').getAttribute('aria-label')).toBe('Likebehandling i praksis: Praktisk bistand');
    await screenshot(page, 'insight', 'page');
    await screenshot(page, 'insight-equality', 'section[aria-labelledby="equality-h"]');
    await page.close();
  });

  it('no serious or critical accessibility violations (axe-core); fits a tablet in portrait', async () => {
    const page = await open('/insight?municipality=4601');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('a selection too small to show says so, showing nothing', async () => {
    const page = await open('/insight?municipality=4601&from=2026-11-24&to=2026-11-24');
    await expect(page.getByText('For få vedtak i utvalget til å vise noe.').isVisible()).resolves.toBe(true);
    expect(await page.locator('figure.chart').count()).toBe(0);
    await page.close();
  });
});
