import { openRecordDb } from '../record/open.ts';
import { parse, UsageError, EXIT, type Command } from './io.ts';

export const migrateRecordCommand: Command = {
  summary: 'bring a PostgreSQL decision record up to date (the migrations the Worker needs applied, as it does not migrate)',
  usage:
    'hjemmel migrate-record [--database-url URL] [--schema NAME]\n' +
    '  Applies the record migrations to PostgreSQL at --database-url (default: DATABASE_URL), in --schema (default: HJEMMEL_RECORD_SCHEMA or public).\n' +
    '  Run it before deploying a Worker that writes through Hyperdrive to that database; the Node server applies them itself at start.',
  async run(args, io) {
    const { values, positionals } = parse(args, { 'database-url': { type: 'string' }, schema: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
    if (!databaseUrl) throw new UsageError('migrate-record needs PostgreSQL: --database-url URL or DATABASE_URL');
    let opened;
    try {
      opened = await openRecordDb({ databaseUrl, schema: values.schema ?? (process.env.HJEMMEL_RECORD_SCHEMA || undefined) });
    } catch (error) {
      io.err(`The record could not be migrated: ${(error as Error).message}\n`);
      return EXIT.failed;
    }
    await opened.close();
    io.out(`${opened.describe}: the record's migrations are applied.\n`);
    return EXIT.ok;
  },
};
