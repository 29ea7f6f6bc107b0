import type { CliIO } from './io.js';

/** Reads all of standard input as UTF-8. */
async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A writer for stdout or stderr that goes quiet when the reader goes away (`sincerely lint | head`
 * closes the pipe: EPIPE), instead of crashing with a stack trace.
 */
function createWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE') process.exitCode = 2;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/**
 * The real process as a `CliIO`, for `bin/sincerely.js`.
 *
 * @returns an IO that writes to the process's stdout and stderr.
 * @example
 * process.exitCode = await main(process.argv.slice(2), createProcessIO());
 */
export function createProcessIO(): CliIO {
  return {
    stdout: createWriter(process.stdout),
    stderr: createWriter(process.stderr),
    readStdin: readProcessStdin,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  };
}
