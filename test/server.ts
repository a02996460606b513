import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './helpers.ts';

export interface Server {
  code: number | null;
  /** Everything printed so far (stdout and stderr); keeps growing while the server runs. */
  output: () => string;
  /** What went to stdout alone: the log stream (empty when `stdout` replaced the pipe). */
  stdout: () => string;
  /** What went to stderr alone (development keys, refusals to start). */
  stderr: () => string;
  url: string;
  child: ChildProcess;
  /** SIGTERM: a graceful stop (src/node.ts). */
  stop: () => void;
  /** The exit code, once the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Starts the Node entry as `npm start` does, on a free port, and waits for it to listen or exit.
 * Its decision record goes to a fresh PGlite folder unless `env` names one (HJEMMEL_RECORD_DIR,
 * DATABASE_URL) or turns it off. `stdout` replaces the stdout pipe (a file descriptor, to test a
 * failing log destination): the listening line cannot be read then, so this resolves at once with
 * no url, and the caller, which set PORT, waits for /healthz.
 */
export function startServer(env: Record<string, string>, stdout?: number): Promise<Server> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HJEMMEL_') && name !== 'DATABASE_URL'));
  const record = { HJEMMEL_RECORD_DIR: join(mkdtempSync(join(tmpdir(), 'hjemmel-record-')), 'record') };
  const stdio: StdioOptions = ['ignore', stdout ?? 'pipe', 'pipe'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], { cwd: root, env: { ...inherited, PORT: '0', ...record, ...env }, stdio });
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
    let output = '';
    let stdoutText = '';
    let stderrText = '';
    let settled = false;
    const done = (code: number | null, url = '') => {
      if (settled) return;
      settled = true;
      resolve({ code, output: () => output, stdout: () => stdoutText, stderr: () => stderrText, url, child, stop: () => child.kill('SIGTERM'), exited });
    };
    const read = (d: Buffer) => {
      output += d;
      const listening = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) done(null, listening[1]);
    };
    child.stdout?.on('data', (d: Buffer) => {
      stdoutText += d;
      read(d);
    });
    child.stderr!.on('data', (d: Buffer) => {
      stderrText += d;
      read(d);
    });
    // 'close', not 'exit': by then everything the process printed has been read.
    child.on('close', (code) => done(code));
    // Bounded in time: a server that neither listens nor exits is stopped and reported as code null.
    setTimeout(() => {
      if (!settled) child.kill();
    }, 30_000).unref();
    if (stdout !== undefined) done(null);
  });
}
