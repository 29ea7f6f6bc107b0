import { styleText } from 'node:util';
import type { CliIO } from '../io.js';
import { shouldUseColor } from './use-color.js';

/** The few styles the CLI's own messages use. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
}

/**
 * Styles for stdout with `util.styleText`, or plain text when colour is off (see `shouldUseColor`).
 *
 * @returns the styles.
 */
export function createPaint(io: Pick<CliIO, 'env' | 'stdoutIsTTY'>): Paint {
  const color = shouldUseColor(io);
  const style =
    (format: 'bold' | 'dim' | 'green') =>
    (text: string): string =>
      color ? styleText(format, text) : text;
  return { bold: style('bold'), dim: style('dim'), green: style('green') };
}
