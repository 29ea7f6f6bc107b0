/**
 * Large runs lint on the idle cores: the main thread and worker threads pull batches of files
 * from one queue, so a slow file does not hold up the others, and results are put back in the
 * order of the files. Workers load the engine themselves (≈ 0.3–0.5 s), so `main` starts them
 * early for a run that looks large, and only as many are used as there are idle cores (see
 * `lint-worker-pool.ts`); below `PARALLEL_MIN_FILES` files, and when the worker script is not
 * built (tests run the TypeScript sources), files are linted in-process.
 */
import { setImmediate } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { LintResult } from '@sincerely/lint';
import { CliError } from '../cli-error.js';
import type { CliIO } from '../io.js';
import { createProgress } from '../output/progress.js';
import type { LintRunOptions } from './lint-files.js';
import { lintFile, lintFiles } from './lint-files.js';
import {
  findWorkerScript,
  PARALLEL_MIN_FILES,
  releaseLintWorkers,
  startWorkers,
  takeLintWorkers,
  usableThreads,
  workerCountFor,
} from './lint-worker-pool.js';

export { PARALLEL_MIN_FILES } from './lint-worker-pool.js';

const BATCH_SIZE = 16;

/** What each worker is told first: how to lint, and from where. */
export interface LintWorkerData {
  options: LintRunOptions;
  cwd: string;
}

/** A batch of files sent to a worker; `start` is the index of the first file. */
export interface LintBatch {
  start: number;
  files: string[];
}

/** A message to a worker: its setup (first), then batches. */
export type LintWorkerMessage =
  ({ type: 'setup' } & LintWorkerData) | ({ type: 'batch' } & LintBatch);

/** A worker's answer: the batch's results, or the lines that explain why it failed. */
export type LintBatchReply =
  { start: number; results: LintResult[] } | { start: number; error: string[] };

/**
 * The workers for a run: those started early (as many as there are idle cores for), else new ones
 * up to `count`. None when the options cannot be sent to a thread (a config that holds a function
 * in its `settings`, say): then the caller lints in-process.
 */
async function setUpWorkers(count: number, data: LintWorkerData): Promise<Worker[]> {
  let workers = await takeLintWorkers(count);
  if (!workers) {
    const script = findWorkerScript();
    workers = script ? startWorkers(script, count) : [];
  }
  try {
    for (const worker of workers) {
      worker.postMessage({ type: 'setup', ...data } satisfies LintWorkerMessage);
    }
    return workers;
  } catch {
    for (const worker of workers) void worker.terminate();
    return [];
  }
}

/**
 * Lints files, in parallel when the run is large and the machine has more than one idle core.
 *
 * @returns one result per file, in the order given.
 * @throws {CliError} when a file cannot be read or written, or a worker fails.
 */
export async function lintFilesInParallel(
  files: readonly string[],
  io: CliIO,
  options: LintRunOptions,
  threads = usableThreads(),
): Promise<LintResult[]> {
  const count = workerCountFor(threads);
  const workers =
    files.length > PARALLEL_MIN_FILES && count > 0
      ? await setUpWorkers(count, { options, cwd: io.cwd })
      : [];
  // Workers started early that this run does not use are ended now.
  await releaseLintWorkers();
  if (workers.length === 0) return lintFiles(files, io, options);

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
        if (batch) worker.postMessage({ type: 'batch', ...batch } satisfies LintWorkerMessage);
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
