export { main } from './main.js';
export { createProcessIO } from './process-io.js';
export { ExitCode } from './io.js';
export type { CliIO, Command } from './io.js';
export { CliError } from './cli-error.js';
export { VERSION } from './version.js';
