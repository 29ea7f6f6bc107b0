/**
 * The pronouns of an opening sentence, in order, for `findOpening` to judge whose sentence it is:
 * the reader's ("you", "your", …) and the sender's ("I", "we", "our", …).
 */
import { detached, GenerationalCache } from '../nlp/lru-cache.js';
import { MAX_TAGGED_LENGTH, tagTerms } from '../nlp/tag-terms.js';

/** The reader's pronouns. */
export const READER = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd"]);
/** The sender's pronouns. */
export const SENDER = new Set([
  'i',
  'me',
  'my',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  'we',
  'us',
  'our',
  "we're",
  "we've",
  "we'll",
  "we'd",
]);
/** A pronoun of the opening sentence: the word (lower case, straight apostrophes) and its offset. */
export interface Pronoun {
  word: string;
  start: number;
}

const isPronoun = (word: string): boolean => READER.has(word) || SENDER.has(word);

/** The candidate pronouns of the sentence as the tagger reads them: not a place or an acronym. */
export function taggedPronouns(masked: string, lower: string): Pronoun[] {
  const pronouns: Pronoun[] = [];
  for (const term of tagTerms(masked)) {
    const word = lower.slice(term.start, term.end).replace(/[^\p{L}']/gu, '');
    if (isPronoun(word) && !term.tags.has('Place') && !term.tags.has('Acronym')) {
      pronouns.push({ word, start: term.start });
    }
  }
  return pronouns;
}

/**
 * Characters next to a word that the tagger may keep as part of it (hashtags, handles, currency,
 * degrees, format characters such as a zero-width space) or read with it (an apostrophe: "'us'"
 * at the end of a text is kept whole).
 */
const KEPT_ON_WORD = /[#@_°'’\p{Sc}\p{Cf}]/u;
/** A plain word, maybe with one apostrophe inside ("you're", "I’ve"). */
const PLAIN_WORD = /^\p{L}+(?:['’]\p{L}+)?$/u;
/** What may stand around a plain word: quotes, brackets and punctuation, but no letter or digit. */
const EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * The candidate pronouns of the sentence read from its words alone, or undefined when the tagger
 * must read them. The tagger turns a pronoun down only as a place or an acronym ("the US market",
 * "U.S.", "Part I."), which takes capitals or dots; every other pronoun it keeps. So when each
 * pronoun is a plain word with at most one capital and no dot after a capital, the words give the
 * same answer, and an opening like "I saw your post" is read without loading the tagger. Left to
 * the tagger, which knows how it splits and reads them: a word of several parts ("you/your",
 * "2you", "u.s."), a pronoun next to a character the tagger may keep on the word ("@you", "$'you",
 * "'us'", a zero-width space), and a sentence longer than the tagger reads.
 */
export function pronounsByWords(masked: string, lower: string): Pronoun[] | undefined {
  if (masked.length > MAX_TAGGED_LENGTH) return undefined;
  const pronouns: Pronoun[] = [];
  for (const token of masked.matchAll(/\S+/gu)) {
    const [, lead = '', core = '', tail = ''] = EDGES.exec(token[0]) ?? [];
    const start = token.index + lead.length;
    if (!PLAIN_WORD.test(core)) {
      const text = lower.slice(start, start + core.length);
      const joined = text.replace(/[^\p{L}']/gu, '');
      if (isPronoun(joined) || text.split(/[^\p{L}']+/u).some(isPronoun)) return undefined;
      continue;
    }
    const word = lower.slice(start, start + core.length).replace(/[^\p{L}']/gu, '');
    if (!isPronoun(word)) continue;
    const capitals = core.replace(/[^\p{Lu}]/gu, '').length;
    if (capitals > 1 || (capitals === core.length && tail.startsWith('.'))) return undefined;
    if (KEPT_ON_WORD.test(lead) || KEPT_ON_WORD.test(tail)) return undefined;
    pronouns.push({ word, start });
  }
  return pronouns;
}

const cache = new GenerationalCache<string, readonly Pronoun[]>(1024);

/**
 * The pronouns of an opening sentence (`masked`, and `lower` its folded form), read from its words
 * when they settle it, else from the tagger; cached by the sentence, as a template's opening comes
 * back in every message sent from it.
 */
export function openingPronouns(masked: string, lower: string): readonly Pronoun[] {
  let pronouns = cache.get(masked);
  if (!pronouns) {
    // Tagging only filters the candidate pronouns: with none in the sentence, there is none.
    pronouns = hasCandidatePronoun(lower)
      ? Object.freeze(pronounsByWords(masked, lower) ?? taggedPronouns(masked, lower))
      : NONE;
    cache.set(detached(masked), pronouns);
  }
  return pronouns;
}

const NONE: readonly Pronoun[] = Object.freeze([]);

/** True when a word of the sentence (letters, apostrophes and dots) is one of the pronouns. */
function hasCandidatePronoun(lower: string): boolean {
  for (const word of lower.matchAll(/[\p{L}'.]+/gu)) {
    if (isPronoun(word[0].replace(/[^\p{L}']/gu, ''))) return true;
  }
  return false;
}
