import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppealNotice, Assessment, Grounds, Procedure, ServiceLine } from '../../src/decision/schema.ts';
import { caseArbitrary, check, completeRequest } from '../fuzz/cases.ts';
import { bundledRegistry, post, testApp } from '../helpers.ts';

/** A short run of the fuzz properties (test/fuzz/cases.ts says what is checked); `npm run fuzz` runs 100,000 cases. */
const registry = bundledRegistry();
const app = testApp(registry);

describe('fuzzing the evaluation API', () => {
  it('never a 5xx, never a verdict on a refusal, never 200 for an invalid request, never a false clear', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(registry), async (c) => {
        expect((await check(app, c)).violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the generator of complete requests makes valid requests, and clear ones among them', async () => {
    const verdicts = new Set<string>();
    for (const request of fc.sample(completeRequest(registry), { numRuns: 60, seed: 7 })) {
      const response = await post(app, '/v1/evaluations', request);
      expect(response.status).toBe(200);
      verdicts.add(((await response.json()) as { verdict: string }).verdict);
    }
    expect(verdicts).toContain('clear');
    expect(verdicts).toContain('blocked');
  });

  it('complete means complete: the generator gives every optional field the schema has (free text aside)', () => {
    const [request] = fc.sample(completeRequest(registry), { numRuns: 1, seed: 1 }) as Record<string, any>[];
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(request!.assessment)).toEqual(keys(Assessment.shape));
    expect(keys(request!.procedure)).toEqual(keys(Procedure.shape));
    expect(keys(request!.decision.appealNotice)).toEqual(keys(AppealNotice.shape));
    expect(keys(request!.decision.services[0])).toEqual(keys(ServiceLine.shape));
    expect(keys({ ...request!.decision.grounds, text: '' })).toEqual(keys(Grounds.shape));
  });
});
