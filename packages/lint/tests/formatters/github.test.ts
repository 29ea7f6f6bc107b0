import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/index.js';
import { formatGithub } from '../../src/index.js';
import { brokenResult, cleanResult, CWD, introResult } from './sample-results.js';

describe('formatGithub', () => {
  it('writes one workflow command per problem, with repository-relative paths', () => {
    expect(formatGithub([introResult, cleanResult], { cwd: CWD }).split('\n')).toEqual([
      '::error file=emails/intro.txt,line=1,col=4,endLine=1,endColumn=16,title=sincerely/no-unfilled-placeholder::This reads like a leftover placeholder: fill in "[FIRST NAME]" or remove it before sending.',
      '::warning file=emails/intro.txt,line=3,col=1,endLine=3,endColumn=33,title=sincerely/no-hollow-opener::"I hope this email finds you well" could open any email: start with something specific to them.',
      '::warning file=emails/intro.txt,line=3,col=69,endLine=3,endColumn=71,title=sincerely/no-shouting::"!!" reads as shouting: one "!" is enough.',
      '',
    ]);
  });

  it('escapes "," and ":" in properties, and "%", CR and LF everywhere', () => {
    const result: LintResult = {
      ...brokenResult,
      filePath: `${CWD}/emails/50%: follow up, v2.hbs`,
      messages: [{ ...brokenResult.messages[0]!, message: 'Parsing error: 100% broken\r\nhere.' }],
    };
    expect(formatGithub([result], { cwd: CWD })).toBe(
      '::error file=emails/50%25%3A follow up%2C v2.hbs,line=1,col=4,title=sincerely/parse-error::Parsing error: 100%25 broken%0D%0Ahere.\n',
    );
  });

  it('prints nothing for clean results', () => {
    expect(formatGithub([cleanResult])).toBe('');
  });
});
