import { describe, expect, it } from 'vitest';
import { bench, cli, onBench } from './helpers.ts';

// On the workbench cases: 1.0.0 has stay.long never fired and appeal.none never rendered;
// 1.1.0 is reached by one case only, so age.review there never stays silent.
describe('hjemmel coverage', () => {
  it('reports, per version, rules never fired, never silent and wording never rendered', async () => {
    const run = await cli(['coverage', bench.cases, ...onBench]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      [
        'tiny-national@1.0.0: 3/5 covered, 4 cases',
        '  rules never fired:      stay.long',
        '  rules never silent:     –',
        '  wording never rendered: appeal.none',
        'tiny-national@1.1.0: 1/5 covered, 1 cases',
        '  rules never fired:      appeal.notice, stay.long',
        '  rules never silent:     age.review',
        '  wording never rendered: appeal.none',
        'coverage 40% (a rule counts when it fires in one case and stays silent in another)',
        '',
      ].join('\n'),
    );
  });

  it('--min fails the run below the threshold and passes at it', async () => {
    const below = await cli(['coverage', bench.cases, ...onBench, '--min', '41']);
    expect(below.code).toBe(1);
    expect(below.err).toBe('coverage 40% is below --min 41%\n');
    const at = await cli(['coverage', bench.cases, ...onBench, '--min', '40']);
    expect(at.code).toBe(0);
  });

  it('--json for machines; a version no case reaches is listed as unreached', async () => {
    const run = await cli(['coverage', `${bench.cases}/age-review.yaml`, ...onBench, '--json', '--min', '50']);
    expect(run.code).toBe(1);
    const body = JSON.parse(run.out);
    expect(body).toMatchObject({ percent: 40, min: 50, passed: false, unreached: [] });
    expect(body.versions[0]).toMatchObject({ ruleset: 'tiny-national@1.0.0', neverFired: ['stay.long'], neverRendered: ['appeal.none'] });
  });

  it('--pin counts the cases against the pinned version only', async () => {
    const run = await cli(['coverage', bench.cases, ...onBench, '--pin', 'tiny-national@1.1.0', '--json']);
    const body = JSON.parse(run.out);
    expect(body.unreached).toEqual(['tiny-national@1.0.0']);
    expect(body.versions).toEqual([expect.objectContaining({ ruleset: 'tiny-national@1.1.0', cases: 5, neverFired: ['stay.long'], neverSilent: [], covered: 3 })]);
  });

  it('exits 2 on a threshold that is not a percentage, 1 on a broken ruleset', async () => {
    expect((await cli(['coverage', '--min', 'most'])).code).toBe(2);
    const broken = await cli(['coverage', '--rules', 'fixtures/rulesets/broken/yaml-syntax']);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^tiny-national\/3\.0\.0\.yaml:-:line \d+ /m);
  });
});
