/**
 * What every guard sees, and the clues several guards share: reported speech, whose thing a phrase
 * is about, and whether the sender and reader have already talked.
 */
import type { PhraseMatch } from '../../nlp/match-phrases.js';
import { findTermAt, tagTerms } from '../../nlp/tag-terms.js';
import type { AnalyzedSentence } from '../message-analysis.js';
import type { PreparedMessage } from '../prepare-message.js';

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

export function isVerbAt(context: MatchContext, offsetInSentence: number): boolean {
  const { message, sentence } = context;
  const terms = tagTerms(message.masked.slice(sentence.start, sentence.end));
  const term = findTermAt(terms, offsetInSentence);
  return term !== undefined && term.tags.has('Verb') && !term.tags.has('ProperNoun');
}

export function hasSharedHistory(message: PreparedMessage): boolean {
  return /\b(?:when|as|since|after) we (?:spoke|talked|met|discussed|chatted|agreed)\b|\bour (?:last |recent |earlier )?(?:call|conversation|chat|meeting)\b|\byou (?:asked|requested)\b/u.test(
    message.lower,
  );
}
