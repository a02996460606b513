import { bigint, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The decision record's tables (contract 1.1, "Decision record"). The SQL that creates them is in
 * ./migrations, generated from this file by drizzle-kit (`npm run record:generate`) and applied by
 * drizzle's migrator, the same on PGlite and PostgreSQL. Tables are unqualified: they live in the
 * connection's search_path (public, or a test run's own schema).
 *
 * Every evaluation record and every outcome is one entry of a single hash chain: `seq` counts the
 * entries of both tables together, `prev_digest` is the digest of entry seq − 1 (or of the last
 * entry a retention cut removed), and `digest` is src/record/chain.ts's digest of the entry.
 * Nothing here names or describes a person.
 */

/** The chain's head: one row (id 1), locked by every append, so that entries are numbered without gaps across instances. */
export const chainHead = pgTable('record_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  digest: text('digest').notNull(),
});

export interface RecordedRuleset {
  id: string;
  version: string;
  digest: string;
  /** A what-if pin: a version other than the one in force on the decision date (legal staff only). */
  pinned?: true;
}

export interface RecordedService {
  type: string;
  grantedHoursPerWeek: number | null;
  appliedHoursPerWeek: number | null;
  /** The municipality's reference range for this line's type and functional level, as the evaluation saw it. */
  referenceRange: { min: number; max: number } | null;
}

export interface RecordedFinding {
  rule: string;
  severity: string;
  outcome: 'fired' | 'undetermined';
  service: number | null;
}

export const evaluationRecord = pgTable(
  'evaluation_record',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    evaluationId: text('evaluation_id').notNull().unique(),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true, mode: 'date' }).notNull(),
    municipality: text('municipality').notNull(),
    decisionKind: text('decision_kind').notNull(),
    verdict: text('verdict').notNull(),
    /** The IPLOS functional level rounded down to a whole band, "3–4"; null when the request gave none. */
    functionalLevelBand: text('functional_level_band'),
    rulesets: jsonb('rulesets').$type<RecordedRuleset[]>().notNull(),
    services: jsonb('services').$type<RecordedService[]>().notNull(),
    findings: jsonb('findings').$type<RecordedFinding[]>().notNull(),
    missingFacts: jsonb('missing_facts').$type<string[]>().notNull(),
    receipt: text('receipt').notNull(),
    prevDigest: text('prev_digest').notNull(),
    digest: text('digest').notNull(),
  },
  (t) => [index('evaluation_record_time').on(t.evaluatedAt), index('evaluation_record_municipality_time').on(t.municipality, t.evaluatedAt)],
);

export interface RecordedDeviation {
  rule: string;
  reason: string;
  note?: string;
}

export const evaluationOutcome = pgTable('evaluation_outcome', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  /** No foreign key: a retention cut removes a prefix of the chain, which may take an evaluation and leave its later outcome. */
  evaluationId: text('evaluation_id').notNull().unique(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  outcome: text('outcome').notNull(),
  deviations: jsonb('deviations').$type<RecordedDeviation[]>().notNull(),
  prevDigest: text('prev_digest').notNull(),
  digest: text('digest').notNull(),
});

/** Each retention cut: the entries through `through_seq` were deleted; `through_digest` was the last one's digest. */
export const recordCut = pgTable('record_cut', {
  id: serial('id').primaryKey(),
  cutAt: timestamp('cut_at', { withTimezone: true, mode: 'date' }).notNull(),
  throughSeq: bigint('through_seq', { mode: 'number' }).notNull(),
  throughDigest: text('through_digest').notNull(),
  deleted: integer('deleted').notNull(),
});

/** The public receipt keys that signed recorded receipts (kid → public JWK), so that old receipts can be checked after a key rotation. */
export const receiptKey = pgTable('receipt_key', {
  kid: text('kid').primaryKey(),
  jwk: jsonb('jwk').$type<Record<string, string>>().notNull(),
});
