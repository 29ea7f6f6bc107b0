/**
 * What a command may touch of the outside world. `bin/sincerely.js` passes the real process;
 * tests pass buffers, so every command runs in-process and is tested without spawning.
 */
export interface CliIO {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Reads all of standard input (for `--stdin`). */
  readStdin: () => Promise<string>;
  /** The working directory that relative paths resolve against. */
  cwd: string;
  /** Whether stdout / stderr are terminals (colour on stdout, progress on stderr). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `GITHUB_ACTIONS`). */
  env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes, as ESLint uses them. */
export const ExitCode = {
  /** No errors (warnings are allowed unless `--max-warnings` is exceeded). */
  Ok: 0,
  /** Lint errors, or more warnings than `--max-warnings`. */
  LintErrors: 1,
  /** A usage, config or I/O problem: the run could not do its job. */
  Fatal: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A subcommand: `sincerely <name> …args`. It returns the exit code and never throws for a user's
 * mistake — it writes one line to stderr that says what to do, and returns `ExitCode.Fatal`.
 */
export type Command = (args: string[], io: CliIO) => Promise<ExitCode>;
