import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { hashApiKey, roles } from '../../src/api/auth.ts';
import { root, TEST_KEYS } from '../helpers.ts';

export { rulesWithDraft, type RulesWithDraft } from '../draft-rules.ts';

/**
 * What the browser tests (and `npm run screenshots`) stand on: the real Node face on a free
 * loopback port, over the bundled rules plus a draft national version (test/draft-rules.ts),
 * and Debian's Chromium driven by playwright-core.
 */

export const CHROMIUM = '/usr/bin/chromium';
export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Starts `src/node.ts` on 127.0.0.1 with PORT=0 and reads the port it got from its first line. */
export function startServer(rules: string): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      RULES_DIR: rules,
      // The test keys, configured as hashes as a deployment would: the browser signs in with one.
      HJEMMEL_API_KEYS: roles.map((role) => `${role}:${hashApiKey(TEST_KEYS[role])}`).join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`server did not start in 30 s:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, stop });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, no network beyond loopback. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  const profile = mkdtempSync(join(tmpdir(), 'hjemmel-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page; returns every violation, of any impact. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => String(n.target)) }));
  });
}

/** The serious and critical violations axe-core finds in the page. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Elements wider than the viewport reaches (their right edge past it), and whether the page scrolls sideways. */
export async function overflowAt(page: Page): Promise<{ scrolls: boolean; wider: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wider = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // Inside a box that scrolls on its own (a wide table in .scroll), reaching past is that box's business.
        return box.width > 0 && box.right > width + 0.5 && !el.closest('.scroll') && !el.closest('.sr-only');
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`);
    return { scrolls: document.documentElement.scrollWidth > width, wider };
  });
}

/**
 * With SCREENSHOTS=<dir> (npm run screenshots), saves what the page shows now as <dir>/<name>.png:
 * the viewport, the whole page, or one element (a CSS selector).
 */
export async function screenshot(page: Page, name: string, what: 'viewport' | 'page' | string = 'viewport'): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  mkdirSync(join(root, dir), { recursive: true });
  const path = join(root, dir, `${name}.png`);
  if (what === 'viewport' || what === 'page') await page.screenshot({ path, fullPage: what === 'page' });
  else await page.locator(what).screenshot({ path });
}
