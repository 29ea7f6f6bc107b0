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

describe('message-wide and nearby reads, once per message or bounded per match', () => {
  // Each run is 400 KB with thousands of matches and no sentence marks; read whole once per
  // match, each took from several seconds to minutes.
  it.each([
    ["I've gone ahead and prepared your paperwork and ", 'manipulativeCloses'],
    ["I'm going to assume you're moving forward and ", 'manipulativeCloses'],
    ["all that's left is to sign and ", 'manipulativeCloses'],
    ['do you have half an hour so I can go through our catalog with you and ', 'timeGrabs'],
    ['we hired a rockstar engineer and ', 'buzzwords'],
  ] as const)('reads a 400 KB run of %j', (unit, kind) => {
    const text = `Hi Ana,\n\n${unit.repeat(Math.ceil(400_000 / unit.length))}`;
    const analysis = analyzeMessage({ text, kind: 'cold' });
    expect(analysis[kind].length).toBeGreaterThan(0);
  });

  it('finds the opening pitch of a 400 KB run once per match', () => {
    const text = `Hi Ana,\n\n${'here is what Acme brings to the table: '.repeat(10_000)}`;
    expect(analyzeMessage({ text, kind: 'cold' }).wordCount).toBeGreaterThan(50_000);
  });
});
