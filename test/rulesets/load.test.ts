import { describe, expect, it } from 'vitest';
import { formatLoadError, loadRulesets, RulesetLoadError, type RulesetSource } from '../../src/rulesets/load.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { root } from '../helpers.ts';

const fixtures = `${root}fixtures/rulesets`;
const good = () => readRulesDir(`${fixtures}/good`).sources;
const broken = (name: string) => readRulesDir(`${fixtures}/broken/${name}`).sources;

function refusal(sources: RulesetSource[], lock?: Record<string, string>, titles?: string): string[] {
  try {
    loadRulesets(sources, lock, titles);
  } catch (error) {
    expect(error).toBeInstanceOf(RulesetLoadError);
    return (error as RulesetLoadError).errors.map(formatLoadError);
  }
  throw new Error('expected the load to be refused');
}

describe('quote and review (from 2026-12-01 and in every draft)', () => {
  const published = good().find((s) => s.path === 'tiny-national/1.1.0.yaml')!;
  /** The good 1.1.0 (no quotes) as version 3.0.0 in force from `validFrom`. */
  const asVersion = (validFrom: string) => ({
    path: 'tiny-national/3.0.0.yaml',
    text: published.text.replace('version: 1.1.0', 'version: 3.0.0').replace('{ version: 1.1.0,', '{ version: 3.0.0,').replace('validFrom: "2026-06-01"', `validFrom: "${validFrom}"`),
  });
  const others = () => good().filter((s) => s.path !== 'tiny-national/2.0.0-draft.yaml');

  it('refuses a version in force from 2026-12-01 whose rule and wording block lack them, naming file, rule and path', () => {
    const errors = refusal([...others(), asVersion('2026-12-01')]);
    expect(errors).toEqual([
      'tiny-national/3.0.0.yaml:age.over-hundred:rules.0.quote missing quote: in every version in force from 2026-12-01 each rule gives the legal text it applies (quote: text, source, url)',
      'tiny-national/3.0.0.yaml:age.over-hundred:rules.0.review missing review: in every version in force from 2026-12-01 each rule gives a review record (review: status, checked, date)',
      'tiny-national/3.0.0.yaml:appeal.any:wording.0.quote missing quote: in every version in force from 2026-12-01 each wording block gives the legal text it applies (quote: text, source, url)',
      'tiny-national/3.0.0.yaml:appeal.any:wording.0.review missing review: in every version in force from 2026-12-01 each wording block gives a review record (review: status, checked, date)',
    ]);
  });

  it('leaves a version in force before 2026-12-01 as it is', () => {
    expect(loadRulesets([...others(), asVersion('2026-11-30')]).get('tiny-national', '3.0.0')).toBeDefined();
  });

  it('refuses a draft without them', () => {
    const draft = good().find((s) => s.path === 'tiny-national/2.0.0-draft.yaml')!;
    const bare = { ...draft, text: draft.text.replace(/^ {4}(quote|review): .*\n/gm, '') };
    expect(refusal([...others(), bare]).map((e) => e.split(' ')[0])).toEqual([
      'tiny-national/2.0.0-draft.yaml:age.over-hundred:rules.0.quote',
      'tiny-national/2.0.0-draft.yaml:age.over-hundred:rules.0.review',
      'tiny-national/2.0.0-draft.yaml:appeal.any:wording.0.quote',
      'tiny-national/2.0.0-draft.yaml:appeal.any:wording.0.review',
    ]);
  });
});

