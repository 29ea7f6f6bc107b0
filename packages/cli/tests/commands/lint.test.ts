import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@sincerely/lint';
import { ExitCode } from '../../src/io.js';
import { runCli } from '../run-cli.js';
import { createTempProject, TEMPLATES } from '../temp-project.js';

function parseJson(text: string): LintResult[] {
  return JSON.parse(text) as LintResult[];
}

describe('sincerely lint: exit codes', () => {
  it('exits 0 and prints nothing for clean templates', async () => {
    const dir = createTempProject({ 'emails/thanks.txt': TEMPLATES.clean });
    expect(await runCli(['lint'], dir)).toEqual({ code: ExitCode.Ok, out: '', err: '' });
  });

  it('exits 0 with warnings only, and 1 with an error', async () => {
    const dir = createTempProject({
      'follow-up.txt': TEMPLATES.shouting,
      'intro.hbs': TEMPLATES.placeholder,
    });
    const warnings = await runCli(['lint', 'follow-up.txt'], dir);
    expect(warnings.code).toBe(ExitCode.Ok);
    expect(warnings.out).toContain('follow-up.txt\n  3:49  warning  "!!" reads as shouting');

    const errors = await runCli(['lint', '.'], dir);
    expect(errors.code).toBe(ExitCode.LintErrors);
    expect(errors.out).toBe(
      [
        '',
        'follow-up.txt',
        '  3:49  warning  "!!" reads as shouting: one "!" is enough  no-shouting',
        '',
        'intro.hbs',
        '  1:4  error  This reads like a leftover placeholder: fill in "[FIRST NAME]" or remove it before sending  no-unfilled-placeholder',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '  1 problem potentially fixable with --fix.',
        '',
      ].join('\n'),
    );
    expect(errors.err).toBe('');
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const dir = createTempProject({ 'a.txt': TEMPLATES.shouting, 'b.txt': TEMPLATES.shouting });
    expect((await runCli(['lint', '--max-warnings', '2'], dir)).code).toBe(ExitCode.Ok);
    const over = await runCli(['lint', '--max-warnings', '1'], dir);
    expect(over.code).toBe(ExitCode.LintErrors);
    expect(over.err).toBe('sincerely found too many warnings (2; maximum: 1).\n');
    const bad = await runCli(['lint', '--max-warnings', 'many'], dir);
    expect(bad).toMatchObject({ code: ExitCode.Fatal, out: '' });
    expect(bad.err).toBe(
      'sincerely lint: --max-warnings expects a whole number ≥ 0, got "many".\n',
    );
  });

  it('--quiet reports errors only, so warnings neither print nor count', async () => {
    const dir = createTempProject({ 'a.txt': TEMPLATES.shouting, 'b.hbs': TEMPLATES.placeholder });
    const run = await runCli(['lint', '--quiet', '--max-warnings', '0', '-f', 'json'], dir);
    expect(run.code).toBe(ExitCode.LintErrors);
    const results = parseJson(run.out);
    expect(results.flatMap((result) => result.messages.map((m) => m.ruleId))).toEqual([
      'no-unfilled-placeholder',
    ]);
    expect(results.map((result) => result.warningCount)).toEqual([0, 0]);
    expect(run.err).toBe('');
  });

  it('rejects an unknown flag with one line that names it and points to --help', async () => {
    const dir = createTempProject({ 'a.txt': TEMPLATES.clean });
    expect(await runCli(['lint', '--fixx'], dir)).toEqual({
      code: ExitCode.Fatal,
      out: '',
      err: 'sincerely lint: Unknown option --fixx for "sincerely lint"; run "sincerely lint --help" for the options.\n',
    });
    const missing = await runCli(['lint', '--format'], dir);
    expect(missing.code).toBe(ExitCode.Fatal);
    expect(missing.err).toMatch(/^sincerely lint: --format needs a value .*--help/u);
    expect(missing.err.split('\n')).toHaveLength(2);
  });

  it("leaves a folder's README and CHANGELOG out of a search, but lints one that is named", async () => {
    const dir = createTempProject({
      'emails/README.md': TEMPLATES.placeholder,
      'emails/changelog.md': TEMPLATES.placeholder,
      'emails/intro.md': TEMPLATES.clean,
    });
    expect(await runCli(['lint', 'emails'], dir)).toEqual({ code: ExitCode.Ok, out: '', err: '' });
    expect((await runCli(['lint', 'emails/**/*.md'], dir)).code).toBe(ExitCode.Ok);
    const named = await runCli(['lint', 'emails/README.md'], dir);
    expect(named.code).toBe(ExitCode.LintErrors);
    expect(named.out).toContain('no-unfilled-placeholder');
  });

  it('exits 2 when a path or glob matches nothing', async () => {
    const dir = createTempProject({ 'a.txt': TEMPLATES.clean, 'notes.pdf': '%PDF' });
    expect((await runCli(['lint', 'drafts/'], dir)).err).toBe(
      'sincerely lint: No such file or folder: drafts/.\n',
    );
    const glob = await runCli(['lint', 'emails/**/*.hbs'], dir);
    expect(glob.code).toBe(ExitCode.Fatal);
    expect(glob.err).toMatch(
      /^sincerely lint: No files matching "emails\/\*\*\/\*\.hbs" were found/u,
    );
  });
});

