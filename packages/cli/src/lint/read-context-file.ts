import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { LintContext } from '@sincerely/lint';
import { CliError } from '../cli-error.js';
import { describeReadError } from '../files/describe-read-error.js';

/**
 * Reads `--context FILE`: JSON `{ contact, sendAt, channel, history }` describing the recipient and
 * the send, validated with `@sincerely/core`'s model.
 *
 * @returns the context, as written, for the engine.
 * @throws {CliError} naming the file: unreadable, not JSON, not an object, or an invalid field.
 */
export async function readContextFile(file: string, cwd: string): Promise<LintContext> {
  // Core's full entry (the model, ≈ 55 ms to load) is loaded only for runs with a context.
  const { formatIssue, locateJsonError, parseSendContext } = await import('@sincerely/core');
  const path = resolve(cwd, file);
  const shown = relative(cwd, path) || file;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const why = describeReadError(error);
    throw new CliError(`Cannot read the context file ${shown}: ${why}.`, { cause: error });
  }
  const json = text.replace(/^\uFEFF/u, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // The engine's message can quote the file (a contact's name), so only the place is given,
    // and the error is not kept as a cause: a stack dump would print it.
    const location = locateJsonError(json);
    const where = location ? ` (line ${location.line}, column ${location.column})` : '';
    throw new CliError(`${shown} is not valid JSON${where}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(
      `${shown} must hold a JSON object like { "contact": …, "sendAt": …, "channel": …, "history": […] }.`,
    );
  }
  const result = parseSendContext(value);
  if (!result.ok) {
    const problems = result.issues.map((issue) => `${shown}: ${formatIssue(issue)}.`);
    throw new CliError(problems.join('\n'));
  }
  return value as LintContext;
}
