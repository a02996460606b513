import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openRecordDb, type OpenedRecord, type RecordConnection } from '../../src/record/open.ts';

/**
 * The two databases every record test runs on: PGlite in memory (the embedded default) and a real
 * PostgreSQL server (TEST_DATABASE_URL, default the machine's 127.0.0.1:5432, database test; .ci/run
 * starts it). Each PostgreSQL open gets a schema of its own, dropped on close.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Backend {
  name: string;
  /** Where the record is, for a child process (the server under test). */
  connection(): RecordConnection;
  open(connection?: RecordConnection): Promise<OpenedRecord>;
  /** Drops what connection() made. */
  drop(connection: RecordConnection): Promise<void>;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

const postgresConnection = (): RecordConnection => ({ databaseUrl: TEST_DATABASE_URL, schema: `hjemmel_test_${randomBytes(6).toString('hex')}` });

export const backends: Backend[] = [
  {
    name: 'PGlite',
    connection: () => ({ dataDir: 'memory://' }),
    open: (connection = { dataDir: 'memory://' }) => openRecordDb(connection),
    drop: async () => {},
  },
  {
    name: 'PostgreSQL',
    connection: postgresConnection,
    async open(connection = postgresConnection()) {
      const opened = await openRecordDb(connection);
      return {
        ...opened,
        async close() {
          await opened.close();
          await dropSchema(connection.schema!);
        },
      };
    },
    drop: async (connection) => dropSchema(connection.schema!),
  },
];
