/**
 * Large runs lint on every core: the main thread and `availableParallelism() - 1` worker threads
 * pull batches of files from one queue, so a slow file does not hold up the others, and results
 * are put back in the order of the files. Workers load the engine themselves (about a second),
 * which only pays off past a few hundred files; below that, and when the worker script is not
 * built (tests run the TypeScript sources), files are linted in-process.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintResult } from '@sincerely/lint';
import { CliError } from '../cli-error.js';
import type { CliIO } from '../io.js';
import { createProgress } from '../output/progress.js';
import type { LintRunOptions } from './lint-files.js';
import { lintFile, lintFiles } from './lint-files.js';

/** Below this many files, one thread is as fast: workers would spend the run loading. */
export const PARALLEL_MIN_FILES = 200;
const BATCH_SIZE = 16;

/** What each worker starts with. */
export interface LintWorkerData {
  options: LintRunOptions;
  cwd: string;
}

/** A batch of files sent to a worker; `start` is the index of the first file. */
export interface LintBatch {
  start: number;
  files: string[];
}

/** A worker's answer: the batch's results, or the lines that explain why it failed. */
export type LintBatchReply =
  { start: number; results: LintResult[] } | { start: number; error: string[] };

/** The built worker script, next to the built `index.js`. */
function findWorkerScript(): URL | undefined {
  const url = new URL('./lint-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Starts the workers, or none when the options cannot be sent to a thread (a config that holds a
 * function in its `settings`, say): then the caller lints in-process.
 */
function startWorkers(
  script: URL,
  workerData: LintWorkerData,
  count: number,
): Worker[] | undefined {
  const workers: Worker[] = [];
  try {
    for (let index = 0; index < count; index++) workers.push(new Worker(script, { workerData }));
    return workers;
  } catch {
    for (const worker of workers) void worker.terminate();
    return undefined;
  }
}

/**
 * Lints files, in parallel when the run is large and the machine has more than one core.
 *
 * @returns one result per file, in the order given.
 * @throws {CliError} when a file cannot be read or written, or a worker fails.
 */
export async function lintFilesInParallel(
  files: readonly string[],
  io: CliIO,
  options: LintRunOptions,
  threads = availableParallelism(),
): Promise<LintResult[]> {
  const script = files.length > PARALLEL_MIN_FILES && threads > 1 ? findWorkerScript() : undefined;
  if (!script) return lintFiles(files, io, options);
  const workers = startWorkers(script, { options, cwd: io.cwd }, Math.min(threads, 8) - 1);
  if (!workers) return lintFiles(files, io, options);

  const results: LintResult[] = new Array<LintResult>(files.length);
  const progress = createProgress(io, files.length);
  let next = 0;
  let failed = false;
  const take = (): LintBatch | undefined => {
    if (failed || next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + BATCH_SIZE);
    return { start, files: files.slice(start, next) };
  };
  const store = (start: number, batch: readonly LintResult[]): void => {
    batch.forEach((result, offset) => {
      results[start + offset] = result;
      progress.tick();
    });
  };

  const runWorker = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const send = (): void => {
        const batch = take();
        if (batch) worker.postMessage(batch);
        else resolve();
      };
      worker.on('message', (reply: LintBatchReply) => {
        if ('error' in reply) {
          reject(new CliError(reply.error.join('\n')));
          return;
        }
        store(reply.start, reply.results);
        send();
      });
      worker.on('error', (error) => reject(error));
      worker.on('exit', (code) => {
        reject(new CliError(`A lint worker stopped unexpectedly (exit code ${code}).`));
      });
      send();
    });

  const runMainThread = async (): Promise<void> => {
    for (let batch = take(); batch; batch = take()) {
      const batchResults: LintResult[] = [];
      for (const file of batch.files) batchResults.push(await lintFile(file, io.cwd, options));
      store(batch.start, batchResults);
      // Let the workers' messages in between batches.
      await setImmediate();
    }
  };

  try {
    await Promise.all([...workers.map(runWorker), runMainThread()]);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    progress.done();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
