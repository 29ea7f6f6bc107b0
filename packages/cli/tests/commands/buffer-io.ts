/** A `CliIO` that records output, for running commands in-process. */
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/io.js';

export interface BufferIO extends CliIO {
  out: string[];
  err: string[];
}

/** The sample CRM data folder, used as the working directory. */
export const crmDataDir = fileURLToPath(new URL('../../../../examples/crm-data/', import.meta.url));

export function createBufferIO(overrides: Partial<CliIO> = {}): BufferIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => '',
    cwd: crmDataDir,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    ...overrides,
  };
}
