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
import type { PhraseMatch } from '../nlp/match-phrases.js';
import { pitchFirstGuard } from './guards/pitch-first.js';
import { timeGrabGuard } from './guards/time-grab.js';
import { falseUrgencyGuard } from './guards/false-urgency.js';
import { unverifiableClaimGuard } from './guards/unverifiable-claim.js';
import { guiltTripGuard } from './guards/guilt-trip.js';
import { hollowOpenerGuard } from './guards/hollow-opener.js';
import { manipulativeCloseGuard } from './guards/manipulative-close.js';
import { buzzwordGuard } from './guards/buzzword.js';
import { type Guard, type MatchContext } from './guards/shared.js';
import type { FindingKind, SincerityFinding, TextSpan } from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';

/** The finding kinds that come from one phrase list each. */
export type PhraseFindingKind = Exclude<
  FindingKind,
  'feature-dump' | 'care-pitch' | 'templated-intimacy' | 'deceptive-subject'
>;

/** Guards return a confidence, or null to drop the match. */
const GUARDS: Record<PhraseFindingKind, Guard> = {
  'pitch-first': pitchFirstGuard,
  'time-grab': timeGrabGuard,
  'false-urgency': falseUrgencyGuard,
  'unverifiable-claim': unverifiableClaimGuard,
  'guilt-trip': guiltTripGuard,
  'hollow-opener': hollowOpenerGuard,
  'manipulative-close': manipulativeCloseGuard,
  buzzword: buzzwordGuard,
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

export type { MatchContext } from './guards/shared.js';

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

/**
 * How much of the sentence on each side of a match the guards see. Every guard reads nearby words;
 * the bound keeps a pathological "sentence" (a 5 MB paste with no full stop) linear.
 */
export const CONTEXT_CHARS = 600;

/** Puts a match in its sentence; null when it is quoted or crosses sentences. */
export function contextOf(message: PreparedMessage, match: PhraseMatch): MatchContext | null {
  const index = message.sentenceAt(match.start);
  const sentence = message.sentences[index];
  if (!sentence || match.end > sentence.end) return null;
  if (sentence.quoted || message.isQuoted(match.start, match.end)) return null;
  return {
    match,
    sentence,
    before: message.lower.slice(Math.max(sentence.start, match.start - CONTEXT_CHARS), match.start),
    after: message.lower.slice(match.end, Math.min(sentence.end, match.end + CONTEXT_CHARS)),
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
  for (const match of message.matchPhrases(LISTS[kind])) {
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
