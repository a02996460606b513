import { cutBefore, type RecordDb } from './store.ts';

/**
 * Retention of the decision record: HJEMMEL_RECORD_RETENTION_DAYS, default DEFAULT_RETENTION_DAYS
 * (README, "Decision record", says why). A job deletes the expired prefix of the chain and keeps
 * the digest of what it cut, so `hjemmel verify-record` still proves the rest unbroken.
 */
export const DEFAULT_RETENTION_DAYS = 3650;
const DAY_MS = 86_400_000;
const EVERY_MS = 6 * 60 * 60 * 1000;

export function retentionDays(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isSafeInteger(days) || days < 1) throw new Error(`HJEMMEL_RECORD_RETENTION_DAYS must be a whole number of days, 1 or more, not "${value}"`);
  return days;
}

/** Deletes what is older than `days` before now; the number of entries deleted. */
export function applyRetention(db: RecordDb, days: number, now: Date): Promise<number> {
  return cutBefore(db, new Date(now.getTime() - days * DAY_MS), now);
}

/** Runs the retention job now and every six hours, reporting each run; stop() ends it. */
export function startRetention(db: RecordDb, days: number, clock: () => Date, report: (result: { deleted: number } | { error: unknown }) => void): { stop(): void } {
  const run = () =>
    applyRetention(db, days, clock()).then(
      (deleted) => report({ deleted }),
      (error) => report({ error }),
    );
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
