import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../src/record/group-commit.ts';

/** A write whose completion the test controls. */
function controlledWrites() {
  const batches: number[][] = [];
  const pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const write = (batch: number[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(batch);
      pending.push({ resolve, reject });
    });
  const settled = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 1));
  };
  return { batches, pending, write, settled };
}

describe('group commit', () => {
  it('items arriving while a write is in flight go together in the next write; each caller resolves with its own write', async () => {
    const { batches, pending, write, settled } = controlledWrites();
    const append = groupCommit(write);
    const done: number[] = [];
    const first = append(1).then(() => done.push(1));
    await settled();
    expect(batches).toEqual([[1]]);
    const rest = [2, 3, 4, 5].map((n) => append(n).then(() => done.push(n)));
    await settled();
    expect(batches).toHaveLength(1); // nothing more is written while the first write is in flight
    expect(done).toEqual([]);
    pending[0]!.resolve();
    await first;
    await settled();
    expect(batches).toEqual([[1], [2, 3, 4, 5]]);
    expect(done).toEqual([1]); // the others wait for their own commit
    pending[1]!.resolve();
    await Promise.all(rest);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('a failed write rejects every caller in its batch, and the next batch is written anew', async () => {
    const { batches, pending, write, settled } = controlledWrites();
    const append = groupCommit(write, { maxBatch: 2 });
    const results = [1, 2, 3].map((n) => append(n).then(() => 'committed', (e: Error) => e.message));
    await settled();
    expect(batches).toEqual([[1, 2]]);
    pending[0]!.reject(new Error('disk full'));
    await settled();
    expect(batches).toEqual([[1, 2], [3]]);
    pending[1]!.resolve();
    expect(await Promise.all(results)).toEqual(['disk full', 'disk full', 'committed']);
  });

  it('flush writes what waits at once and resolves only once it is committed (a stop loses no handed-in item)', async () => {
    const { batches, pending, write, settled } = controlledWrites();
    const append = groupCommit(write, { windowMs: 60_000 });
    const first = append(1);
    let flushed = false;
    const flushing = append.flush().then(() => (flushed = true));
    expect(batches).toEqual([[1]]); // written now, not after the window
    const second = append(2);
    await settled();
    expect(flushed).toBe(false);
    pending[0]!.resolve();
    await settled();
    expect(batches).toEqual([[1], [2]]);
    expect(flushed).toBe(false); // the item handed in while the first write was in flight is waited for too
    pending[1]!.resolve();
    await Promise.all([first, second, flushing]);
    expect(flushed).toBe(true);
  });
});
