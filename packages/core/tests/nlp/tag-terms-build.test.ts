/**
 * `tagTerms` loads `compromise/two` (tokenizer, lexicon, tagger) instead of the full build, which
 * costs more to load: the tags must be the same. Every sentence of the evaluation set and the
 * example templates is tagged by both builds and compared term by term.
 */
import full from 'compromise';
import { describe, expect, it } from 'vitest';
import { tagTerms } from '../../src/nlp/tag-terms.js';
import { sentencesOf } from '../support/example-sentences.js';

interface FullTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

function tagWithFullBuild(sentence: string) {
  const json = full(sentence).json({ offset: true }) as { terms: FullTerm[] }[];
  return json
    .flatMap((part) => part.terms)
    .filter((term) => term.offset.length > 0)
    .map((term) => ({
      start: term.offset.start,
      end: term.offset.start + term.offset.length,
      text: term.text,
      normal: term.normal,
      tags: [...term.tags].sort(),
    }));
}

describe('tagTerms with compromise/two', () => {
  const sentences = [
    ...new Set([
      ...sentencesOf('examples/eval/messages'),
      ...sentencesOf('examples/templates'),
      'US customers love it, and so do I.',
      'Part I covers the FDA rules; call ME when you land.',
      'We leverage AI to move the needle at Acme Corp. in New York on May 5th.',
    ]),
  ];

  it('tags every sentence as the full build does', () => {
    expect(sentences.length).toBeGreaterThan(200);
    for (const sentence of sentences) {
      const two = tagTerms(sentence).map((term) => ({ ...term, tags: [...term.tags].sort() }));
      expect(two, sentence).toEqual(tagWithFullBuild(sentence));
    }
  });
});
