/**
 * Flesch–Kincaid grade level of the body: 0.39 × words per sentence + 11.8 × syllables per word −
 * 15.59. Boomerang found 3rd-grade emails got 53% responses against 39% at college level
 * (EVIDENCE.md). Words are counted as `countWords` counts them; a merge field counts as one word of
 * two syllables (it renders as a name).
 */
import { countSyllables } from '../nlp/count-syllables.js';
import { readBodyWords } from '../text/count-words.js';
import { maskMergeFields, MERGE_FIELD_MASK } from '../text/mask-merge-fields.js';
import type { ParagraphGrade } from './message-analysis.js';
import type { MessageParagraph } from './message-input.js';
import type { PreparedMessage } from './prepare-message.js';
import { isReadAsBody } from './prepare-message.js';

/**
 * Syllable counts of words seen, so each word is counted once. A plain map, emptied when full: a
 * hit is one lookup (an LRU's reordering on every hit cost more than counting again).
 */
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_SIZE = 8192;

function syllablesOf(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = Math.max(1, countSyllables(word));
    if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
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
  paragraphGrades: ParagraphGrade[];
}

function gradeOf(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return Math.round(Math.max(0, grade) * 10) / 10;
}

/** Measures the body of a prepared message, as a whole and per paragraph. */
export function measureReadability(message: PreparedMessage): Readability {
  const words = readBodyWords(message.input);
  const masked = maskMergeFields(message.input);
  const perParagraph = message.paragraphs.map(() => ({ words: 0, sentences: 0, syllables: 0 }));
  let paragraphIndex = 0;
  let syllableCount = 0;
  for (const word of words) {
    const text = masked.slice(word.start, word.end);
    const syllables = text.startsWith(MERGE_FIELD_MASK)
      ? 2
      : /^https?:/u.test(text)
        ? 1
        : syllablesOf(text);
    syllableCount += syllables;
    // Words and paragraphs are both in text order, so one forward walk pairs them.
    while (
      paragraphIndex < message.paragraphs.length - 1 &&
      (message.paragraphs[paragraphIndex] as MessageParagraph).end <= word.start
    )
      paragraphIndex++;
    const counts = perParagraph[paragraphIndex];
    if (counts) {
      counts.words++;
      counts.syllables += syllables;
    }
  }
  let sentenceCount = 0;
  for (const sentence of message.sentences) {
    const paragraph = message.paragraphs[sentence.paragraph];
    if (
      paragraph !== undefined &&
      isReadAsBody(paragraph) &&
      /[\p{L}\p{N}]/u.test(message.masked.slice(sentence.start, sentence.end))
    ) {
      sentenceCount++;
      const counts = perParagraph[sentence.paragraph];
      if (counts) counts.sentences++;
    }
  }
  const paragraphGrades: ParagraphGrade[] = [];
  perParagraph.forEach((counts, index) => {
    const paragraph = message.paragraphs[index] as MessageParagraph;
    if (counts.words === 0 || counts.sentences === 0) return;
    paragraphGrades.push({
      start: paragraph.start,
      end: paragraph.end,
      wordCount: counts.words,
      sentenceCount: counts.sentences,
      readingGrade: gradeOf(counts.words, counts.sentences, counts.syllables),
    });
  });
  const wordCount = words.length;
  return {
    wordCount,
    sentenceCount,
    syllableCount,
    readingGrade: gradeOf(wordCount, sentenceCount, syllableCount),
    paragraphGrades,
  };
}
