import { describe, expect, it } from 'vitest';
import { runCase } from '../src/cases/run.ts';
import { bundledRegistry, fixtureCases } from './helpers.ts';

// Table-driven: every case in fixtures/cases/*.yaml, through the service's own path.
const registry = bundledRegistry();
const { cases, bases } = fixtureCases();

describe('fixture cases', () => {
  it('has at least 80 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });
  for (const c of cases) {
    it(`${c.file.split('/').at(-1)}: ${c.name}`, () => {
      const result = runCase(c, registry, bases);
      expect(result.problems).toEqual([]);
    });
  }
});
