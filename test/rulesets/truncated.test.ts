import { describe, expect, it } from 'vitest';
import { loadRulesets, RulesetLoadError } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { rulesDir } from '../helpers.ts';

/**
 * A ruleset file caught half-written (an editor saving, a copy cut short) must never be half
 * loaded: the loader refuses the whole directory. Published files are held to their locked digest,
 * so every cut of one is refused, whether or not the rest still parses as YAML. (A draft has no
 * locked digest: a draft cut exactly between two entries can still parse. Drafts are only used by
 * the legal role, through pin; README "Security" says so.)
 */
describe('a partially written ruleset file', () => {
  const { sources, lock, titles } = readRulesDir(rulesDir);

  const published = sources.filter((s) => lock?.[s.path.replace(/\/(.*)\.yaml$/, '@$1')]);

  it('covers every published file of rules/', () => {
    expect(published.length).toBeGreaterThanOrEqual(3);
  });

  for (const source of published) {
    it(`is refused whole, cut at 100 line ends and 50 characters throughout: ${source.path}`, () => {
      const others = sources.filter((s) => s !== source);
      const content = source.text.trimEnd().length; // a cut past this loses only trailing whitespace
      const lineEnds = [...source.text.slice(0, content).matchAll(/\n/g)].map((m) => m.index);
      const cuts = new Set<number>([0]);
      lineEnds.filter((_, i) => i % Math.ceil(lineEnds.length / 100) === 0).forEach((cut) => cuts.add(cut));
      for (let i = 0; i < 50; i++) cuts.add(Math.floor((content * i) / 50));
      let refused = 0;
      for (const cut of cuts) {
        try {
          loadRulesets([...others, { path: source.path, text: source.text.slice(0, cut) }], lock, titles);
        } catch (error) {
          expect(error).toBeInstanceOf(RulesetLoadError);
          expect((error as RulesetLoadError).errors.some((e) => e.file === source.path)).toBe(true);
          refused++;
          continue;
        }
        throw new Error(`a cut at character ${cut} of ${source.path} was loaded`);
      }
      expect(refused).toBe(cuts.size);
    });
  }
});
