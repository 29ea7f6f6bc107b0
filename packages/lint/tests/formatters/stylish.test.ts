import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/index.js';
import { brokenResult, cleanResult, CWD, introResult } from './sample-results.js';

describe('formatStylish', () => {
  it('groups problems per file, aligned, with a summary and the fixable count', () => {
    expect(formatStylish([introResult, cleanResult, brokenResult], { cwd: CWD })).toBe(
      [
        '',
        'emails/intro.txt',
        '  1:4   error    This reads like a leftover placeholder: fill in "[FIRST NAME]" or remove it before sending      no-unfilled-placeholder',
        '  3:1   warning  "I hope this email finds you well" could open any email: start with something specific to them  no-hollow-opener',
        '  3:69  warning  "!!" reads as shouting: one "!" is enough                                                       no-shouting',
        '',
        'emails/follow up, v2.hbs',
        '  1:4  error  Parsing error: The block "{{#if firstName}}" at line 1, column 4 is never closed: add "{{/if}}" where it should end',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '  1 problem potentially fixable with --fix.',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatStylish([cleanResult], { cwd: CWD })).toBe('');
    expect(formatStylish([])).toBe('');
  });

  it('shows absolute paths outside cwd and omits the fix line when nothing is fixable', () => {
    const output = formatStylish([brokenResult], { cwd: '/elsewhere' });
    expect(output.split('\n').slice(1, 2)).toEqual([`${CWD}/emails/follow up, v2.hbs`]);
    expect(output).toContain('✖ 1 problem (1 error, 0 warnings)\n');
    expect(output).not.toContain('--fix');
  });

  it('colours only when asked', () => {
    expect(formatStylish([introResult], { cwd: CWD })).not.toContain('\u001B[');
    const coloured = formatStylish([introResult], { cwd: CWD, color: true });
    expect(coloured).toContain('\u001B[4memails/intro.txt\u001B[24m');
    expect(coloured).toContain('\u001B[31merror  \u001B[39m');
    expect(coloured).toContain('\u001B[33mwarning\u001B[39m');
    expect(coloured).toContain('\u001B[1;31m✖ 3 problems (1 error, 2 warnings)\u001B[39;22m');
  });

  it('uses the yellow summary when there are only warnings', () => {
    const warningsOnly = {
      ...introResult,
      messages: introResult.messages.slice(1),
      errorCount: 0,
    };
    expect(formatStylish([warningsOnly], { color: true })).toContain(
      '\u001B[1;33m✖ 2 problems (0 errors, 2 warnings)\u001B[39;22m',
    );
  });
});
