/**
 * `sincerely <command> …`: dispatches to a command and turns every error into one line on stderr
 * and an exit code, so no one sees a stack trace.
 */
import { agenda } from './commands/agenda.js';
import { health } from './commands/health.js';
import { init } from './commands/init.js';
import { lint } from './commands/lint.js';
import { describeError } from './describe-error.js';
import type { CliIO, Command } from './io.js';
import { ExitCode } from './io.js';
import { VERSION } from './version.js';

interface CommandEntry {
  run: Command;
  summary: string;
}

/**
 * The registered commands, in the order `--help` lists them. A new command is a file in
 * `commands/` exporting a `Command`, plus one line here.
 */
const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  lint: { run: lint, summary: 'lint outreach templates (files, folders, globs or --stdin)' },
  init: { run: init, summary: 'write a starter sincerely.config.mjs with the recommended preset' },
  agenda: { run: agenda, summary: 'reminders and the next best touches from a contacts file' },
  health: { run: health, summary: 'relationship health for each contact in a contacts file' },
};

function renderHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const commands = Object.entries(COMMANDS).map(
    ([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`,
  );
  return [
    'Usage: sincerely <command> [options]',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    '  -h, --help     show this help (or "sincerely <command> --help")',
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

/**
 * Runs `sincerely` with the arguments after the program name.
 *
 * @returns the exit code: 0 clean, 1 lint errors (or too many warnings), 2 usage/config/I/O error.
 * @example
 * process.exitCode = await main(process.argv.slice(2), createProcessIO());
 */
export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(renderHelp());
    return ExitCode.Fatal;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(renderHelp());
    return ExitCode.Ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return ExitCode.Ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    const known = Object.keys(COMMANDS).join(', ');
    io.stderr(
      `sincerely: unknown command "${name}"; the commands are ${known}. Run "sincerely --help".\n`,
    );
    return ExitCode.Fatal;
  }
  try {
    return await entry.run(args, io);
  } catch (error) {
    for (const line of describeError(error)) io.stderr(`sincerely ${name}: ${line}\n`);
    return ExitCode.Fatal;
  }
}
