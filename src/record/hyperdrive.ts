import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { DecisionRecord } from './decision-record.ts';
import { unmigrated } from './migrated.ts';
import { recorderOver } from './recorder.ts';
import { saveReceiptKeys, type RecordDb } from './store.ts';

/** What the Worker needs of its Hyperdrive binding (wrangler.toml [[hyperdrive]]). */
export interface HyperdriveBinding {
  readonly connectionString: string;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The decision record on the Worker: PostgreSQL through Hyperdrive, with the Node store's queries
 * (store.ts, drizzle's node-postgres driver over `pg`, which runs on Workers with nodejs_compat).
 * Two differences from Node, both forced by the Workers runtime:
 * - a connection (a socket) belongs to the request that opened it, so each use opens its own
 *   through the binding (Hyperdrive keeps the pool to the database) and closes it; so no group
 *   commit either, each evaluation is its own transaction;
 * - the Worker does not migrate: it has no file system for the migrations, and many isolates
 *   starting at once would race for the DDL. `hjemmel migrate-record` (or Node's start against the
 *   same database) applies them; until then /readyz says "record schema not migrated" and every
 *   evaluation is refused (503).
 * The receipt keys' public parts are kept in the record once per isolate, on its first use of a
 * migrated database.
 */
export function hyperdriveRecord(binding: HyperdriveBinding, schema = 'public', receiptJwks: readonly { kid?: string }[] = []): DecisionRecord {
  if (!identifier.test(schema)) throw new Error(`HJEMMEL_RECORD_SCHEMA: "${schema}" is not a plain lower-case schema name`);
  let keysSaved = false;
  async function use<T>(work: (db: RecordDb) => Promise<T>): Promise<T> {
    const client = new pg.Client({
      connectionString: binding.connectionString,
      // Another schema than public (a test run's own) goes as a startup option, as on Node; public needs none.
      ...(schema === 'public' ? {} : { options: `-c search_path=${schema}` }),
      connectionTimeoutMillis: 5000,
    });
    // Ending the connection cancels its socket's stream, which the socket reports as an error
    // ("Stream was cancelled"); an error while working rejects the query in flight instead.
    client.on('error', () => {});
    await client.connect();
    try {
      const db = drizzle({ client }) as unknown as RecordDb;
      if (!keysSaved && !(await unmigrated(db, schema))) {
        await saveReceiptKeys(db, receiptJwks);
        keysSaved = true;
      }
      return await work(db);
    } finally {
      await client.end();
    }
  }
  return recorderOver(use, `PostgreSQL through Hyperdrive (schema ${schema})`, { groupCommit: false, precheck: (db) => unmigrated(db, schema) });
}
