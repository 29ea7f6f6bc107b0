/**
 * Turns phrase-list matches into findings. The lists (`../data/`) are a cheap lexical prefilter;
 * each match is then checked against where it stands and who it is about, because the same words
 * are fine in other places: a claim about the reader ("your team is world-class") is praise, a
 * deadline the reader set is real, and words in quotation marks are someone else's.
 */
import { BUZZWORDS } from '../data/buzzwords.js';
import { CLAIM_PHRASES } from '../data/claim-phrases.js';
import { GUILT_PHRASES } from '../data/guilt-phrases.js';
import { HOLLOW_OPENERS } from '../data/hollow-openers.js';
import { MANIPULATIVE_CLOSES } from '../data/manipulative-closes.js';
import type { PhraseEntry } from '../data/phrase-entry.js';
import { PRESSURE_PHRASES } from '../data/pressure-phrases.js';
import { TIME_GRABS } from '../data/time-grabs.js';
import { matchPhrases, type PhraseMatch } from '../nlp/match-phrases.js';
import { findTermAt, tagTerms } from '../nlp/tag-terms.js';
import type {
  AnalyzedSentence,
  FindingKind,
  SincerityFinding,
  TextSpan,
} from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';

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

/** Reported speech: the words that follow are the reader's ("you said it was the last chance"). */
const READER_SAID =
  /\byou (?:said|mentioned|told (?:me|us)|wrote|noted|called it|asked|asked for|requested|wanted|suggested|described|put it)\b/u;