describe('sincerely lint: formats and output', () => {
  it('-f json prints ESLint-shaped results with absolute paths', async () => {
    const dir = createTempProject({ 'b.hbs': TEMPLATES.placeholder, 'a.txt': TEMPLATES.clean });
    const run = await runCli(['lint', '-f', 'json'], dir);
    const results = parseJson(run.out);
    expect(results.map((result) => result.filePath)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b.hbs'),
    ]);
    expect(results[1]).toMatchObject({
      errorCount: 1,
      warningCount: 0,
      messages: [
        {
          ruleId: 'no-unfilled-placeholder',
          severity: 2,
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 16,
        },
      ],
    });
  });

  it('-f sarif and -f github use paths relative to the working directory', async () => {
    const dir = createTempProject({ 'emails/intro.hbs': TEMPLATES.placeholder });
    const sarif = JSON.parse((await runCli(['lint', '--format', 'sarif'], dir)).out) as {
      version: string;
      runs: {
        tool: { driver: { version: string } };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/u);
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'emails/intro.hbs',
    );
    expect((await runCli(['lint', '-f', 'github'], dir)).out).toBe(
      '::error file=emails/intro.hbs,line=1,col=4,endLine=1,endColumn=16,title=sincerely/no-unfilled-placeholder::This reads like a leftover placeholder: fill in "[FIRST NAME]" or remove it before sending.\n',
    );
  });

  it('exits 2 for an unknown formatter, naming the valid ones', async () => {
    const dir = createTempProject({ 'a.txt': TEMPLATES.clean });
    expect(await runCli(['lint', '-f', 'checkstyle'], dir)).toEqual({
      code: ExitCode.Fatal,
      out: '',
      err: 'sincerely lint: Unknown formatter "checkstyle": use one of "stylish", "json", "sarif", "github".\n',
    });
  });

  it('-o writes the report to a file (creating folders) instead of stdout', async () => {
    const dir = createTempProject({ 'a.hbs': TEMPLATES.placeholder });
    const run = await runCli(['lint', '-f', 'sarif', '-o', 'reports/sincerely.sarif'], dir, {
      stdoutIsTTY: true,
    });
    expect(run).toEqual({ code: ExitCode.LintErrors, out: '', err: '' });
    const report = readFileSync(join(dir, 'reports/sincerely.sarif'), 'utf8');
    expect(JSON.parse(report)).toMatchObject({ version: '2.1.0' });
  });

  it('colours stylish output on a TTY unless NO_COLOR; FORCE_COLOR forces it', async () => {
    const dir = createTempProject({ 'a.hbs': TEMPLATES.placeholder });
    const ansi = '\u001B[';
    expect((await runCli(['lint'], dir)).out).not.toContain(ansi);
    expect((await runCli(['lint'], dir, { stdoutIsTTY: true })).out).toContain(ansi);
    expect(
      (await runCli(['lint'], dir, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).out,
    ).not.toContain(ansi);
    expect((await runCli(['lint'], dir, { env: { FORCE_COLOR: '1' } })).out).toContain(ansi);
  });

  it('shows progress on a terminal stderr for long runs only, and clears it', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 25 }, (_, index) => [
        `emails/${String(index).padStart(2, '0')}.txt`,
        TEMPLATES.clean,
      ]),
    );
    const dir = createTempProject(files);
    const tty = await runCli(['lint'], dir, { stderrIsTTY: true });
    expect(tty.code).toBe(ExitCode.Ok);
    expect(tty.err).toContain('\r\u001B[Klinting 1/25');
    expect(tty.err).toContain('linting 25/25');
    expect(tty.err.endsWith('\r\u001B[K')).toBe(true);
    expect((await runCli(['lint'], dir)).err).toBe('');
    const few = createTempProject({ 'a.txt': TEMPLATES.clean });
    expect((await runCli(['lint'], few, { stderrIsTTY: true })).err).toBe('');
  });
});

