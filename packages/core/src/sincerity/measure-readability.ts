/**
 * Flesch–Kincaid grade level of the body: 0.39 × words per sentence + 11.8 × syllables per word −
 * 15.59. Boomerang found 3rd-grade emails got 53% responses against 39% at college level
 * (EVIDENCE.md). Words are counted as `countWords` counts them; a merge field counts as one word of
 * two syllables (it renders as a name).
 */
import { countSyllables } from '../nlp/count-syllables.js';
import { LruCache } from '../nlp/lru-cache.js';
import { findBodyWords } from '../text/count-words.js';
import { maskMergeFields, MERGE_FIELD_MASK } from '../text/mask-merge-fields.js';
import type { PreparedMessage } from './prepare-message.js';
import { isReadAsBody } from './prepare-message.js';

const syllableCache = new LruCache<string, number>(8192);

function syllablesOf(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = Math.max(1, countSyllables(word));
    syllableCache.set(word, count);
  }
  return count;
}

/** Word, sentence and syllable counts and the grade level. */
export interface Readability {
  wordCount: number;
  sentenceCount: number;
  syllableCount: number;
  readingGrade: number;
}

/** Measures the body of a prepared message. */
export function measureReadability(message: PreparedMessage): Readability {
  const words = findBodyWords(message.input);
  const masked = maskMergeFields(message.input);
  let syllableCount = 0;
  for (const word of words) {
    const text = masked.slice(word.start, word.end);
    syllableCount += text.startsWith(MERGE_FIELD_MASK)
      ? 2
      : /^https?:/u.test(text)
        ? 1
        : syllablesOf(text);
  }
  const sentenceCount = message.sentences.filter((sentence) => {
    const paragraph = message.paragraphs[sentence.paragraph];
    return (
      paragraph !== undefined &&
      isReadAsBody(paragraph) &&
      /[\p{L}\p{N}]/u.test(message.masked.slice(sentence.start, sentence.end))
    );
  }).length;
  const wordCount = words.length;
  if (wordCount === 0 || sentenceCount === 0) {
    return { wordCount, sentenceCount, syllableCount, readingGrade: 0 };
  }
  const grade = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
  return {
    wordCount,
    sentenceCount,
    syllableCount,
    readingGrade: Math.round(Math.max(0, grade) * 10) / 10,
  };
}
