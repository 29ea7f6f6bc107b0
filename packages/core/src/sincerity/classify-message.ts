/**
 * Decides what kind of message this is when the input does not say (front matter `kind`), from
 * cheap lexical evidence only: occasion phrases in the subject or the first sentences, the
 * sender introducing themselves, references to an earlier exchange, advertising language and
 * quoted thread text. Each phrase list runs once over the lower-cased text.
 */
import { CARE_OCCASIONS } from '../data/care-occasions.js';
import { COLD_SIGNALS, MARKETING_PHRASES, SHARED_HISTORY } from '../data/commercial-signals.js';
import type { PhraseEntry } from '../data/phrase-entry.js';
import type {
  CareOccasion,
  CareOccasionKind,
  KindEvidence,
  MessageClassification,
  SincerityFinding,
} from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';

/** Lines that show an earlier message is quoted below: "On Mon, Ana wrote:", a forward header. */
const THREAD_MARKERS =
  /^[ \t]*>|^on .{4,80} wrote:\s*$|^-{2,}\s*(?:original message|forwarded message)\s*-{2,}|^from: .+\n(?:sent|date): /mu;

/**
 * True when the text quotes an earlier message. Read in lower case: mail clients write "On Mon,
 * Ana wrote:" and "From: … Sent: …". The markers' characters are looked for first, which most
 * messages lack, before the line-by-line pattern runs.
 */
function hasThreadMarker(lower: string): boolean {
  return (
    (lower.includes('>') ||
      lower.includes('wrote:') ||
      lower.includes('--') ||
      lower.includes('from:')) &&
    THREAD_MARKERS.test(lower)
  );
}

/**
 * A turn from the occasion to business in the same paragraph ("Congratulations on the new role. A
 * job change is a good moment to look at your 401(k)."): the occasion is a hook, not the point.
 */
const SEGUE =
  /\b(?:(?:a|the) (?:good|great|perfect|natural|smart|ideal) (?:moment|time)|now is (?:a|the)|worth (?:looking|reviewing|revisiting|a look)|(?:chance|opportunity) to (?:look|review|rethink|revisit)|time to (?:look|review|rethink|revisit))\b/u;

/** How many sentences of the body count as "the opening" when looking for an occasion. */
const OPENING_SENTENCES = 3;

function findEvidence(
  message: PreparedMessage,
  entries: readonly PhraseEntry[],
  where: (start: number) => boolean,
): KindEvidence[] {
  const found: KindEvidence[] = [];
  for (const match of message.matchPhrases(entries)) {
    if (!where(match.start) || message.isQuoted(match.start, match.end)) continue;
    found.push({
      start: match.start,
      end: match.end,
      phrase: match.entry.phrase,
      evidence: message.text.slice(match.start, match.end),
    });
  }
  return found;
}

/** True when `offset` stands in a visible paragraph that is not the subject. */
function isInBody(message: PreparedMessage, offset: number): boolean {
  const index = message.sentenceAt(offset);
  const sentence = message.sentences[index];
  return sentence !== undefined && sentence.part !== 'subject';
}

/** The subject and the first few body sentences: where an occasion has to stand. */
function isInOpening(message: PreparedMessage, offset: number): boolean {
  const index = message.sentenceAt(offset);
  const sentence = message.sentences[index];
  if (!sentence || sentence.quoted) return false;
  if (sentence.part === 'subject') return true;
  let position = 0;
  for (const other of message.sentences) {
    if (other === sentence) break;
    if (other.part !== 'subject' && other.part !== 'preheader') position++;
  }
  return position < OPENING_SENTENCES;
}

/** Finds the occasion in the opening, if any. */
function findOccasion(message: PreparedMessage): CareOccasion | null {
  for (const match of message.matchPhrases(CARE_OCCASIONS)) {
    if (!isInOpening(message, match.start) || message.isQuoted(match.start, match.end)) continue;
    const sentence = message.sentences[message.sentenceAt(match.start)];
    const paragraph = sentence ? message.paragraphs[sentence.paragraph] : undefined;
    if (paragraph && SEGUE.test(message.lower.slice(match.end, paragraph.end))) return null;
    return {
      start: match.start,
      end: match.end,
      occasion: (match.entry.subtype ?? 'thanks') as CareOccasionKind,
      evidence: message.text.slice(match.start, match.end),
    };
  }
  return null;
}

/**
 * Classifies a prepared message. `pitchFirst` (the opening's pitch phrases) counts as a cold
 * signal.
 *
 * @returns the declared or inferred kind with its evidence.
 */
export function classifyMessage(
  message: PreparedMessage,
  pitchFirst: readonly SincerityFinding[],
): MessageClassification {
  const inBody = (offset: number): boolean => isInBody(message, offset);
  const coldSignals = [
    ...pitchFirst.map((finding) => ({
      start: finding.start,
      end: finding.end,
      phrase: finding.phrase,
      evidence: finding.evidence,
    })),
    ...findEvidence(message, COLD_SIGNALS, inBody),
  ].sort((a, b) => a.start - b.start);
  const sharedHistory = findEvidence(message, SHARED_HISTORY, inBody);
  const marketing = findEvidence(message, MARKETING_PHRASES, () => true);
  const occasion = findOccasion(message);
  const thread = hasThreadMarker(message.lower);
  const base = { occasion, coldSignals, sharedHistory, marketing, thread };
  if (message.kind) return { kind: message.kind, declared: true, ...base };
  if (occasion && coldSignals.length === 0) return { kind: 'care', declared: false, ...base };
  if (coldSignals.length > 0 && sharedHistory.length === 0 && !thread) {
    return { kind: 'cold', declared: false, ...base };
  }
  return { declared: false, ...base };
}

/** True when the message is a first touch: declared cold, or undeclared with cold signals only. */
export function isFirstTouch(classification: MessageClassification): boolean {
  return classification.kind === 'cold' && !classification.thread;
}
