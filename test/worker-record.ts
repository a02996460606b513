import { openRecordDb } from '../src/record/open.ts';
import { dropSchema, TEST_DATABASE_URL } from './record/backends.ts';

/**
 * Global setup of the workerd project: the Worker writes its decision record through Hyperdrive
 * (wrangler.toml's localConnectionString, the machine's PostgreSQL) into a schema of this run's own
 * (vitest.config.ts hands its name to the Worker as HJEMMEL_RECORD_SCHEMA). The Worker does not
 * migrate, so this applies the migrations first, as `hjemmel migrate-record` does before a deploy,
 * and drops the schema afterwards.
 */
export default async function setup() {
  const schema = process.env.HJEMMEL_WORKER_RECORD_SCHEMA;
  if (!schema) throw new Error('vitest.config.ts sets HJEMMEL_WORKER_RECORD_SCHEMA for the workerd project');
  const opened = await openRecordDb({ databaseUrl: TEST_DATABASE_URL, schema });
  await opened.close();
  return () => dropSchema(schema);
}
