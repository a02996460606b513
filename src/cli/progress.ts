import type { Io } from './io.ts';

export interface Progress {
  /** `done` of the total (bytes or cases), after `count` cases. */
  update(done: number, count: number): void;
  end(): void;
}

const WIDTH = 30;

/** A one-line progress bar on stderr, redrawn at most ten times a second; silent unless stderr is a terminal. */
export function progressBar(io: Io, total: number): Progress {
  if (!io.errIsTTY || total <= 0) return { update() {}, end() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, count) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      drawn = true;
      const share = Math.min(1, done / total);
      const filled = Math.round(share * WIDTH);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%  ${count} cases`);
    },
    end() {
      if (drawn) io.err('\r\x1b[2K');
    },
  };
}
