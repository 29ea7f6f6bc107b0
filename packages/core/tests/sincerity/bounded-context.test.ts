/**
 * Guards read a bounded stretch around a match, not its whole sentence: a text with no sentence
 * marks is one "sentence", and reading all of it once per match made a long run quadratic.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function claims(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).unverifiableClaims.map(
    (finding) => finding.evidence,
  );
}

describe('the source of a claim is looked for near it', () => {
  it('accepts a source named in the same sentence', () => {
    expect(
      claims(
        'We are rated the best installer in the state, according to the 2024 J.D. Power study.',
      ),
    ).toEqual([]);
  });

  it('does not accept a "source" named hundreds of words further on in a run-on text', () => {
    const filler = 'and the crew cleans up after every job '.repeat(25);
    const text = `We are the best installer in the state ${filler}according to the 2024 J.D. Power study.`;
    expect(claims(text).length).toBeGreaterThan(0);
  });

  it('reads a 1 MB run of repeated claims without sentence marks in one pass', () => {
    // Reading the whole run for each of its 20,000 claims took close to a minute.
    const text = 'we have placed more leaders in more markets than any other firm '.repeat(16_000);
    expect(claims(text).length).toBeGreaterThan(1000);
  });
});
