import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoYear } from '../../src/record/demo.ts';
import type { OpenedRecord } from '../../src/record/open.ts';
import { evaluationOutcome, evaluationRecord } from '../../src/record/schema.ts';
import { bundledRegistry } from '../helpers.ts';
import { backends } from '../record/backends.ts';
import { cli } from './helpers.ts';

describe.each(backends)('hjemmel verify-record on $name', (backend) => {
  it('passes on an intact record; exit 1 naming the entry when a row is edited or an outcome deleted', async () => {
    const connection = backend.name === 'PGlite' ? { dataDir: join(mkdtempSync(join(tmpdir(), 'hjemmel-verify-')), 'record') } : backend.connection();
    const args = connection.databaseUrl ? ['verify-record', '--database-url', connection.databaseUrl, '--schema', connection.schema!] : ['verify-record', '--dir', connection.dataDir!];
    const seeded = await backend.open(connection);
    await seedDemoYear(seeded.db, bundledRegistry(), { count: 40, seed: 3, now: new Date('2026-11-24T12:00:00Z') });
    // PGlite's folder is one process's at a time: close it for the command, which opens it itself.
    let keep: OpenedRecord | undefined = seeded;
    if (backend.name === 'PGlite') {
      await seeded.close();
      keep = undefined;
    }
    try {
      const intact = await cli(args);
      expect(intact.err).toBe('');
      expect(intact.code).toBe(0);
      expect(intact.out).toMatch(/The record is unbroken/);

      const db = keep ?? (await backend.open(connection));
      const [row] = await db.db.select().from(evaluationRecord).limit(1);
      await db.db.update(evaluationRecord).set({ municipality: '0301' === row!.municipality ? '4601' : '0301' }).where(eq(evaluationRecord.seq, row!.seq));
      const [outcome] = await db.db.select().from(evaluationOutcome).limit(1);
      await db.db.delete(evaluationOutcome).where(eq(evaluationOutcome.seq, outcome!.seq));
      if (!keep) await db.close();

      const broken = await cli(args);
      expect(broken.code).toBe(1);
      expect(broken.err).toContain(`entry ${row!.seq} was changed after it was written`);
      expect(broken.err).toContain(`entries ${outcome!.seq}–${outcome!.seq} are missing`);
    } finally {
      if (keep) await keep.close();
    }
  }, 120_000);
});
