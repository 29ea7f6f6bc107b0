/**
 * `sincerely <command> …`: dispatches to a command and turns every error into one line on stderr
 * and an exit code, so no one sees a stack trace.
 *
 * Commands are loaded when they run, not up front: `--help` and `--version` load no engine, and a
 * large `lint` run can start its worker threads before the main thread loads the engine, so that
 * both load at once (see `lint/lint-worker-pool.ts`).
 */
import type { CliIO, Command } from './io.js';
import { ExitCode } from './io.js';
import { prestartLintWorkers, releaseLintWorkers } from './lint/lint-worker-pool.js';
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
  lint: {
    run: async (args, io) => (await import('./commands/lint.js')).lint(args, io),
    summary: 'lint outreach templates (files, folders, globs or --stdin)',
  },
  init: {
    run: async (args, io) => (await import('./commands/init.js')).init(args, io),
    summary: 'write a starter sincerely.config.mjs with the recommended preset',
  },
  agenda: {
    run: async (args, io) => (await import('./commands/agenda.js')).agenda(args, io),
    summary: 'reminders and the next best touches from a contacts file',
  },
  health: {
    run: async (args, io) => (await import('./commands/health.js')).health(args, io),
    summary: 'relationship health for each contact in a contacts file',
  },
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
  if (name === 'lint') prestartLintWorkers(args, io.cwd);
  try {
    return await entry.run(args, io);
  } catch (error) {
    // Loaded here: it knows the engine's errors, and loading the engine is the command's business.
    const { describeError } = await import('./describe-error.js');
    for (const line of describeError(error)) io.stderr(`sincerely ${name}: ${line}\n`);
    return ExitCode.Fatal;
  } finally {
    await releaseLintWorkers();
  }
}
