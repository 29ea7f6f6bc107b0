import { describe, expect, it } from 'vitest';
import { formatJson, lintText } from '../../src/index.js';
import { brokenResult, cleanResult, introResult } from './sample-results.js';

describe('formatJson', () => {
  it("round-trips ESLint's LintResult[] shape", () => {
    const results = [introResult, brokenResult, cleanResult];
    expect(JSON.parse(formatJson(results))).toEqual(results);
  });

  it('serialises real engine results with every ESLint field', () => {
    const result = lintText('Hi [FIRST NAME],\n\nThanks for the tour on Tuesday!!\n', {
      filePath: '/repo/emails/thanks.txt',
    });
    const [parsed] = JSON.parse(formatJson([result])) as [Record<string, unknown>];
    expect(Object.keys(parsed).sort()).toEqual(
      [
        'errorCount',
        'fatalErrorCount',
        'filePath',
        'fixableErrorCount',
        'fixableWarningCount',
        'messages',
        'source',
        'suppressedMessages',
        'usedDeprecatedRules',
        'warningCount',
      ].sort(),
    );
    expect(parsed['filePath']).toBe('/repo/emails/thanks.txt');
    expect(parsed['messages']).toEqual(result.messages);
  });
});
