import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

/** Starts the Node entry as `npm start` does, and waits for it to listen or exit. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string; stop: () => void }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    const done = (code: number | null) => resolve({ code, output, stop: () => child.kill() });
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('listening')) done(null);
    });
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => done(code));
  });
}

describe('Node entry', () => {
  it('refuses to start on a broken ruleset directory, naming file, rule and path', async () => {
    const { code, output } = await start({ RULES_DIR: `${root}fixtures/rulesets/broken/bad-severity`, PORT: '0' });
    expect(code).toBe(1);
    expect(output).toMatch(/tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.severity/);
  });

  it('serves the bundled rulesets on 127.0.0.1 and answers the contract example', async () => {
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const server = await start({ PORT: port });
    try {
      expect(server.output).toContain(`http://127.0.0.1:${port}`);
      const response = await fetch(`http://127.0.0.1:${port}/v1/evaluations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: readFileSync(`${root}fixtures/requests/contract-example.json`, 'utf8'),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { verdict: string }).verdict).toBe('blocked');
    } finally {
      server.stop();
    }
  });
});
