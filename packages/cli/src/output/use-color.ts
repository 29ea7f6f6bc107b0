import type { CliIO } from '../io.js';

/**
 * Whether to colour stdout: `FORCE_COLOR` (not `0`/`false`) forces it; else a TTY without
 * `NO_COLOR` (https://no-color.org: any non-empty value turns colour off).
 *
 * @returns true to colour.
 */
export function shouldUseColor(io: Pick<CliIO, 'env' | 'stdoutIsTTY'>): boolean {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdoutIsTTY;
}
