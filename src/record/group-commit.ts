/**
 * Group commit: items that arrive while a write is in flight (or within `windowMs` of the first
 * when idle) are written together by one call of `write` (one transaction), and every caller's
 * promise settles with that write: resolved once it is committed, rejected with its error. So a
 * caller learns its item is durable at the cost of one transaction per batch, not per item.
 */
export interface GroupCommitOptions {
  /** How long an idle writer waits for more items before writing the first; default 1 ms. */
  windowMs?: number;
  /** Most items in one write; default 500. */
  maxBatch?: number;
}

interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Hands an item in; `flush` resolves once every item handed in so far is committed or refused (for a stop). */
export interface GroupCommit<T> {
  (item: T): Promise<void>;
  flush(): Promise<void>;
}

export function groupCommit<T>(write: (batch: T[]) => Promise<void>, { windowMs = 1, maxBatch = 500 }: GroupCommitOptions = {}): GroupCommit<T> {
  let queue: Waiting<T>[] = [];
  let writing: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function writeQueue(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        await write(batch.map((w) => w.item));
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    writing = undefined;
  }

  function start() {
    clearTimeout(timer);
    timer = undefined;
    writing = writeQueue();
  }

  const append = (item: T) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing && !timer) timer = setTimeout(start, windowMs);
    });
  return Object.assign(append, {
    async flush() {
      if (timer) start();
      await writing;
    },
  });
}
