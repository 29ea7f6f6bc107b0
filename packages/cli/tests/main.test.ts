import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/io.js';
import { main } from '../src/main.js';
import { VERSION } from '../src/version.js';
import { createBufferIO } from './commands/buffer-io.js';
import { runCli } from './run-cli.js';
import { createTempProject } from './temp-project.js';

describe(main, () => {
  it('--help lists every command; "lint --help" lists every lint flag', async () => {
    const dir = createTempProject({});
    const help = await runCli(['--help'], dir);
    expect(help.code).toBe(ExitCode.Ok);
    for (const command of ['lint', 'init', 'agenda', 'health']) {
      expect(help.out).toMatch(new RegExp(`^  ${command} +\\S`, 'mu'));
    }
    const lintHelp = await runCli(['lint', '--help'], dir);
    expect(lintHelp.code).toBe(ExitCode.Ok);
    for (const flag of [
      '--config',
      '--no-config-lookup',
      '--format',
      '--output-file',
      '--fix',
      '--fix-dry-run',
      '--max-warnings',
      '--quiet',
      '--rule',
      '--stdin',
      '--stdin-filename',
      '--report-unused-directives',
      '--context',
    ]) {
      expect(lintHelp.out).toContain(`${flag} `);
    }
  });

  it('--version prints the package version', async () => {
    const io = createBufferIO();
    expect(await main(['--version'], io)).toBe(ExitCode.Ok);
    expect(io.out).toEqual([`${VERSION}\n`]);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/u);
  });

  it('an unknown or missing command is a usage error (exit 2)', async () => {
    const dir = createTempProject({});
    expect(await runCli(['lnt'], dir)).toEqual({
      code: ExitCode.Fatal,
      out: '',
      err: 'sincerely: unknown command "lnt"; the commands are lint, init, agenda, health. Run "sincerely --help".\n',
    });
    const none = await runCli([], dir);
    expect(none.code).toBe(ExitCode.Fatal);
    expect(none.err).toContain('Usage: sincerely <command>');
  });

  it('runs the agenda and health commands', async () => {
    const io = createBufferIO();
    expect(await main(['health', '--help'], io)).toBe(ExitCode.Ok);
    expect(io.out.join('')).toContain('sincerely health');
  });
});
