import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';

// The installed command itself: bin/hjemmel.js registers tsx and runs src/cli/main.ts, with real exit codes.
const hjemmel = (...args: string[]) => spawnSync(process.execPath, [`${root}bin/hjemmel.js`, ...args], { cwd: root, encoding: 'utf8' });

describe('bin/hjemmel.js', () => {
  it('lists the commands', () => {
    const run = hjemmel('--help');
    expect(run.status).toBe(0);
    for (const name of ['validate', 'test', 'coverage', 'eval', 'impact', 'draft', 'publish', 'corpus']) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('exits 1 on a broken ruleset and 2 on an unknown command, through the process exit code', () => {
    const broken = hjemmel('validate', 'fixtures/rulesets/broken/bad-severity');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.severity /m);
    expect(hjemmel('frobnicate').status).toBe(2);
  });
});
