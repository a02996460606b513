import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkthrough, withWalkthrough } from '../../scripts/walkthrough.ts';
import { root } from '../helpers.ts';

describe('the README walk-through', () => {
  it('is what running it gives today (npm run walkthrough rewrites it)', async () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    expect(withWalkthrough(readme, await walkthrough())).toBe(readme);
  });
});
