import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/linter.js';
import { warningResult } from '../../src/messages/warning-result.js';

describe(warningResult, () => {
  it('holds one file-level warning and counts it', () => {
    const result = warningResult('drafts/old.txt', 'Skipped: a draft.');
    expect(result).toEqual({
      filePath: 'drafts/old.txt',
      messages: [{ ruleId: null, severity: 1, message: 'Skipped: a draft.', line: 1, column: 1 }],
      suppressedMessages: [],
      errorCount: 0,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it('is what lintText gives for a file an "ignores" pattern covers', () => {
    const result = lintText('Act now!!', {
      filePath: 'drafts/old.txt',
      config: [{ ignores: ['drafts/**'] }],
    });
    expect(result.warningCount).toBe(1);
    expect(result.messages[0]?.message).toMatch(/"ignores" pattern/u);
  });
});
