/** Runs `sincerely …` in-process with buffer IO. */
import type { CliIO, ExitCode } from '../src/io.js';
import { main } from '../src/main.js';
import { createBufferIO } from './commands/buffer-io.js';

export interface CliRun {
  code: ExitCode;
  out: string;
  err: string;
}

/**
 * Runs the CLI with `argv` in `cwd`.
 *
 * @returns the exit code and everything written to stdout and stderr.
 */
export async function runCli(
  argv: string[],
  cwd: string,
  overrides: Partial<CliIO> = {},
): Promise<CliRun> {
  const io = createBufferIO({ cwd, ...overrides });
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}
