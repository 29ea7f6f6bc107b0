import type { CliIO } from '../io.js';

/** Runs with fewer files finish before a progress line would help. */
const MIN_FILES = 20;
const CLEAR_LINE = '\r\u001B[K';

/** A progress line on stderr: `tick()` after each file, `done()` at the end. */
export interface Progress {
  tick(): void;
  done(): void;
}

/**
 * A progress indicator (`linting 120/300`) that rewrites one stderr line, shown only when stderr
 * is a terminal and the run has more than a few files; otherwise it does nothing.
 *
 * @returns the indicator.
 */
export function createProgress(io: CliIO, total: number): Progress {
  if (!io.stderrIsTTY || total <= MIN_FILES) return { tick() {}, done() {} };
  const step = Math.max(1, Math.floor(total / 100));
  let count = 0;
  let shown = false;
  return {
    tick() {
      count++;
      if (count % step !== 0 && count !== total) return;
      io.stderr(`${CLEAR_LINE}linting ${count}/${total}`);
      shown = true;
    },
    done() {
      if (shown) io.stderr(CLEAR_LINE);
    },
  };
}
