/**
 * Finds the opening — the first body paragraph that is not a greeting — and who its first sentence
 * is about. A greeting on the same line ("Hi Maria, …") is skipped. The subject is the sender when
 * the sentence opens with a pitch phrase or its first pronoun is the sender's and the reader is not
 * mentioned; the reader when the first pronoun is the reader's, or when the sender only says they
 * noticed something about the reader ("I saw your talk"); neutral otherwise.
 */
import { PITCH_OPENERS } from '../data/pitch-openers.js';
import { matchPhrases } from '../nlp/match-phrases.js';
import { tagTerms } from '../nlp/tag-terms.js';
import { contextOf, toFinding } from './find-phrase-findings.js';
import type {
  OpeningAnalysis,
  OpeningSubject,
  SincerityFinding,
  TextSpan,
} from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';
import { isReadAsBody } from './prepare-message.js';

const GREETING_LINE =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy|hiya|to whom it may concern)\b[^!?\n,]{0,30}[,!:.]?$/u;
const GREETING_LEAD =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy|hiya)\b[^,!.?\n]{0,40}[,!]\s*/u;
const READER = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd"]);
const SENDER = new Set([
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
const NOTICING =
  /^(?:i|we) (?:just |recently )?(?:noticed|saw|read|heard|loved|enjoyed|came across|caught|watched|listened to|was impressed|were impressed|congratulate|wanted to (?:congratulate|thank|say congrat)|was (?:glad|happy|thrilled|sorry) to (?:see|hear|read))/u;

/** The opening paragraph and where its first sentence starts, skipping greetings. */
function locateOpening(
  message: PreparedMessage,
): { paragraph: TextSpan; sentence: TextSpan } | null {
  for (const paragraph of message.paragraphs) {
    if (!isReadAsBody(paragraph) || paragraph.part === 'greeting' || paragraph.part === 'sign-off')
      continue;
    const lower = message.lower.slice(paragraph.start, paragraph.end).trim();
    if (lower === '' || GREETING_LINE.test(lower)) continue;
    const raw = message.lower.slice(paragraph.start, paragraph.end);
    let start = paragraph.start + (raw.length - raw.trimStart().length);
    const lead = GREETING_LEAD.exec(message.lower.slice(start, paragraph.end));
    if (lead) start += lead[0].length;
    const index = message.sentenceAt(start);
    const first = message.sentences[index];
    const sentence = first ? { start, end: first.end } : { start, end: paragraph.end };
    if (sentence.end <= sentence.start) continue;
    return { paragraph: { start: paragraph.start, end: paragraph.end }, sentence };
  }
  return null;
}

/** The pitch phrases in the opening's first sentence (and a second one if the first is short). */
export function findPitchFirst(
  message: PreparedMessage,
  opening: OpeningAnalysis | null,
): SincerityFinding[] {
  // A receipt or a password reset may well start with the sender; that is not a pitch.
  if (!opening || message.kind === 'transactional') return [];
  const index = message.sentenceAt(opening.sentence.start);
  const end = message.sentences[index]?.end ?? opening.sentence.end;
  const findings: SincerityFinding[] = [];
  const region = message.lower.slice(0, end);
  for (const match of matchPhrases(PITCH_OPENERS, message.masked.slice(0, end), region)) {
    if (match.start < opening.sentence.start) continue;
    const context = contextOf(message, match);
    if (!context) continue;
    const before = message.lower.slice(
      Math.max(context.sentence.start, opening.sentence.start),
      match.start,
    );
    if (/\b(?:you|your|you're|you've)\b/u.test(before)) continue;
    findings.push(toFinding('pitch-first', context, 0.9));
  }
  return findings;
}

/** Finds the opening and who it is about. */
export function findOpening(message: PreparedMessage): OpeningAnalysis | null {
  const located = locateOpening(message);
  if (!located) return null;
  const { sentence } = located;
  const draft: OpeningAnalysis = { ...located.paragraph, sentence, subject: 'neutral' };
  if (findPitchFirst(message, draft).some((finding) => finding.start < sentence.end)) {
    return { ...draft, subject: 'sender' };
  }
  return { ...draft, subject: subjectOf(message, sentence) };
}

function subjectOf(message: PreparedMessage, sentence: TextSpan): OpeningSubject {
  const lower = message.lower.slice(sentence.start, sentence.end);
  const terms = tagTerms(message.masked.slice(sentence.start, sentence.end));
  const pronouns = terms.filter((term) => {
    const normal = lower.slice(term.start, term.end).replace(/[^\p{L}']/gu, '');
    return (
      (READER.has(normal) || SENDER.has(normal)) &&
      !term.tags.has('Place') &&
      !term.tags.has('Acronym')
    );
  });
  const first = pronouns[0];
  if (!first) return 'neutral';
  const firstWord = lower.slice(first.start, first.end).replace(/[^\p{L}']/gu, '');
  if (READER.has(firstWord)) return 'reader';
  const words = pronouns.map((term) =>
    lower.slice(term.start, term.end).replace(/[^\p{L}']/gu, ''),
  );
  const mentionsReader = words.some((word) => READER.has(word));
  // "I hope the move went well", "I saw your talk": the sender only frames something about the reader.
  const framing = /^i (?:hope|trust|was (?:glad|happy|sorry) to hear)\b/u.test(
    lower.slice(first.start),
  );
  if (framing && words.slice(1).every((word) => READER.has(word))) return 'reader';
  if (!mentionsReader) return 'sender';
  return NOTICING.test(lower.slice(first.start)) ? 'reader' : 'neutral';
}
