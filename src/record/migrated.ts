import { sql, type SQL } from 'drizzle-orm';
import journal from './migrations/meta/_journal.json';
import type { RecordDb } from './store.ts';

/** The newest migration this build carries (drizzle-kit's journal): what the database must have applied. */
const latest = journal.entries[journal.entries.length - 1]!;

/**
 * Why the record's tables in `schema` are not the ones this build writes, or undefined when they
 * are: drizzle's migrator keeps each applied migration in `<schema>.__drizzle_migrations` with its
 * journal time, so the newest applied one must be this build's newest. For a face that does not
 * migrate (the Worker): Node's start, or `hjemmel migrate-record`, applies them.
 */
export async function unmigrated(db: RecordDb, schema: string): Promise<string | undefined> {
  const table = `${schema}.__drizzle_migrations`;
  const advice = `record schema not migrated: run \`hjemmel migrate-record --database-url URL --schema ${schema}\` (migration ${latest.tag} is missing)`;
  const [found] = await rows<{ present: boolean }>(db, sql`select to_regclass(${table}) is not null as present`);
  if (!found?.present) return advice;
  const [applied] = await rows<{ newest: string | number | null }>(db, sql`select max(created_at) as newest from ${sql.identifier(schema)}.__drizzle_migrations`);
  return Number(applied?.newest ?? 0) >= latest.when ? undefined : advice;
}

/** A raw query's rows: node-postgres and PGlite both answer execute() with `{ rows }`. */
async function rows<T>(db: RecordDb, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
