/**
 * How many threads lint: every core from three up (workers use the idle ones), or
 * `SINCERELY_THREADS`. And with two threads forced, the built CLI (workers started early by
 * `main`) reports exactly what one thread reports.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Cli from '../../src/index.js';
import {
  PARALLEL_MIN_FILES,
  usableThreads,
  workerCountFor,
} from '../../src/lint/lint-worker-pool.js';
import { createBufferIO } from '../commands/buffer-io.js';
import { ensureBuilt, PACKAGE_DIRS } from '../publish/ensure-built.js';
import { runCli } from '../run-cli.js';
import { createTempProject, TEMPLATES } from '../temp-project.js';

describe(usableThreads, () => {
  it('uses every core from three cores up, or SINCERELY_THREADS when it is a whole number', () => {
    expect(usableThreads(1, undefined)).toBe(1);
    expect(usableThreads(2, undefined)).toBe(1);
    expect(usableThreads(4, undefined)).toBe(4);
    expect(usableThreads(2, '1')).toBe(1);
    expect(usableThreads(2, '3')).toBe(3);
    expect(usableThreads(2, 'many')).toBe(1);
    expect(usableThreads(4, '0')).toBe(4);
  });

  it('keeps the main thread and at most seven workers', () => {
    expect(workerCountFor(1)).toBe(0);
    expect(workerCountFor(2)).toBe(1);
    expect(workerCountFor(64)).toBe(7);
  });
});

describe('two threads forced (reads dist)', () => {
  let built: typeof Cli;
  const previous = process.env.SINCERELY_THREADS;
  beforeAll(async () => {
    ensureBuilt();
    const cliDir = PACKAGE_DIRS.find((dir) => dir.endsWith('/cli/'))!;
    built = (await import(pathToFileURL(join(cliDir, 'dist/index.js')).href)) as typeof Cli;
  }, 180_000);
  afterEach(() => {
    if (previous === undefined) delete process.env.SINCERELY_THREADS;
    else process.env.SINCERELY_THREADS = previous;
  });

  it('reports what one thread reports, in the same order', async () => {
    const variants = [TEMPLATES.clean, TEMPLATES.shouting, TEMPLATES.placeholder];
    const dir = createTempProject(
      Object.fromEntries(
        Array.from({ length: PARALLEL_MIN_FILES + 25 }, (_, index) => [
          `emails/${String(index).padStart(4, '0')}.txt`,
          variants[index % variants.length]!,
        ]),
      ),
    );
    process.env.SINCERELY_THREADS = '2';
    const io = createBufferIO({ cwd: dir });
    const code = await built.main(['lint', '-f', 'json'], io);
    process.env.SINCERELY_THREADS = '1';
    const single = await runCli(['lint', '-f', 'json'], dir);
    expect(code).toBe(single.code);
    expect(io.out.join('')).toBe(single.out);
  });
});
