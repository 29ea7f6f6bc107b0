/** Shorthands for the sincerity tests: what `analyzeMessage` finds in a short message. */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import type { MessageAnalysis, MessageInput } from '../../src/index.js';

/** The templated-intimacy evidence in `text`, read as a message body after a greeting. */
export function intimacyClaims(text: string): string[] {
  return analyzeMessage({ text: `Hi there,\n\n${text}` }).templatedIntimacy.map(
    (finding) => finding.evidence,
  );
}

/** The item counts of the feature dumps in `text`, read as a cold email's body. */
export function featureDumpCounts(text: string): number[] {
  return analyzeMessage({ text: `Hello,\n\n${text}\n\nBest,\nSam`, kind: 'cold' }).featureDumps.map(
    (dump) => dump.count,
  );
}

/** The analysis lists whose findings carry evidence, by name. */
export type FindingList = 'guiltTrips' | 'manipulativeCloses' | 'timeGrabs';

/** The evidence of one list of findings. */
export function evidenceOf(analysis: MessageAnalysis, list: FindingList): string[] {
  return analysis[list].map((finding) => finding.evidence);
}

/**
 * Runs a round of must-flag and must-not-flag tables: each must-flag text gives the expected
 * evidence; each look-alike gives none, as it is and read as a cold email.
 */
export function describeLookAlikes(
  title: string,
  mustFlag: readonly [FindingList, string | MessageInput, string][],
  mustNotFlag: readonly [FindingList, string | MessageInput][],
): void {
  describe(title, () => {
    it.each(mustFlag)('%s: flags %j', (list, text, expected) => {
      expect(evidenceOf(analyzeMessage(text), list)).toContain(expected);
    });

    it.each(mustNotFlag)('%s: does not flag %j', (list, text) => {
      expect(evidenceOf(analyzeMessage(text), list)).toEqual([]);
    });

    it.each(mustNotFlag)('%s: does not flag %j in a cold email either', (list, text) => {
      const input = typeof text === 'string' ? { text, kind: 'cold' as const } : text;
      expect(evidenceOf(analyzeMessage(input), list)).toEqual([]);
    });
  });
}
