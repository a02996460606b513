import { fileURLToPath } from 'node:url';
import { openRecordDb } from '../src/record/open.ts';
import { seedDemoYear } from '../src/record/demo.ts';
import { loadRulesets } from '../src/rulesets/load.ts';
import { readRulesDir } from '../src/rulesets/read-dir.ts';

/**
 * `npm run demo:records [-- --count N]`: fills the embedded record (HJEMMEL_RECORD_DIR, default
 * data/record) or DATABASE_URL's with a synthetic year. Stop the server first: PGlite's folder is
 * one process's at a time.
 */
const countArg = process.argv.indexOf('--count');
const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 3000;
if (!Number.isSafeInteger(count) || count < 1) throw new Error('--count must be a whole number, 1 or more');
const { sources, lock, titles } = readRulesDir(fileURLToPath(new URL('../rules', import.meta.url)));
const registry = loadRulesets(sources, lock ?? {}, titles);
const opened = await openRecordDb(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, schema: process.env.HJEMMEL_RECORD_SCHEMA } : { dataDir: process.env.HJEMMEL_RECORD_DIR });
try {
  const seeded = await seedDemoYear(opened.db, registry, { count, seed: 2026, now: new Date() });
  console.log(`${opened.describe}: ${seeded.evaluations} evaluations and ${seeded.outcomes} outcomes over the past year.`);
} finally {
  await opened.close();
}
