import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPage, pageCaseArbitrary, pageFuzzTarget } from '../fuzz/pages.ts';

/** A short run of the page fuzz properties (test/fuzz/pages.ts says what is checked); `npm run fuzz` runs 100,000 cases. */
const { app, session, scenarioIds } = await pageFuzzTarget();

describe('fuzzing the page routes', () => {
  it('never a 5xx, a control character in a header, a Location off the site or a stack, whatever the query, body or cookie', async () => {
    await fc.assert(
      fc.asyncProperty(pageCaseArbitrary(session, scenarioIds), async (c) => {
        expect((await checkPage(app, c)).violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
