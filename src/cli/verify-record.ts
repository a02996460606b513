import { resolve } from 'node:path';
import { ConfigError, parseSecurityConfig } from '../api/config.ts';
import { loadReceiptKeys } from '../receipts/keys.ts';
import { openRecordDb } from '../record/open.ts';
import { verifyRecord } from '../record/verify.ts';
import { EXIT, parse, UsageError, type Command } from './io.ts';

export const verifyRecordCommand: Command = {
  summary: 'prove the decision record unbroken: its hash chain links, no entry changed or removed, every receipt verifies',
  usage:
    'hjemmel verify-record [--database-url URL] [--schema NAME] [--dir data/record]\n' +
    '  PostgreSQL with --database-url (default: DATABASE_URL), else the PGlite folder --dir (default: HJEMMEL_RECORD_DIR or data/record).\n' +
    '  Receipts are checked against HJEMMEL_RECEIPT_KEY and HJEMMEL_RECEIPT_RETIRED_KEYS when set, else against the public keys the record kept.',
  async run(args, io) {
    const { values, positionals } = parse(args, { 'database-url': { type: 'string' }, schema: { type: 'string' }, dir: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    let configured;
    try {
      const security = parseSecurityConfig(process.env);
      configured = security.receiptKey ? await loadReceiptKeys(security.receiptKey, security.retiredReceiptKeys) : undefined;
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
    const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
    const opened = await openRecordDb(
      databaseUrl ? { databaseUrl, schema: values.schema } : { dataDir: resolve(io.cwd, values.dir ?? process.env.HJEMMEL_RECORD_DIR ?? 'data/record') },
    );
    try {
      const report = await verifyRecord(opened.db, configured);
      io.out(
        `${opened.describe}: ${report.entries} entries (${report.evaluations} evaluations, ${report.outcomes} outcomes), seq ${report.fromSeq + 1}–${report.headSeq}` +
          `${report.fromSeq > 0 ? ` (entries through ${report.fromSeq} were cut by retention)` : ''}; receipts checked against the keys ${report.keys}.\n`,
      );
      if (report.ok) {
        io.out('The record is unbroken: every entry links to the one before, none was changed or removed, and every receipt verifies.\n');
        return EXIT.ok;
      }
      io.err(`The record is NOT intact:\n${report.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return EXIT.failed;
    } finally {
      await opened.close();
    }
  },
};
