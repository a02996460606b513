import { importJWK, type CryptoKey, type JWK } from 'jose';
import { RECEIPT_ALG, type ReceiptKeys } from '../receipts/keys.ts';
import { verifyReceipt } from '../receipts/receipt.ts';
import { entryDigest, GENESIS_DIGEST, type ChainEntry } from './chain.ts';
import { chainEntries, chainHeadOf, lastCut, savedReceiptKeys, type RecordDb } from './store.ts';

/**
 * `hjemmel verify-record`: proves the record's hash chain unbroken from the last retention cut (or
 * the start) to the head, and that every evaluation's receipt verifies and binds what the record
 * says (id, verdict, rule ids, ruleset digests). An edited entry fails its digest; a removed one
 * leaves a gap in seq or a link that does not match; a removed last entry falls short of the head.
 */
export interface VerifyReport {
  ok: boolean;
  /** Entries checked (evaluations and outcomes). */
  entries: number;
  evaluations: number;
  outcomes: number;
  /** Where the check started: 0, or the seq the last retention cut went through. */
  fromSeq: number;
  headSeq: number;
  /** Which keys receipts were checked against. */
  keys: 'configured' | 'kept in the record';
  /** What is wrong, each in a sentence (at most MAX_PROBLEMS, then a count). */
  problems: string[];
}

const PAGE = 1000;
const MAX_PROBLEMS = 50;

/** The public keys the record kept (kid → JWK), for checking receipts when no keys are configured. */
export async function keptReceiptKeys(db: RecordDb): Promise<Pick<ReceiptKeys, 'verifyKeys'>> {
  const verifyKeys = new Map<string, CryptoKey>();
  for (const { kid, jwk } of await savedReceiptKeys(db)) verifyKeys.set(kid, (await importJWK(jwk as JWK, RECEIPT_ALG)) as CryptoKey);
  return { verifyKeys };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

async function receiptProblem(keys: Pick<ReceiptKeys, 'verifyKeys'>, entry: Extract<ChainEntry, { kind: 'evaluation' }>): Promise<string | undefined> {
  const { row } = entry;
  const verification = await verifyReceipt(keys, row.receipt);
  if (!verification.valid) return `entry ${row.seq} (${row.evaluationId}): its receipt does not verify (${verification.reason})`;
  const claims = verification.claims;
  const bound =
    claims.evaluationId === row.evaluationId &&
    claims.evaluatedAt === row.evaluatedAt.toISOString() &&
    claims.verdict === row.verdict &&
    sameList(claims.findings, row.findings.map((f) => f.rule)) &&
    sameList(
      claims.rulesets.map((r) => `${r.id}@${r.version} ${r.digest}`),
      row.rulesets.map((r) => `${r.id}@${r.version} ${r.digest}`),
    );
  return bound ? undefined : `entry ${row.seq} (${row.evaluationId}): the record does not say what its receipt binds`;
}

export async function verifyRecord(db: RecordDb, configuredKeys?: Pick<ReceiptKeys, 'verifyKeys'>): Promise<VerifyReport> {
  const keys = configuredKeys ?? (await keptReceiptKeys(db));
  const problems: string[] = [];
  let problemCount = 0;
  const problem = (text: string) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS) problems.push(text);
  };
  const cut = await lastCut(db);
  const head = await chainHeadOf(db);
  let previous = cut ? { seq: cut.throughSeq, digest: cut.throughDigest } : { seq: 0, digest: GENESIS_DIGEST };
  const fromSeq = previous.seq;
  let evaluations = 0;
  let outcomes = 0;
  for (let after = fromSeq; after < head.seq; after += PAGE) {
    for (const entry of await chainEntries(db, after, Math.min(after + PAGE, head.seq))) {
      const { seq, prevDigest, digest } = entry.row;
      if (seq !== previous.seq + 1) problem(`entries ${previous.seq + 1}–${seq - 1} are missing: deleted from the record`);
      if (prevDigest !== previous.digest) problem(`entry ${seq} does not link to the entry before it: an entry before it was removed or changed`);
      if (entryDigest(entry) !== digest) problem(`entry ${seq} was changed after it was written: its digest does not match its content`);
      if (entry.kind === 'evaluation') {
        evaluations += 1;
        const wrong = await receiptProblem(keys, entry);
        if (wrong) problem(wrong);
      } else outcomes += 1;
      previous = { seq, digest };
    }
  }
  if (previous.seq !== head.seq) problem(`entries ${previous.seq + 1}–${head.seq} are missing: the chain's head is entry ${head.seq}`);
  else if (previous.digest !== head.digest) problem(`entry ${head.seq} is not the one the chain's head names: the last entry was replaced`);
  if (problemCount > problems.length) problems.push(`… and ${problemCount - problems.length} more`);
  return {
    ok: problemCount === 0,
    entries: evaluations + outcomes,
    evaluations,
    outcomes,
    fromSeq,
    headSeq: head.seq,
    keys: configuredKeys ? 'configured' : 'kept in the record',
    problems,
  };
}
