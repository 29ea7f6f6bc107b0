/** Reads and validates a contacts file for the `agenda` and `health` commands. */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { formatIssue, parseContactStoreJson } from '@sincerely/core';
import type { ContactStore } from '@sincerely/core';
import { describeReadError } from '../files/describe-read-error.js';

/** A problem the user can fix, reported as one line on stderr. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Reads `file` (relative to `cwd`) and validates it as a contact store.
 *
 * @throws {UsageError} naming the file, and for invalid data the path and field of the first
 *   problem (`contacts.json: contacts[3].importantDates[0].month: expected 1–12`). Values from
 *   the file are never echoed.
 */
export async function readContactStore(file: string, cwd: string): Promise<ContactStore> {
  const path = isAbsolute(file) ? file : resolve(cwd, file);
  const shown = isAbsolute(file) ? relative(cwd, path) || file : file;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const why = describeReadError(error);
    throw new UsageError(`Cannot read ${shown}: ${why}.`);
  }
  const result = parseContactStoreJson(text.replace(/^\uFEFF/u, ''));
  if (result.ok) return result.value;
  const [first, ...rest] = result.issues;
  const more =
    rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
  throw new UsageError(`${shown}: ${first ? formatIssue(first) : 'invalid'}${more}.`);
}