describe('sincerely lint: fixing', () => {
  it('--fix writes fixed files, only those that changed, and a second run changes nothing', async () => {
    const dir = createTempProject({
      'follow-up.txt': TEMPLATES.shouting,
      'thanks.txt': TEMPLATES.clean,
    });
    const old = new Date('2024-01-01T00:00:00Z');
    utimesSync(join(dir, 'thanks.txt'), old, old);

    const first = await runCli(['lint', '--fix'], dir);
    expect(first).toEqual({ code: ExitCode.Ok, out: '', err: '' });
    const fixed = readFileSync(join(dir, 'follow-up.txt'), 'utf8');
    expect(fixed).toBe(TEMPLATES.shouting.replace('Tuesday!!', 'Tuesday!'));
    expect(statSync(join(dir, 'thanks.txt')).mtime.getTime()).toBe(old.getTime());

    utimesSync(join(dir, 'follow-up.txt'), old, old);
    const second = await runCli(['lint', '--fix', '-f', 'json'], dir);
    expect(parseJson(second.out).every((result) => result.output === undefined)).toBe(true);
    expect(readFileSync(join(dir, 'follow-up.txt'), 'utf8')).toBe(fixed);
    expect(statSync(join(dir, 'follow-up.txt')).mtime.getTime()).toBe(old.getTime());
  });

  it('--fix-dry-run reports the fixed text without writing it', async () => {
    const dir = createTempProject({ 'follow-up.txt': TEMPLATES.shouting });
    const run = await runCli(['lint', '--fix-dry-run', '-f', 'json'], dir);
    const [result] = parseJson(run.out);
    expect(result!.output).toBe(TEMPLATES.shouting.replace('Tuesday!!', 'Tuesday!'));
    expect(result!.messages).toEqual([]);
    expect(readFileSync(join(dir, 'follow-up.txt'), 'utf8')).toBe(TEMPLATES.shouting);
    expect((await runCli(['lint', '--fix', '--fix-dry-run'], dir)).code).toBe(ExitCode.Fatal);
  });
});

describe('sincerely lint --stdin', () => {
  it('lints standard input, with the syntax and path of --stdin-filename', async () => {
    const dir = createTempProject({});
    const readStdin = async () => 'Hi {{firstName}},\n\nThanks for the tour on Tuesday!!\n';
    const run = await runCli(
      ['lint', '--stdin', '--stdin-filename', 'emails/draft.hbs', '-f', 'json'],
      dir,
      {
        readStdin,
      },
    );
    expect(run.code).toBe(ExitCode.Ok);
    const [result] = parseJson(run.out);
    expect(result!.filePath).toBe(join(dir, 'emails/draft.hbs'));
    expect(
      result!.messages.map((message) => [message.ruleId, message.line, message.column]),
    ).toEqual([
      ['require-merge-field-fallback', 1, 4],
      ['no-shouting', 3, 31],
    ]);

    const bare = await runCli(['lint', '--stdin', '-f', 'json'], dir, { readStdin });
    expect(parseJson(bare.out)[0]!.filePath).toBe('<text>');
  });

  it('refuses --fix on stdin and patterns next to --stdin', async () => {
    const dir = createTempProject({});
    const fix = await runCli(['lint', '--stdin', '--fix'], dir);
    expect(fix.code).toBe(ExitCode.Fatal);
    expect(fix.err).toMatch(
      /^sincerely lint: --fix cannot write to standard input; use --fix-dry-run/u,
    );
    expect((await runCli(['lint', '--stdin', 'a.txt'], dir)).code).toBe(ExitCode.Fatal);
    expect((await runCli(['lint', '--stdin-filename', 'a.txt'], dir)).code).toBe(ExitCode.Fatal);
  });
});

describe('sincerely lint --report-unused-directives', () => {
  it('reports a directive that suppresses nothing', async () => {
    const dir = createTempProject({
      'thanks.hbs': `{{!-- sincerely-disable-next-line no-shouting --}}\n${TEMPLATES.clean}`,
    });
    expect((await runCli(['lint'], dir)).out).toBe('');
    const run = await runCli(['lint', '--report-unused-directives', '-f', 'json'], dir);
    const [result] = parseJson(run.out);
    expect(result!.messages).toMatchObject([{ ruleId: null, severity: 1, line: 1, column: 1 }]);
    expect(run.code).toBe(ExitCode.Ok);
  });
});
