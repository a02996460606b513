import { and, asc, eq, getTableColumns, gt, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { GENESIS_DIGEST, link, type ChainEntry, type EvaluationRow, type OutcomeRow } from './chain.ts';
import type { EvaluationContent, OutcomeContent } from './entry.ts';
import { chainHead, evaluationOutcome, evaluationRecord, receiptKey, recordCut } from './schema.ts';

/**
 * The record's queries, through drizzle's query builder, the same on PGlite and PostgreSQL. Every
 * write that adds to the chain locks the head row first (SELECT … FOR UPDATE), so entries get
 * consecutive numbers and each links to the one before, even with several instances writing.
 */
export type RecordDb = PgDatabase<PgQueryResultHKT, Record<string, never>>;
type Tx = Parameters<Parameters<RecordDb['transaction']>[0]>[0];

/** Creates the head row if the chain is new. Run once after migrating. */
export async function initChain(db: RecordDb): Promise<void> {
  await db.insert(chainHead).values({ id: 1, seq: 0, digest: GENESIS_DIGEST }).onConflictDoNothing();
}

async function lockHead(tx: Tx): Promise<{ seq: number; digest: string }> {
  const [head] = await tx.select({ seq: chainHead.seq, digest: chainHead.digest }).from(chainHead).where(eq(chainHead.id, 1)).for('update');
  if (!head) throw new Error('the record has no chain head: run the migrations');
  return head;
}

const setHead = (tx: Tx, head: { seq: number; digest: string }) => tx.update(chainHead).set(head).where(eq(chainHead.id, 1));

const recordColumns = Object.entries(getTableColumns(evaluationRecord)).map(([key, column]) => [key, column.name] as const);

/**
 * Appends evaluation records to the chain in one transaction: all are recorded, or none. The batch
 * goes as one JSON parameter that PostgreSQL unpacks into rows of the table's own type
 * (jsonb_populate_recordset): drizzle's builder took about half a millisecond of the server's CPU
 * per row to lay out a multi-row insert's fourteen parameters a row, which was most of the record's cost.
 */
export async function appendEvaluations(db: RecordDb, contents: readonly EvaluationContent[]): Promise<void> {
  await db.transaction(async (tx) => {
    const linked = link<EvaluationRow>(await lockHead(tx), 'evaluation', contents);
    const batch = JSON.stringify(linked.rows.map((row) => Object.fromEntries(recordColumns.map(([key, name]) => [name, row[key as keyof EvaluationRow]]))));
    await tx.execute(sql`insert into ${evaluationRecord} select * from jsonb_populate_recordset(null::${evaluationRecord}, ${batch}::jsonb)`);
    await setHead(tx, linked.head);
  });
}

export type OutcomeResult =
  | { status: 'recorded'; row: OutcomeRow }
  | { status: 'unknown' }
  | { status: 'exists' }
  /** Indexes of the deviations whose rule did not fire in the evaluation. */
  | { status: 'not-fired'; deviations: number[] };

/** Records what became of a checked draft: once per evaluation, departing only from findings that fired. */
export async function appendOutcome(db: RecordDb, content: OutcomeContent): Promise<OutcomeResult> {
  return db.transaction(async (tx) => {
    const head = await lockHead(tx);
    const [evaluation] = await tx
      .select({ findings: evaluationRecord.findings })
      .from(evaluationRecord)
      .where(eq(evaluationRecord.evaluationId, content.evaluationId));
    if (!evaluation) return { status: 'unknown' as const };
    const [existing] = await tx.select({ seq: evaluationOutcome.seq }).from(evaluationOutcome).where(eq(evaluationOutcome.evaluationId, content.evaluationId));
    if (existing) return { status: 'exists' as const };
    const fired = new Set(evaluation.findings.filter((f) => f.outcome === 'fired').map((f) => f.rule));
    const notFired = content.deviations.flatMap((d, i) => (fired.has(d.rule) ? [] : [i]));
    if (notFired.length > 0) return { status: 'not-fired' as const, deviations: notFired };
    const linked = link<OutcomeRow>(head, 'outcome', [content]);
    await tx.insert(evaluationOutcome).values(linked.rows);
    await setHead(tx, linked.head);
    return { status: 'recorded' as const, row: linked.rows[0]! };
  });
}

export interface RecordFilter {
  /** Inclusive, as a time. */
  from?: Date;
  /** Exclusive, as a time. */
  to?: Date;
  municipality?: string;
  verdict?: string;
  /** Records with a finding of this rule (fired or undetermined). */
  rule?: string;
}

function where(filter: RecordFilter, afterSeq?: number): SQL | undefined {
  return and(
    filter.from ? gte(evaluationRecord.evaluatedAt, filter.from) : undefined,
    filter.to ? lt(evaluationRecord.evaluatedAt, filter.to) : undefined,
    filter.municipality ? eq(evaluationRecord.municipality, filter.municipality) : undefined,
    filter.verdict ? eq(evaluationRecord.verdict, filter.verdict) : undefined,
    filter.rule ? sql`${evaluationRecord.findings} @> ${JSON.stringify([{ rule: filter.rule }])}::jsonb` : undefined,
    afterSeq !== undefined ? gt(evaluationRecord.seq, afterSeq) : undefined,
  );
}

export type RecordWithOutcome = EvaluationRow & { outcome: OutcomeRow | null };

/** A page of records in chain order, each with its outcome if one was recorded. */
export async function listRecords(db: RecordDb, filter: RecordFilter, afterSeq: number | undefined, limit: number): Promise<RecordWithOutcome[]> {
  const rows = await db
    .select()
    .from(evaluationRecord)
    .leftJoin(evaluationOutcome, eq(evaluationOutcome.evaluationId, evaluationRecord.evaluationId))
    .where(where(filter, afterSeq))
    .orderBy(asc(evaluationRecord.seq))
    .limit(limit);
  return rows.map((r) => ({ ...r.evaluation_record, outcome: r.evaluation_outcome }));
}

/** Every entry with seq in (afterSeq, throughSeq], both kinds, in chain order: for verification. */
export async function chainEntries(db: RecordDb, afterSeq: number, throughSeq: number): Promise<ChainEntry[]> {
  const [evaluations, outcomes] = await Promise.all([
    db.select().from(evaluationRecord).where(and(gt(evaluationRecord.seq, afterSeq), lte(evaluationRecord.seq, throughSeq))),
    db.select().from(evaluationOutcome).where(and(gt(evaluationOutcome.seq, afterSeq), lte(evaluationOutcome.seq, throughSeq))),
  ]);
  const entries: ChainEntry[] = [...evaluations.map((row) => ({ kind: 'evaluation' as const, row })), ...outcomes.map((row) => ({ kind: 'outcome' as const, row }))];
  return entries.sort((a, b) => a.row.seq - b.row.seq);
}

export async function chainHeadOf(db: RecordDb): Promise<{ seq: number; digest: string }> {
  const [head] = await db.select({ seq: chainHead.seq, digest: chainHead.digest }).from(chainHead).where(eq(chainHead.id, 1));
  if (!head) throw new Error('the record has no chain head: run the migrations');
  return head;
}

/** The latest retention cut, if any: where verification starts. */
export async function lastCut(db: RecordDb) {
  const [cut] = await db.select().from(recordCut).orderBy(sql`${recordCut.throughSeq} desc`).limit(1);
  return cut;
}

/**
 * Retention: deletes the longest prefix of the chain whose entries are all older than `cutoff`, and
 * keeps the digest of its last entry (record_cut), from which the rest of the chain still verifies.
 * Returns how many entries were deleted.
 */
export async function cutBefore(db: RecordDb, cutoff: Date, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const head = await lockHead(tx);
    const [firstKeptEvaluation] = await tx.select({ seq: sql<number>`min(${evaluationRecord.seq})`.mapWith(Number) }).from(evaluationRecord).where(gte(evaluationRecord.evaluatedAt, cutoff));
    const [firstKeptOutcome] = await tx.select({ seq: sql<number>`min(${evaluationOutcome.seq})`.mapWith(Number) }).from(evaluationOutcome).where(gte(evaluationOutcome.recordedAt, cutoff));
    const firstKept = Math.min(firstKeptEvaluation?.seq || Infinity, firstKeptOutcome?.seq || Infinity, head.seq + 1);
    const through = firstKept - 1;
    const previous = (await tx.select({ seq: sql<number>`max(${recordCut.throughSeq})`.mapWith(Number) }).from(recordCut))[0]?.seq || 0;
    if (through <= previous) return 0;
    const [last] = (await chainEntries(tx as unknown as RecordDb, through - 1, through)).map((e) => e.row);
    if (!last) throw new Error(`the record has no entry ${through}: the chain is broken, so nothing is cut`);
    const deletedEvaluations = await tx.delete(evaluationRecord).where(lte(evaluationRecord.seq, through)).returning({ seq: evaluationRecord.seq });
    const deletedOutcomes = await tx.delete(evaluationOutcome).where(lte(evaluationOutcome.seq, through)).returning({ seq: evaluationOutcome.seq });
    const deleted = deletedEvaluations.length + deletedOutcomes.length;
    await tx.insert(recordCut).values({ cutAt: now, throughSeq: through, throughDigest: last.digest, deleted });
    return deleted;
  });
}

/** Whether the record can be written now: takes the chain head's row lock, which a read-only or unreachable database refuses. */
export async function probeWrite(db: RecordDb): Promise<void> {
  await db.transaction(async (tx) => {
    await lockHead(tx);
  });
}

/** Keeps the public receipt keys (kid → JWK) so that recorded receipts can be checked later. */
export async function saveReceiptKeys(db: RecordDb, keys: readonly { kid?: string }[]): Promise<void> {
  const rows = keys.filter((k): k is { kid: string } => typeof k.kid === 'string').map((k) => ({ kid: k.kid, jwk: k as Record<string, string> }));
  if (rows.length > 0) await db.insert(receiptKey).values(rows).onConflictDoNothing();
}

export async function savedReceiptKeys(db: RecordDb) {
  return db.select().from(receiptKey);
}
