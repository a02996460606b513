import { digestOf } from '../rulesets/digest.ts';
import type { evaluationOutcome, evaluationRecord } from './schema.ts';

/**
 * The hash chain over the record. Each entry (an evaluation record or an outcome) is digested with
 * its place in the chain (seq) and the digest of the entry before it, so an entry edited, removed
 * or slipped in breaks every digest after it. Same function when writing and when verifying.
 */

/** What the chain starts from before its first entry. */
export const GENESIS_DIGEST = 'sha256-genesis';

export type EvaluationRow = typeof evaluationRecord.$inferSelect;
export type OutcomeRow = typeof evaluationOutcome.$inferSelect;

export type ChainEntry = { kind: 'evaluation'; row: EvaluationRow } | { kind: 'outcome'; row: OutcomeRow };

/** The digest of an entry: sha256 of the canonical JSON of all its columns but `digest` (times as ISO strings). */
export function entryDigest(entry: { kind: 'evaluation'; row: Omit<EvaluationRow, 'digest'> } | { kind: 'outcome'; row: Omit<OutcomeRow, 'digest'> }): string {
  const content: Record<string, unknown> = { kind: entry.kind, ...entry.row };
  delete content.digest;
  return digestOf(content);
}

/** Numbers and links a batch of new entries after the head, giving each its digest. */
export function link<Row extends { seq: number; prevDigest: string; digest: string }>(
  head: { seq: number; digest: string },
  kind: ChainEntry['kind'],
  contents: readonly Omit<Row, 'seq' | 'prevDigest' | 'digest'>[],
): { rows: Row[]; head: { seq: number; digest: string } } {
  let { seq, digest } = head;
  const rows = contents.map((content) => {
    seq += 1;
    const unsealed = { ...content, seq, prevDigest: digest };
    digest = entryDigest({ kind, row: unsealed } as unknown as Parameters<typeof entryDigest>[0]);
    return { ...unsealed, digest } as Row;
  });
  return { rows, head: { seq, digest } };
}
