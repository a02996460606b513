import { filterOf } from '../record/contract.ts';
import type { DecisionRecord } from '../record/decision-record.ts';
import type { RecordFilter, RecordWithOutcome } from '../record/store.ts';
import { aggregate, type Insight } from './aggregate.ts';

const PAGE = 1000;

/** Every record matching the query, page by page in chain order. */
export async function* allRecords(record: DecisionRecord, filter: RecordFilter, afterSeq?: number): AsyncGenerator<RecordWithOutcome[]> {
  let after = afterSeq;
  for (;;) {
    const page = await record.list(filter, after, PAGE);
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    after = page.at(-1)!.seq;
  }
}

/** The insight figures for a municipality (or all) and period, from the record. */
export async function readInsight(record: DecisionRecord, query: { municipality?: string; from?: string; to?: string }): Promise<Insight> {
  const rows: RecordWithOutcome[] = [];
  for await (const page of allRecords(record, filterOf(query))) rows.push(...page);
  return aggregate(rows, query);
}
