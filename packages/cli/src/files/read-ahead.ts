/**
 * Reads the files of a large run ahead of the linter, on a worker thread. Reading is not free:
 * `readFileSync` opens, sizes, reads, decodes and closes each file, ≈ 15 µs of the main thread
 * per email (≈ 50 ms of a 3,000-email run, 4% of it), while one thread lints and the other core
 * mostly waits. The worker reads the files in the order they will be linted and posts them in
 * batches; the main thread takes each one as it comes to it, without waiting: a file that has not
 * arrived (or could not be read) is read by the main thread as before, so read errors are
 * reported exactly as before.
 *
 * The worker stays at most 2,048 files or 16 MiB of text ahead of the linter, so memory does not
 * grow with the size of the run, and it never keeps the process alive.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** Below this many files, starting a thread costs more than reading saves. */
export const READ_AHEAD_MIN_FILES = 200;
/** How many files the worker may read before the linter has taken them… */
const AHEAD_FILES = 2048;
/** …and how much text (in KiB), so that a run of large files holds little at a time. */
const AHEAD_KIB = 16 * 1024;
/** Files per message; the worker is also told how far the linter is once per batch. */
const BATCH = 64;

/**
 * The worker (CommonJS, run with `eval`: it needs no built file, and tests run the sources). It
 * posts `[index of the first file, text, text, …]`; a file it cannot read is sent as `null`, and
 * the main thread reads that one itself, to report why. `taken[0]` is how many files the linter
 * has taken; the worker keeps the size of each file it read to know how much text is waiting.
 */
const WORKER_SOURCE = `
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { files, port, taken, aheadFiles, aheadKiB, batchSize } = workerData;
const kib = new Uint32Array(files.length);
let released = 0;
let waiting = 0;
let index = 0;
let batch = [0];
while (index < files.length) {
  const done = Atomics.load(taken, 0);
  while (released < done) waiting -= kib[released++];
  if (index < done) {
    // The linter got there first and read those files itself: skip them.
    if (batch.length > 1) port.postMessage(batch);
    index = done;
    batch = [index];
  } else if (index - done >= aheadFiles || waiting >= aheadKiB) {
    // Far enough ahead: send what was read, and wait for the linter to take some.
    if (batch.length > 1) { port.postMessage(batch); batch = [index]; }
    Atomics.wait(taken, 0, done, 50);
  } else {
    let text = null;
    try { text = readFileSync(files[index], 'utf8'); } catch {}
    if (text !== null) waiting += kib[index] = Math.ceil(text.length / 1024);
    batch.push(text);
    index++;
    if (batch.length > batchSize) { port.postMessage(batch); batch = [index]; }
  }
}
if (batch.length > 1) port.postMessage(batch);
port.close();
`;

/** Texts read ahead, taken one by one in the order of the files. */
export interface ReadAhead {
  /**
   * The text of the next file (the files are taken in the order given), or undefined when it has
   * not been read yet or could not be read: the caller then reads it itself.
   */
  takeNext(): string | undefined;
  /** Ends the worker (early, when the run stops). */
  stop(): void;
}

/**
 * Starts reading `files` ahead on a worker thread.
 *
 * @returns the reader, or undefined when the run is too small or a thread cannot be started.
 */
export function startReadAhead(files: readonly string[]): ReadAhead | undefined {
  if (files.length < READ_AHEAD_MIN_FILES) return undefined;
  const { port1, port2 } = new MessageChannel();
  const taken = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        files: [...files],
        port: port2,
        taken,
        aheadFiles: AHEAD_FILES,
        aheadKiB: AHEAD_KIB,
        batchSize: BATCH,
      },
      transferList: [port2],
    });
  } catch {
    port1.close();
    return undefined;
  }
  worker.unref();
  // A worker that fails to start or dies only means the main thread reads the rest itself.
  worker.on('error', () => undefined);
  /** Texts received and not yet taken, by file number. */
  const texts = new Array<string | null | undefined>(files.length);
  let next = 0;
  const receive = (): boolean => {
    const received = receiveMessageOnPort(port1) as
      { message: [number, ...(string | null)[]] } | undefined;
    if (!received) return false;
    const batch = received.message;
    const start = batch[0];
    // Files the caller has already read itself are dropped.
    for (let offset = 1; offset < batch.length; offset++) {
      if (start + offset - 1 >= next) texts[start + offset - 1] = batch[offset] as string | null;
    }
    return true;
  };
  return {
    takeNext() {
      const index = next;
      while (texts[index] === undefined && receive());
      next = index + 1;
      const text = texts[index];
      texts[index] = undefined;
      // The worker is told in steps of a batch, not woken for every file.
      if (next % BATCH === 0) {
        Atomics.store(taken, 0, next);
        Atomics.notify(taken, 0);
      }
      return text ?? undefined;
    },
    stop() {
      port1.close();
      void worker.terminate();
    },
  };
}
