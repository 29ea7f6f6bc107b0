/**
 * Phrase matching paragraph by paragraph (text between blank lines), with each paragraph's
 * matches cached by its text. Mail repeats itself: a template's paragraphs come back in every
 * message sent from it, and an editor's re-lint after a one-word edit changes one paragraph. So
 * only new paragraphs are matched; the prefilter reads the whole message, indexed once.
 *
 * A phrase never spans a blank line ("a quick\n\ncall" is not a time grab), and the end of a
 * paragraph is the end of the text for a phrase's look-ahead ("only 3 spots left" ends there).
 */
import type { PhraseEntry } from '../data/phrase-entry.js';
import { detached, GenerationalCache } from './lru-cache.js';
import { matchPhrasesWithin, type PhraseMatch } from './match-phrases.js';

/** Every match of a phrase list in a message, sorted by start, offsets into the message. */
export type PhraseMatcher = (entries: readonly PhraseEntry[]) => PhraseMatch[];

interface Paragraph {
  start: number;
  text: string;
  lower: string;
  /** The cache entry, looked up once for all the lists matched in this paragraph. */
  cached?: CachedParagraph | undefined;
}

interface CachedParagraph {
  /** The lower-cased text it was matched in: the same text can fold differently in context. */
  lower: string;
  byList: Map<readonly PhraseEntry[], readonly PhraseMatch[]>;
}

const cache = new GenerationalCache<string, CachedParagraph>(2048);
const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);
/** Paragraphs longer than this are matched every time, not copied into the cache. */
const MAX_CACHED_LENGTH = 8192;
const BLANK_LINE = /\n[^\S\n]*\n/gu;

/**
 * The paragraphs of `text`, each with the blank line after it: a phrase may look ahead to the line
 * break that ends it (a "Greetings!" line), not into the next paragraph.
 */
function splitParagraphs(text: string, lower: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  BLANK_LINE.lastIndex = 0;
  for (let gap = BLANK_LINE.exec(text); gap; gap = BLANK_LINE.exec(text)) {
    const end = gap.index + gap[0].length;
    paragraphs.push({ start, text: text.slice(start, end), lower: lower.slice(start, end) });
    start = end;
  }
  if (start < text.length || paragraphs.length === 0) {
    paragraphs.push({ start, text: text.slice(start), lower: lower.slice(start) });
  }
  return paragraphs;
}

/**
 * `matchPhrasesWithin`, cached by `text`: the same stretch of text (a paragraph, an opening) seen
 * again is not matched again.
 *
 * @returns matches in `text`, offsets into `text`; do not change them.
 */
export function matchPhrasesCached(
  entries: readonly PhraseEntry[],
  text: string,
  lower: string,
  wholeText = text,
  wholeLower = lower,
): readonly PhraseMatch[] {
  // A very long stretch (a pasted report, a 5 MB file) is not worth keeping a copy of.
  if (text.length > MAX_CACHED_LENGTH) {
    return matchPhrasesWithin(entries, text, lower, wholeText, wholeLower);
  }
  return matchInEntry(entries, cachedParagraph(text, lower), text, lower, wholeText, wholeLower);
}

/** The cache entry for a stretch of text, made when there is none. */
function cachedParagraph(text: string, lower: string): CachedParagraph {
  let cached = cache.get(text);
  if (!cached || cached.lower !== lower) {
    cached = { lower: detached(lower), byList: new Map() };
    cache.set(detached(text), cached);
  }
  return cached;
}

function matchInEntry(
  entries: readonly PhraseEntry[],
  cached: CachedParagraph,
  text: string,
  lower: string,
  wholeText: string,
  wholeLower: string,
): readonly PhraseMatch[] {
  let found = cached.byList.get(entries);
  if (!found) {
    const matches = matchPhrasesWithin(entries, text, lower, wholeText, wholeLower);
    // Most paragraphs match nothing of most lists: one shared empty list keeps the cache small.
    found = matches.length > 0 ? matches : NO_MATCHES;
    cached.byList.set(entries, found);
  }
  return found;
}

/**
 * A matcher over one message: `text` with merge fields masked, `lower` its folded form (see
 * `normalizeForMatching`).
 *
 * @example
 * createPhraseMatcher('Hi!\n\nSynergy.', 'hi!\n\nsynergy.')(BUZZWORDS)[0]?.start; // 5
 */
export function createPhraseMatcher(text: string, lower: string): PhraseMatcher {
  let paragraphs: Paragraph[] | undefined;
  return (entries) => {
    paragraphs ??= splitParagraphs(text, lower);
    const matches: PhraseMatch[] = [];
    // Index loops: the CLI runs V8 without inlining, where `for…of` makes an object per step.
    for (let index = 0; index < paragraphs.length; index++) {
      const paragraph = paragraphs[index] as Paragraph;
      const found =
        paragraph.text.length > MAX_CACHED_LENGTH
          ? matchPhrasesWithin(entries, paragraph.text, paragraph.lower, text, lower)
          : matchInEntry(
              entries,
              (paragraph.cached ??= cachedParagraph(paragraph.text, paragraph.lower)),
              paragraph.text,
              paragraph.lower,
              text,
              lower,
            );
      for (let at = 0; at < found.length; at++) {
        const { entry, start, end } = found[at] as PhraseMatch;
        matches.push({ entry, start: start + paragraph.start, end: end + paragraph.start });
      }
    }
    return matches;
  };
}
