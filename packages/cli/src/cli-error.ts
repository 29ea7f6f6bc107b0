/**
 * A mistake the user can fix — a bad flag, a missing file, an invalid config. `main` prints its
 * message on stderr (one line per problem, never a stack trace) and exits with `ExitCode.Fatal`.
 */
export class CliError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CliError';
  }
}