/** Whose thing the phrase belongs to, when a possessive stands right before it. */
const OTHERS_POSSESSIVE = /\b(?:your|their|his|her|its|the reader's)\s+$/u;
const READER_OR_THIRD = new Set([
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
const SENDER_WORDS = new Set(['we', 'our', 'us', "we're", "we've", 'i', 'my', "i'm", "i've", 'me']);
const PAST_CONTEXT =
  /\b(?:thanks?|thank you|appreciated?|enjoyed|after|during|since|from|in|on|about) (?:so much )?(?:for )?(?:the|our|that|your|this)?\s*$/u;
const REQUEST =
  /\?|\b(?:can|could|would|will) (?:you|we|i)\b|\bare you (?:open|free|available|up for|around)|\b(?:happy|glad|love|like) to\b|\b(?:i'd|i would|we'd|we would) (?:love|like)|\blet me know\b|\blet's\b|\bplease\b|\b(?:schedule|book|grab|set up|find|spare|jump|hop)\b|\bworth (?:a|it)\b|\bopen to\b|\bfree for\b|\binterested in\b/u;

/** True when the nearest pronoun before the match points at the reader or a third party. */
function isAboutOthers(before: string): boolean {
  const words = before.match(/[\p{L}']+/gu) ?? [];
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] as string;
    if (SENDER_WORDS.has(word)) return false;
    if (READER_OR_THIRD.has(word)) return true;
  }
  return false;
}

function isVerbAt(context: MatchContext, offsetInSentence: number): boolean {
  const { message, sentence } = context;
  const terms = tagTerms(message.masked.slice(sentence.start, sentence.end));
  const term = findTermAt(terms, offsetInSentence);
  return term !== undefined && term.tags.has('Verb') && !term.tags.has('ProperNoun');
}

function hasSharedHistory(message: PreparedMessage): boolean {
  return /\b(?:when|as|since|after) we (?:spoke|talked|met|discussed|chatted|agreed)\b|\bour (?:last |recent |earlier )?(?:call|conversation|chat|meeting)\b|\byou (?:asked|requested)\b/u.test(
    message.lower,
  );
}

type Guard = (context: MatchContext) => number | null;

/** The finding kinds that come from one phrase list each. */
export type PhraseFindingKind = Exclude<
  FindingKind,
  'feature-dump' | 'care-pitch' | 'templated-intimacy' | 'deceptive-subject'
>;

/** Guards return a confidence, or null to drop the match. */
const GUARDS: Record<PhraseFindingKind, Guard> = {
  'pitch-first': () => 0.9,
  'time-grab': ({ match, before, sentence, message }) => {
    if (READER_SAID.test(before) || PAST_CONTEXT.test(before)) return null;
    const whole = message.lower.slice(sentence.start, sentence.end);
    const ownsTime = /of your (?:time|day|calendar)|on your calendar|pick your brain/u.test(
      message.lower.slice(match.start, match.end),
    );
    if (!ownsTime && !REQUEST.test(whole) && !/^(?:let's|hop|jump|grab|book)\b/u.test(whole))
      return null;
    return ownsTime ? 0.9 : 0.8;
  },
  'false-urgency': (context) => {
    const { match, before, message } = context;
    if (READER_SAID.test(before)) return null;
    const phrase = message.lower.slice(match.start, match.end);
    // "your offer expires Friday" is the reader's own deadline (a bank's offer, a lease).
    if (
      match.entry.subtype === 'deadline' &&
      /^(?:offer|deal|discount|promo|pricing|price|rate|sale)/u.test(phrase) &&
      /\b(?:your|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(before)
    )
      return null;
    // "last chance" pressures when it is about acting ("last chance to join", "Last chance!"),
    // not when it describes the world ("the last chance for snow is in March").
    if (
      phrase === 'last chance' &&
      !/^\s*(?:to\s+(?:sign|buy|join|get|save|register|grab|claim|lock|enroll|book|order|apply|secure|upgrade|try|reserve|act|lock)\b|[!:]|$)/u.test(
        context.after,
      ) &&
      !/\b(?:your|this is|it's|it is|here's)\s+(?:the\s+|a\s+)?$/u.test(before)
    )
      return null;
    if (phrase.startsWith('act ') && !isVerbAt(context, match.start - context.sentence.start))
      return null;
    if (phrase.startsWith('hurry') && /\b(?:no|not in a|in no)\s+$/u.test(before)) return null;
    return 0.85;
  },
  'unverifiable-claim': ({ before }) => {
    if (READER_SAID.test(before) || OTHERS_POSSESSIVE.test(before)) return null;
    if (/\bcongrat/u.test(before) || isAboutOthers(before)) return null;
    return 0.8;
  },
  'guilt-trip': ({ before, after, message, match }) => {
    if (READER_SAID.test(before)) return null;
    const phrase = message.lower.slice(match.start, match.end);
    if (/hear(?:d)? back$/u.test(phrase) && /^\s+from\s+(?!you\b)/u.test(after)) return null;
    // "You must be busy with the new clinic" is empathy about something specific, not a guilt line.
    if (
      match.entry.subtype === 'busy' &&
      /^\s*(?:with|after|since|now that|preparing|getting|running)\s/u.test(after)
    )
      return null;
    return 0.9;
  },
  // "I hope you're doing well with the new team" is specific, so it is not hollow.
  'hollow-opener': ({ after, match }) =>
    match.entry.subtype === 'hope' && /^\s*(?:with|in|at|on|after|since|now that)\s/u.test(after)
      ? null
      : 0.9,
  'manipulative-close': ({ match, message }) => {
    if (match.entry.subtype !== 'assumptive') return 0.9;
    // An assumptive close is only out of place in a first touch.
    if (message.kind !== undefined && message.kind !== 'cold') return null;
    if (message.kind === undefined && hasSharedHistory(message)) return null;
    return 0.8;
  },
  buzzword: (context) => {
    const { match, before } = context;
    if (match.entry.subtype === 'verb') {
      if (!isVerbAt(context, match.start - context.sentence.start)) return null;
      if (/\b(?:the|a|an|your|their|our|its|of|financial|debt)\s+$/u.test(before)) return null;
    }
    return 0.85;
  },
};

const LISTS: Record<PhraseFindingKind, readonly PhraseEntry[]> = {
  'pitch-first': [],
  'time-grab': TIME_GRABS,
  'false-urgency': PRESSURE_PHRASES,
  'unverifiable-claim': CLAIM_PHRASES,
  'guilt-trip': GUILT_PHRASES,
  'hollow-opener': HOLLOW_OPENERS,
  'manipulative-close': MANIPULATIVE_CLOSES,
  buzzword: BUZZWORDS,
};

/** Builds a finding from a match. */
export function toFinding(
  kind: FindingKind,
  context: MatchContext,
  confidence: number,
): SincerityFinding {
  const { match, sentence, message } = context;
  const { entry } = match;
  return {
    kind,
    start: match.start,
    end: match.end,
    evidence: message.text.slice(match.start, match.end),
    phrase: entry.phrase,
    reason: entry.note,
    ...(entry.source ? { source: entry.source } : {}),
    ...(entry.subtype ? { subtype: entry.subtype } : {}),
    confidence,
    sentence: { start: sentence.start, end: sentence.end },
    part: sentence.part,
  };
}

/** Puts a match in its sentence; null when it is quoted or crosses sentences. */
export function contextOf(message: PreparedMessage, match: PhraseMatch): MatchContext | null {
  const index = message.sentenceAt(match.start);
  const sentence = message.sentences[index];
  if (!sentence || match.end > sentence.end) return null;
  if (sentence.quoted || message.isQuoted(match.start, match.end)) return null;
  return {
    match,
    sentence,
    before: message.lower.slice(sentence.start, match.start),
    after: message.lower.slice(match.end, sentence.end),
    message,
  };
}

/**
 * Finds the findings of one kind (all but `pitch-first`, which depends on the opening).
 *
 * @returns findings in text order.
 */
export function findPhraseFindings(
  message: PreparedMessage,
  kind: PhraseFindingKind,
): SincerityFinding[] {
  const findings: SincerityFinding[] = [];
  for (const match of matchPhrases(LISTS[kind], message.masked, message.lower)) {
    const context = contextOf(message, match);
    if (!context) continue;
    const confidence = GUARDS[kind](context);
    if (confidence === null) continue;
    findings.push(toFinding(kind, context, confidence));
  }
  return findings;
}

/** The range that removes a hollow-opener sentence cleanly, if there is one. */
export function findRemoval(
  message: PreparedMessage,
  finding: SincerityFinding,
): TextSpan | undefined {
  if (finding.subtype === 'greeting') return undefined;
  const { sentence } = finding;
  const lead = message.masked.slice(sentence.start, finding.start);
  const tail = message.masked.slice(finding.end, sentence.end);
  if (!/^[\s.!,;]*$/u.test(tail)) return undefined;
  const afterGreeting =
    /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40},\s*$/iu.test(lead);
  if (lead.trim() !== '' && !afterGreeting) return undefined;
  const paragraph =
    message.paragraphs[message.sentences[message.sentenceAt(sentence.start)]?.paragraph ?? -1];
  if (!paragraph) return undefined;
  const limit = paragraph.end;
  let end = sentence.end;
  while (end < limit && /[ \t]/u.test(message.text.charAt(end))) end++;
  if (afterGreeting) {
    // Keep "Hi Maria," and drop the phrase; at the end of the paragraph, drop the space too.
    const start = end >= limit ? sentence.start + lead.trimEnd().length : finding.start;
    return { start, end };
  }
  const start = sentence.start;
  if (start === paragraph.start && end >= limit) {
    // The whole paragraph goes: take the blank line after it too (or before it, at the end).
    const index = message.paragraphs.indexOf(paragraph);
    const next = message.paragraphs[index + 1];
    if (next) return { start, end: next.start };
    const previous = message.paragraphs[index - 1];
    return previous ? { start: previous.end, end } : { start, end };
  }
  if (end >= limit) {
    // Last sentence of its paragraph: remove the space before it instead.
    let from = start;
    while (from > paragraph.start && /[ \t]/u.test(message.text.charAt(from - 1))) from--;
    return { start: from, end: sentence.end };
  }
  return { start, end };
}