describe('loadRulesets', () => {
  it('loads the good fixtures: versions sorted, digests, frozen content', () => {
    const registry = loadRulesets(good());
    expect(registry.versions.map((v) => `${v.file.id}@${v.file.version}`)).toEqual([
      'municipality-9999@1.0.0',
      'tiny-national@1.0.0',
      'tiny-national@1.1.0',
      'tiny-national@2.0.0-draft',
    ]);
    expect(registry.nationalId).toBe('tiny-national');
    for (const v of registry.versions) expect(v.digest).toMatch(/^sha256-[0-9a-f]{64}$/);
    const first = registry.get('tiny-national', '1.0.0')!;
    expect(Object.isFrozen(first.file.rules[0])).toBe(true);
    expect(() => {
      (first.file.rules[0] as { severity: string }).severity = 'info';
    }).toThrow();
  });

  it('gives the same digest for the same content in another layout', () => {
    const [source] = good().filter((s) => s.path === 'tiny-national/1.0.0.yaml');
    const relaid = { path: source!.path, text: `# a comment changes nothing\n${source!.text.replace(/\n\n/g, '\n')}` };
    const others = good().filter((s) => s.path !== source!.path);
    const a = loadRulesets([source!, ...others]).get('tiny-national', '1.0.0')!.digest;
    const b = loadRulesets([relaid, ...others]).get('tiny-national', '1.0.0')!.digest;
    expect(b).toBe(a);
  });

  it('loads the bundled rules/ with their lock file', () => {
    const { sources, lock, titles } = readRulesDir(`${root}rules`);
    expect(lock).toBeDefined();
    const registry = loadRulesets(sources, lock, titles);
    expect(registry.nationalId).toBe('no-national');
  });

  const cases: [string, RegExp][] = [
    ['yaml-syntax', /^tiny-national\/3\.0\.0\.yaml:-:line \d+ /],
    ['bad-severity', /^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.severity /],
    ['unknown-fact', /^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.conditions unknown decision fact "applicant\.name"/],
    ['missing-nynorsk', /^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.message\.nn /],
    ['wrong-path', /^tiny-national\/9\.9\.9\.yaml:-:id file must be at tiny-national\/3\.0\.0\.yaml/],
    ['municipal-weakens', /^municipality-8888\/1\.0\.0\.yaml:-:catalogue\.home-nursing\.statutory a municipal layer cannot make the statutory service/],
    ['municipal-redefines', /^municipality-8888\/1\.0\.0\.yaml:age\.over-hundred:rules\.0\.id a municipal layer cannot redefine a national rule/],
  ];
  for (const [name, pattern] of cases) {
    it(`refuses the whole set when one file is broken: ${name}`, () => {
      const errors = refusal([...good(), ...broken(name)]);
      expect(errors.some((e) => pattern.test(e)), errors.join('\n')).toBe(true);
    });
  }

  it('refuses a published version whose content no longer matches the lock', () => {
    const registry = loadRulesets(good());
    const lock = Object.fromEntries(registry.versions.filter((v) => v.file.status === 'published').map((v) => [`${v.file.id}@${v.file.version}`, v.digest]));
    expect(() => loadRulesets(good(), lock)).not.toThrow();
    const changed = good().map((s) => (s.path === 'tiny-national/1.0.0.yaml' ? { ...s, text: s.text.replace('value: 100', 'value: 101') } : s));
    const errors = refusal(changed, lock);
    expect(errors.join('\n')).toMatch(/tiny-national\/1\.0\.0\.yaml:-:- published content changed/);
  });

  it('refuses a published version missing from the lock, and a lock entry without a file', () => {
    const errors = refusal(good(), { 'tiny-national@0.9.0': 'sha256-00' });
    expect(errors.join('\n')).toMatch(/tiny-national\/1\.0\.0\.yaml:-:status published, but not recorded/);
    expect(errors.join('\n')).toMatch(/rules\.lock\.json:-:tiny-national@0\.9\.0 locked version has no ruleset file/);
  });

  describe('titles', () => {
    const untitled = () => good().map((s) => ({ ...s, text: s.text.replace(/^ {4}title: .*\n/gm, '') }));
    const titlesFor = (...ids: string[]) => ids.map((id) => `${id}: { nb: Tittel ${id}, nn: Tittel ${id}, en: Title ${id} }`).join('\n');

    it('gives a rule without its own title the one from the titles file; a title in the ruleset file wins', () => {
      const fromFile = loadRulesets(untitled(), undefined, titlesFor('age.over-hundred', 'local.meal-delivery-grant'));
      expect(fromFile.get('tiny-national', '1.0.0')!.rules[0]!.title.nb).toBe('Tittel age.over-hundred');
      const own = loadRulesets(good(), undefined, titlesFor('age.over-hundred'));
      expect(own.get('tiny-national', '1.0.0')!.rules[0]!.title.nb).toBe('Alder over hundre');
    });

    it('refuses a rule with no title in either place, and a title for no rule', () => {
      const errors = refusal(untitled(), undefined);
      expect(errors).toContain('tiny-national/1.0.0.yaml:age.over-hundred:rules.0.title the rule has no title: give it one (title: nb, nn, en), or add it to titles.yaml');
      expect(refusal(good(), undefined, titlesFor('no.such-rule'))).toEqual(['titles.yaml:-:no.such-rule no rule has this id']);
    });

    it('refuses a titles file that lacks a language or does not parse', () => {
      expect(refusal(good(), undefined, 'age.over-hundred: { nb: Alder, en: Age }').join('\n')).toMatch(/^titles\.yaml:-:age\.over-hundred\.nn /m);
      expect(refusal(good(), undefined, 'age.over-hundred: [').join('\n')).toMatch(/^titles\.yaml:-:line \d+ /m);
    });
  });
});
