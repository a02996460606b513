import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { root } from '../helpers.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `hjemmel <args>` in-process with captured output, from `cwd` (the repository by default). */
export async function cli(args: string[], options: { cwd?: string; tty?: boolean } = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    errIsTTY: options.tty === true,
    cwd: options.cwd ?? root,
    now: () => new Date(),
  });
  return { code, out, err };
}

/** The workbench fixtures: the tiny impact rulesets, and cases written against them. */
export const bench = {
  rules: 'fixtures/rulesets/impact',
  cases: 'fixtures/workbench/cases',
  failing: 'fixtures/workbench/failing',
  requests: 'fixtures/workbench/requests',
};
export const onBench = ['--rules', bench.rules, '--requests', bench.requests];

/** A scratch copy of the repository's fixtures, for commands that write (draft, publish). */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hjemmel-cli-'));
  cpSync(join(root, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  return dir;
}
