/**
 * A worker thread for large `sincerely lint` runs (see `lint/lint-files-in-parallel.ts`): it lints
 * the batches of files it is sent and posts back their results, or the lines of an error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from './describe-error.js';
import type { LintBatch, LintBatchReply, LintWorkerData } from './lint/lint-files-in-parallel.js';
import { lintFile } from './lint/lint-files.js';

const { options, cwd } = workerData as LintWorkerData;
const port = parentPort;

port?.on('message', (batch: LintBatch) => {
  void (async () => {
    let reply: LintBatchReply;
    try {
      const results = [];
      for (const file of batch.files) results.push(await lintFile(file, cwd, options));
      reply = { start: batch.start, results };
    } catch (error) {
      reply = { start: batch.start, error: describeError(error) };
    }
    port.postMessage(reply);
  })();
});
