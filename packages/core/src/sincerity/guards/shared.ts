/**
 * What every guard sees, and the clues several guards share: reported speech, whose thing a phrase
 * is about, and whether the sender and reader have already talked.
 */
import type { PhraseMatch } from '../../nlp/match-phrases.js';
import { findTermAt, tagTerms } from '../../nlp/tag-terms.js';
import type { AnalyzedSentence, TextSpan } from '../message-analysis.js';
import { type PreparedMessage, spansOf } from '../prepare-message.js';

/** A match in context, handed to a guard. */
export interface MatchContext {
  match: PhraseMatch;
  sentence: AnalyzedSentence;
  /** The sentence's lower-cased text before the match. */
  before: string;
  /** The sentence's lower-cased text after the match. */
  after: string;
  message: PreparedMessage;
}

/** A guard returns a confidence for a match in its context, or null to drop it. */
export type Guard = (context: MatchContext) => number | null;

/** Reported speech: the words that follow are the reader's ("you said it was the last chance"). */
export const READER_SAID =
  /\byou (?:said|mentioned|told (?:me|us)|wrote|noted|called it|asked|asked for|requested|wanted|suggested|described|put it)\b/u;
/** Whose thing the phrase belongs to, when a possessive stands right before it. */
export const OTHERS_POSSESSIVE = /\b(?:your|their|his|her|its|the reader's)\s+$/u;
export const READER_OR_THIRD = new Set([
  'you',
  'your',
  "you're",
  "you've",
  'they',
  'their',
  "they're",
  'he',
  'she',
  'his',
  'her',
]);
export const SENDER_WORDS = new Set([
  'we',
  'our',
  'us',
  "we're",
  "we've",
  'i',
  'my',
  "i'm",
  "i've",
  'me',
]);
export const PAST_CONTEXT =
  /\b(?:thanks?|thank you|appreciated?|enjoyed|after|during|since|from|in|on|about) (?:so much )?(?:for )?(?:the|our|that|your|this)?\s*$/u;
export const REQUEST =
  /\?|\b(?:can|could|would|will) (?:you|we|i)\b|\bare you (?:open|free|available|up for|around)|\b(?:happy|glad|love|like) to\b|\b(?:i'd|i would|we'd|we would) (?:love|like)|\blet me know\b|\blet's\b|\bplease\b|\b(?:schedule|book|grab|set up|find|spare|jump|hop)\b|\bworth (?:a|it)\b|\bopen to\b|\bfree for\b|\binterested in\b/u;

/**
 * A word after which the next one is a verb: a modal, "please" or a subject pronoun. Not "to",
 * which is as often a preposition ("exposure to leverage"), nor "her" ("make her act now").
 */
const VERB_AFTER =
  /(?:^|[^\p{L}'])(?:please|must|should|can|could|will|would|might|shall|let's|we|you|i|they)\s+$/u;
/** A word after which the next one is a noun: an article, "this", "these", "those" or a possessive. */
const NOUN_AFTER =
  /(?:^|[^\p{L}'])(?:the|a|an|this|these|those|his|its|their|our|your|my|every|each)\s+$/u;

/**
 * Whether a word is a verb, read from the word before it when that settles it ("we leverage",
 * "should act": a verb; "the leverage", "this act": a noun), so that the tagger runs only when it
 * does not: tagging a sentence costs 0.3–1 ms, the most of a re-lint after an edit.
 *
 * @returns true or false when the word before decides, else undefined.
 */
export function readByWordBefore(before: string): boolean | undefined {
  if (VERB_AFTER.test(before)) return true;
  if (NOUN_AFTER.test(before)) return false;
  return undefined;
}

/** True when the nearest pronoun before the match points at the reader or a third party. */
export function isAboutOthers(before: string): boolean {
  const words = before.match(/[\p{L}']+/gu) ?? [];
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] as string;
    if (SENDER_WORDS.has(word)) return false;
    if (READER_OR_THIRD.has(word)) return true;
  }
  return false;
}

/**
 * The last few words before `at` (from `start` on), cut at a space so that no word is cut in two:
 * the word before is all `readByWordBefore` (or the "Part I" reading) needs, and a text with no
 * sentence marks would otherwise be read from its start once per match.
 */
export function wordsBefore(text: string, start: number, at: number): string {
  const from = at - 40;
  if (from <= start) return text.slice(start, at);
  const window = text.slice(from, at);
  const space = window.search(/\s/u);
  return space < 0 ? '' : window.slice(space);
}

/**
 * True when the word at `offsetInSentence` is a verb: read from the word before it when that
 * settles it, else from the sentence's tags. A capitalised word inside a sentence is a noun when
 * it ends a name after "the" (`endsName`: "the Clean Air Act now requires"), else it is left to
 * the tagger, which knows names.
 */
export function isVerbAt(context: MatchContext, offsetInSentence: number): boolean {
  const { message, sentence } = context;
  const at = sentence.start + offsetInSentence;
  const initial = message.masked.charAt(at);
  if (offsetInSentence === 0 || initial === initial.toLowerCase()) {
    const read = readByWordBefore(wordsBefore(message.lower, sentence.start, at));
    if (read !== undefined) return read;
  } else if (endsName(message.masked, sentence, at)) {
    return false;
  }
  const terms = tagTerms(message.masked.slice(sentence.start, sentence.end));
  const term = findTermAt(terms, offsetInSentence);
  return term !== undefined && term.tags.has('Verb') && !term.tags.has('ProperNoun');
}

/**
 * "the" and a run of capitalised words, with "of", "and", "for", "with" or "on" between them
 * ("the Clean Air", "the Americans with Disabilities"); group 1 is "the" as written.
 */
const NAME_BEFORE =
  /(?<![\p{L}'’])(the|The)\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|with|on)\s+)?){1,6}$/u;

/**
 * True when the capitalised word at `at` ends a name: it follows "the" and capitalised words, in
 * a sentence that is not in title case ("the Clean Air Act now requires"). Only a lower-case
 * "the", or "The" that starts the sentence, counts, and the next word must be in lower case: in
 * "Get The Deal Act Now!" every word is capitalised, and the tagger decides.
 */
function endsName(masked: string, sentence: TextSpan, at: number): boolean {
  const from = Math.max(sentence.start, at - 80);
  const name = NAME_BEFORE.exec(masked.slice(from, at));
  if (!name) return false;
  if (name[1] === 'The' && /[\p{L}\p{N}]/u.test(masked.slice(sentence.start, from + name.index))) {
    return false;
  }
  const after = /^[\p{L}'’-]*\s+(\p{L})/u.exec(masked.slice(at, Math.min(sentence.end, at + 40)));
  const next = after?.[1];
  return next !== undefined && next !== next.toUpperCase();
}

const SHARED_HISTORY =
  /\b(?:when|as|since|after) we (?:spoke|talked|met|discussed|chatted|agreed)\b|\bour (?:last |recent |earlier )?(?:call|conversation|chat|meeting)\b|\byou (?:asked|requested)\b/u;

/** True when the message says the two have talked before, or the reader asked (once per message). */
export function hasSharedHistory(message: PreparedMessage): boolean {
  return spansOf(message, SHARED_HISTORY).length > 0;
}
