import { ConfigError, RuleError } from '@sincerely/lint';
import { CliError } from './cli-error.js';

/**
 * The lines that explain an error to the person running the command: what went wrong and, where
 * it helps, what to do. Never a stack trace.
 *
 * @returns one line per problem, without a trailing newline.
 */
export function describeError(error: unknown): string[] {
  if (error instanceof ConfigError) return [...error.problems];
  if (error instanceof CliError) return error.message.split('\n');
  if (error instanceof RuleError) {
    return [`${error.message} This is a bug in the rule; please report it with the template.`];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [`Unexpected error: ${message.split('\n')[0] ?? ''}`];
}
