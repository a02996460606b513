import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { cli } from './helpers.ts';

describe('hjemmel corpus', () => {
  it('writes the seeded corpus as JSONL, one request a line', async () => {
    const run = await cli(['corpus', '--count', '120', '--seed', '9']);
    expect(run.code).toBe(0);
    const lines = run.out.trimEnd().split('\n');
    expect(lines).toHaveLength(120);
    expect(lines.map((line) => JSON.parse(line))).toEqual([...generateCorpus({ count: 120, seed: 9 })]);
  });

  it('exits 2 without --count or with a count that is not a whole number', async () => {
    expect((await cli(['corpus'])).code).toBe(2);
    expect((await cli(['corpus', '--count', 'many'])).code).toBe(2);
    expect((await cli(['corpus', '--count', '10', '--seed', '-1'])).code).toBe(2);
  });
});
