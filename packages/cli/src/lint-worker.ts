/**
 * A worker thread for large `sincerely lint` runs (see `lint/lint-files-in-parallel.ts`): it loads
 * the engine as soon as it starts (it may be started before the files are known), then takes its
 * setup and lints the batches of files it is sent, posting back their results or the lines of an
 * error.
 */
import { parentPort } from 'node:worker_threads';
import { describeError } from './describe-error.js';
import type {
  LintBatchReply,
  LintWorkerData,
  LintWorkerMessage,
} from './lint/lint-files-in-parallel.js';
import { lintFile } from './lint/lint-files.js';

const port = parentPort;
let setup: LintWorkerData | undefined;

port?.on('message', (message: LintWorkerMessage) => {
  if (message.type === 'setup') {
    setup = { options: message.options, cwd: message.cwd };
    return;
  }
  void (async () => {
    let reply: LintBatchReply;
    try {
      if (!setup) throw new Error('The lint worker got files before its setup.');
      const results = [];
      for (const file of message.files)
        results.push(await lintFile(file, setup.cwd, setup.options));
      reply = { start: message.start, results };
    } catch (error) {
      reply = { start: message.start, error: describeError(error) };
    }
    port.postMessage(reply);
  })();
});
