import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { initChain, type RecordDb } from './store.ts';

/**
 * Opens the decision record on Node: PostgreSQL when a connection string is given (DATABASE_URL),
 * else PGlite (PostgreSQL compiled to WebAssembly) in a data folder, or in memory. Either way the
 * same migrations (./migrations, drizzle-kit's SQL and journal) are applied by drizzle's migrator
 * before anything is read or written, so an old database is brought up to date at start.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/record', import.meta.url));

export interface RecordConnection {
  /** A PostgreSQL connection string. Absent: PGlite. */
  databaseUrl?: string;
  /** PostgreSQL only: the schema the tables live in (a test run's own); default public. */
  schema?: string;
  /** PGlite only: the data folder, or 'memory://' for a throwaway database. */
  dataDir?: string;
}

export interface OpenedRecord {
  db: RecordDb;
  /** Where the record is, for people: never the connection string, which may hold a password. */
  describe: string;
  close(): Promise<void>;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openRecordDb(connection: RecordConnection): Promise<OpenedRecord> {
  if (connection.databaseUrl) {
    const schema = connection.schema ?? 'public';
    if (!identifier.test(schema)) throw new Error(`"${schema}" is not a plain lower-case schema name`);
    const pool = new pg.Pool({
      connectionString: connection.databaseUrl,
      options: `-c search_path=${schema}`,
      max: 4,
      connectionTimeoutMillis: 5000,
    });
    // A connection that drops while idle must not take the process down; the next query reports it.
    pool.on('error', () => {});
    const db = drizzlePg({ client: pool }) as unknown as RecordDb;
    try {
      if (schema !== 'public') await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: schema });
      await initChain(db);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db, describe: `PostgreSQL (schema ${schema})`, close: () => pool.end() };
  }
  const dataDir = connection.dataDir ?? DEFAULT_DATA_DIR;
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : lockFolder(dataDir);
  try {
    if (!inMemory) mkdirSync(dataDir, { recursive: true });
    const client = await PGlite.create(dataDir);
    const db = drizzlePglite({ client }) as unknown as RecordDb;
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    await initChain(db);
    return {
      db,
      describe: inMemory ? 'PGlite in memory' : `PGlite in ${dataDir}`,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * A PGlite folder is one process's at a time (PGlite has no postmaster to refuse a second one, and
 * two writers would corrupt it): `<folder>.lock` holds the owner's pid. A lock whose process is gone
 * (killed) is taken over. Returns the release.
 */
function lockFolder(dataDir: string): () => void {
  const path = `${dataDir.replace(/\/+$/, '')}.lock`;
  // A fresh clone has no data folder yet (it is not in git): the lock's folder is made first.
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (Number.isSafeInteger(owner) && owner > 0 && alive(owner)) {
        throw new Error(`the record in ${dataDir} is open in another process (pid ${owner}); stop it first, or use PostgreSQL (DATABASE_URL) for several processes`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`the record in ${dataDir} could not be locked (${path})`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
