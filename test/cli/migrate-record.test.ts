import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { unmigrated } from '../../src/record/migrated.ts';
import type { RecordDb } from '../../src/record/store.ts';
import { dropSchema, TEST_DATABASE_URL } from '../record/backends.ts';
import { cli } from './helpers.ts';

describe('hjemmel migrate-record', () => {
  it('applies the migrations to a PostgreSQL schema (again: nothing to do), after which the Worker finds it migrated', async () => {
    const schema = `hjemmel_test_${randomBytes(6).toString('hex')}`;
    const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    const db = drizzle({ client: pool }) as unknown as RecordDb;
    try {
      expect(await unmigrated(db, schema)).toMatch(/^record schema not migrated: run `hjemmel migrate-record --database-url URL --schema hjemmel_test_\w+` \(migration 0000_record is missing\)$/);
      for (let run = 0; run < 2; run++) {
        const migrated = await cli(['migrate-record', '--database-url', TEST_DATABASE_URL, '--schema', schema]);
        expect(migrated).toEqual({ code: 0, out: `PostgreSQL (schema ${schema}): the record's migrations are applied.\n`, err: '' });
      }
      expect(await unmigrated(db, schema)).toBeUndefined();
    } finally {
      await pool.end();
      await dropSchema(schema);
    }
  });

  it('needs a PostgreSQL connection string (exit 2); a bad schema name fails (exit 1), naming it', async () => {
    const databaseUrl = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const missing = await cli(['migrate-record']);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('--database-url URL or DATABASE_URL');
    } finally {
      if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
    }
    const bad = await cli(['migrate-record', '--database-url', TEST_DATABASE_URL, '--schema', 'Robert; drop table']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('"Robert; drop table" is not a plain lower-case schema name');
  });
});
