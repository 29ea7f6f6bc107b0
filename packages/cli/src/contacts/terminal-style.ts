import type { CliIO } from '../io.js';

/** Text styles for stdout: ANSI colour on a terminal, unless `NO_COLOR`; `FORCE_COLOR` forces it. */
export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
}

/** Chooses plain or coloured output for `io.stdout`. */
export function createTerminalStyle(io: CliIO): TerminalStyle {
  const force = io.env['FORCE_COLOR'];
  const color =
    force !== undefined && force !== '0' && force !== 'false'
      ? true
      : io.env['NO_COLOR'] === undefined || io.env['NO_COLOR'] === ''
        ? io.stdoutIsTTY
        : false;
  const wrap = (open: number, close: number) => (text: string) =>
    color ? `\u001B[${open}m${text}\u001B[${close}m` : text;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    red: wrap(31, 39),
    cyan: wrap(36, 39),
  };
}
