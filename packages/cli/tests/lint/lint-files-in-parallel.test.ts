/**
 * Large runs use worker threads, which need the built worker script: this test runs the built
 * CLI (`dist`) in-process and checks it gives exactly what the sources give in one thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Cli from '../../src/index.js';
import { ExitCode } from '../../src/io.js';
import { PARALLEL_MIN_FILES } from '../../src/lint/lint-files-in-parallel.js';
import { createBufferIO } from '../commands/buffer-io.js';
import { ensureBuilt, PACKAGE_DIRS } from '../publish/ensure-built.js';
import { runCli } from '../run-cli.js';
import { createTempProject, TEMPLATES } from '../temp-project.js';

const COUNT = PARALLEL_MIN_FILES + 40;
const variants = [TEMPLATES.clean, TEMPLATES.shouting, TEMPLATES.placeholder];

function createCorpus(): string {
  return createTempProject(
    Object.fromEntries(
      Array.from({ length: COUNT }, (_, index) => [
        `emails/${String(index).padStart(4, '0')}.txt`,
        variants[index % variants.length]!,
      ]),
    ),
  );
}

describe('lintFilesInParallel (reads dist)', () => {
  let built: typeof Cli;
  beforeAll(async () => {
    ensureBuilt();
    const cliDir = PACKAGE_DIRS.find((dir) => dir.endsWith('/cli/'))!;
    built = (await import(pathToFileURL(join(cliDir, 'dist/index.js')).href)) as typeof Cli;
  }, 180_000);

  it('gives the same results, in the same order, as one thread', async () => {
    const dir = createCorpus();
    const parallelIO = createBufferIO({ cwd: dir, stderrIsTTY: true });
    const code = await built.main(['lint', '-f', 'json'], parallelIO);
    const single = await runCli(['lint', '-f', 'json'], dir);
    expect(code).toBe(ExitCode.LintErrors);
    expect(parallelIO.out.join('')).toBe(single.out);
    expect(parallelIO.err.join('')).toContain(`linting ${COUNT}/${COUNT}`);
  });

  it('writes fixes from the workers too', async () => {
    const dir = createCorpus();
    const code = await built.main(['lint', '--fix', '--quiet'], createBufferIO({ cwd: dir }));
    expect(code).toBe(ExitCode.LintErrors);
    for (let index = 1; index < COUNT; index += variants.length) {
      const text = readFileSync(join(dir, `emails/${String(index).padStart(4, '0')}.txt`), 'utf8');
      expect(text).toBe(TEMPLATES.shouting.replace('Tuesday!!', 'Tuesday!'));
    }
  });
});
