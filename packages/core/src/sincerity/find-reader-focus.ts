/**
 * Counts who the message talks about, in the spirit of Gong's talk-to-listen ratio (EVIDENCE.md):
 * second-person pronouns for the reader, first-person ones for the sender. Personal pronouns are a
 * closed class, so a word list finds the candidates; the tagger settles the ambiguous ones
 * ("US" the country, "I" in "Part I") by requiring a Pronoun or Possessive tag. A "we" that
 * includes the reader — the subject of a shared past event ("when we spoke", "as we discussed"),
 * "let's", "both of us", "our call" — counts as shared, not as the sender.
 */
import { tagTerms } from '../nlp/tag-terms.js';
import type { PronounFocus, PronounMention, ReaderFocus } from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';
import { isReadAsBody } from './prepare-message.js';

const READER = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'll",
  "you'd",
  "y'all",
]);
const SENDER_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"]);
const SENDER_PLURAL = new Set([
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'll",
  "we'd",
]);

const PRONOUN =
  /(?<![\p{L}\p{N}'])(?:you(?:'re|'ve|'ll|'d|rs|r|rself|rselves)?|y'all|i(?:'m|'ve|'ll|'d)?|me|my|mine|myself|we(?:'re|'ve|'ll|'d)?|us|our|ours|ourselves|let's)(?![\p{L}\p{N}])/gu;

const ROMAN_BEFORE =
  /\b(?:part|phase|chapter|war|tier|type|level|stage|class|step|section|appendix|volume|vol\.|act|season|book|round|series|grade|form|article|title|henry|louis|george|elizabeth)\s+$/u;
const SHARED_EVENT =
  /^(?:'ve)?\s+(?:(?:both|all|just|briefly|finally|first|last|recently|already|then)\s+)?(?:spoke|talked|met|discussed|chatted|connected|agreed|caught up|worked together|sat down|went over|covered|hopped on|got together|shook hands|both|together|had (?:a|our|that|lunch|coffee|dinner|a chat|a call)|saw each other|were (?:both|together)|have (?:both|worked together|spoken|talked|met))\b/u;
const SHARED_OUR =
  /^\s+(?:(?:last|recent|previous|earlier|first|brief|quick|great|lovely)\s+)?(?:call|conversation|chat|meeting|talk|discussion|time together|lunch|coffee|dinner|intro|introduction|mutual|shared|partnership|project together)\b/u;
const SHARED_US_BEFORE =
  /(?:both of|each of|either of|neither of|between|for both of|all of|you and)\s+$/u;
const SHARED_WE_BEFORE = /(?:you and|when|as|since|after|before|where|once)\s+$/u;

/**
 * Finds reader, sender and shared pronouns in the body of a prepared message (quoted text excluded).
 *
 * @returns counts, the reader:sender ratio and each mention.
 */
export function findReaderFocus(message: PreparedMessage): ReaderFocus {
  const mentions: PronounMention[] = [];
  for (const sentence of message.sentences) {
    const paragraph = message.paragraphs[sentence.paragraph];
    if (!paragraph || !isReadAsBody(paragraph) || sentence.quoted) continue;
    const lower = message.lower.slice(sentence.start, sentence.end);
    let terms: ReturnType<typeof tagTerms> | undefined;
    for (const match of lower.matchAll(PRONOUN)) {
      const word = match[0];
      const start = sentence.start + match.index;
      const end = start + word.length;
      if (message.isQuoted(start, end)) continue;
      const written = message.masked.slice(start, end);
      // Ambiguous spellings: "US"/"ME" in capitals, or a capital "I" right after a capitalised word.
      // A capital "I" after "Part", "Phase", "World War" … is a roman numeral.
      if (written === 'I' && ROMAN_BEFORE.test(lower.slice(0, match.index))) continue;
      if (written === 'US' || written === 'ME') {
        terms ??= tagTerms(message.masked.slice(sentence.start, sentence.end));
        const term = terms.find((candidate) => candidate.start === match.index);
        if (!term || !(term.tags.has('Pronoun') || term.tags.has('Possessive'))) continue;
        if (term.tags.has('Place') || term.tags.has('Acronym')) continue;
      }
      const focus = classify(word, lower, match.index);
      mentions.push({ start, end, text: message.text.slice(start, end), focus });
    }
  }
  let reader = 0;
  let sender = 0;
  let shared = 0;
  for (const mention of mentions) {
    if (mention.focus === 'reader') reader++;
    else if (mention.focus === 'sender') sender++;
    else shared++;
  }
  return { reader, sender, shared, ratio: sender === 0 ? null : reader / sender, mentions };
}

function classify(word: string, sentence: string, at: number): PronounFocus {
  if (READER.has(word)) return 'reader';
  if (word === "let's") return 'shared';
  if (SENDER_SINGULAR.has(word)) return 'sender';
  if (!SENDER_PLURAL.has(word)) return 'sender';
  const before = sentence.slice(Math.max(0, at - 24), at);
  const after = sentence.slice(at + word.length, at + word.length + 48);
  if (word.startsWith('we')) {
    if (SHARED_EVENT.test(after)) return 'shared';
    if (/you and\s+$/u.test(before)) return 'shared';
    if (SHARED_WE_BEFORE.test(before) && /^\s+(?:both|all)\b/u.test(after)) return 'shared';
    return 'sender';
  }
  if (word === 'us') return SHARED_US_BEFORE.test(before) ? 'shared' : 'sender';
  if (word === 'our') return SHARED_OUR.test(after) ? 'shared' : 'sender';
  return 'sender';
}
