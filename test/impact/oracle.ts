import type { RequestJson } from '../../src/corpus/generate.ts';

/**
 * The cases the one-rule change between fixtures/rulesets/impact tiny-national 1.0.0 and 1.1.0
 * must touch, worked out from the rules' text rather than by running Hjemmel: age.review (error,
 * rejection and termination only) moves from 67 to 66, so exactly the rejections and terminations
 * at age 66 change, to blocked. Before, their verdict is warnings when the appeal notice is left
 * out (appeal.notice, a warning) and clear otherwise (stay.long is info, and never fires below
 * 3650 days).
 */
export function ageReviewChanges(requests: readonly RequestJson[]): { index: number; before: string; after: string }[] {
  return requests.flatMap((r, index) =>
    (r.decision.kind === 'rejection' || r.decision.kind === 'termination') && r.applicant.age === 66
      ? [{ index, before: r.decision.appealNotice?.included ? 'clear' : 'warnings', after: 'blocked' }]
      : [],
  );
}
