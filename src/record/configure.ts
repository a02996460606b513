import type { ReceiptKeys } from '../receipts/keys.ts';
import { openRecordDb, type OpenedRecord } from './open.ts';
import type { DecisionRecord } from './decision-record.ts';
import { createRecorder } from './recorder.ts';
import { retentionDays } from './retention.ts';
import { saveReceiptKeys } from './store.ts';

/**
 * The record as the Node face configures it from the environment:
 * - HJEMMEL_RECORD: `on` (default) or `off` (run without a record, said so at /readyz);
 * - DATABASE_URL: PostgreSQL (tables in HJEMMEL_RECORD_SCHEMA, default public); unset, PGlite in
 *   HJEMMEL_RECORD_DIR (default ./data/record);
 * - HJEMMEL_RECORD_RETENTION_DAYS: see retention.ts.
 */
export class RecordConfigError extends Error {}

export type RecordSetting = { on: false } | { on: true; databaseUrl?: string; schema?: string; dataDir?: string; retentionDays: number };

export function parseRecordSetting(env: Record<string, string | undefined>): RecordSetting {
  const mode = env.HJEMMEL_RECORD ?? 'on';
  if (mode === 'off') return { on: false };
  if (mode !== 'on') throw new RecordConfigError(`HJEMMEL_RECORD must be "on" or "off", not "${mode}"`);
  let days: number;
  try {
    days = retentionDays(env.HJEMMEL_RECORD_RETENTION_DAYS);
  } catch (error) {
    throw new RecordConfigError((error as Error).message);
  }
  return { on: true, databaseUrl: env.DATABASE_URL || undefined, schema: env.HJEMMEL_RECORD_SCHEMA || undefined, dataDir: env.HJEMMEL_RECORD_DIR || undefined, retentionDays: days };
}

/** Opens (and migrates) the configured record and keeps the receipt keys' public parts in it. */
export async function openRecord(setting: Extract<RecordSetting, { on: true }>, keys: ReceiptKeys | undefined): Promise<{ opened: OpenedRecord; record: DecisionRecord }> {
  const opened = await openRecordDb({ databaseUrl: setting.databaseUrl, schema: setting.schema, dataDir: setting.dataDir });
  if (keys) await saveReceiptKeys(opened.db, keys.jwks.keys);
  return { opened, record: createRecorder(opened.db, opened.describe) };
}
