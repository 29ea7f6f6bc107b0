/**
 * Finds the opening — the first body paragraph that is not a greeting — and who its first sentence
 * is about. A greeting on the same line ("Hi Maria, …") is skipped, and so is a hollow opener ("I
 * hope this email finds you well."): when the first sentence is only that, the sentence after it
 * is read as the opening too, because the reader meets it first. The subject is the sender when
 * the opening has a pitch phrase or the first pronoun is the sender's and the reader is not
 * mentioned; the reader when the first pronoun is the reader's, or when the sender only says they
 * noticed something about the reader ("I saw your talk"); neutral otherwise.
 */
import { HOLLOW_OPENERS } from '../data/hollow-openers.js';
import type { PhraseEntry } from '../data/phrase-entry.js';
import { PITCH_OPENERS } from '../data/pitch-openers.js';
import { matchPhrasesCached } from '../nlp/match-phrases-by-paragraph.js';
import { CONTEXT_CHARS, contextOf, toFinding } from './find-phrase-findings.js';
import { pitchFirstGuard } from './guards/pitch-first.js';
import { openingPronouns, READER } from './opening-pronouns.js';
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
/**
 * The pitch phrases in two lists, so that a product match the guard turns down ("Acme is a leading
 * platform", where nothing shows that "Acme" is a name) cannot hide the sender phrase it overlaps.
 */
const isProductEntry = (entry: PhraseEntry): boolean =>
  entry.subtype?.startsWith('product') === true;
const PRODUCT_OPENERS = PITCH_OPENERS.filter(isProductEntry);
/**
 * "Greenline Pest Solutions is …", judged on whose name it is: last, so that a more precise
 * product phrase at the same place ("Routely helps agencies") is the one reported.
 */
const isSenderNameEntry = (entry: PhraseEntry): boolean => entry.subtype === 'sender-name';
const SENDER_NAME_OPENERS = PITCH_OPENERS.filter(isSenderNameEntry);
const SENDER_OPENERS = PITCH_OPENERS.filter(
  (entry) => !isProductEntry(entry) && !isSenderNameEntry(entry),
);
/** The wishes that can make up a whole sentence ("I hope this email finds you well."). */
const HOPE_OPENERS = HOLLOW_OPENERS.filter((entry) => entry.subtype === 'hope');
/** What may stand around a hollow opener in its sentence: punctuation and the reader's name. */
const HOLLOW_LEAD = /^[\s"'“(]*$/u;
const HOLLOW_TAIL = /^[\s,]*(?:\p{L}+\s*)?[.!…]*[\s"'”)]*$/u;
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

/** True when the sentence is nothing but a hollow opener ("Hope you're doing well, Maria!"). */
function isHollowSentence(message: PreparedMessage, sentence: TextSpan): boolean {
  const lower = message.lower.slice(sentence.start, sentence.end);
  const masked = message.masked.slice(sentence.start, sentence.end);
  const [match] = matchPhrasesCached(HOPE_OPENERS, masked, lower, message.masked, message.lower);
  return (
    match !== undefined &&
    HOLLOW_LEAD.test(lower.slice(0, match.start)) &&
    HOLLOW_TAIL.test(lower.slice(match.end))
  );
}

/**
 * A one-line hook question an advert opens with ("Looking for a moving partner who gets it?",
 * "Tired of chasing invoices?"): it asks nothing of this reader, so the sentence after it is where
 * the message really starts.
 */
const HOOK_QUESTION =
  /^[\s"'“(]*(?:(?:are you )?(?:looking for|tired of|sick of|struggling (?:with|to)|fed up with|searching for|shopping for|ready to|in the market for)|(?:do you )?(?:want|need|wish) (?:a|an|to|more|better|fewer|less)|ever (?:wish|wonder|feel)|what if)\b[^?\n]{0,80}\?[\s"'”)]*$/u;

/** True when the sentence is only a hook question ("Looking for a moving partner who gets it?"). */
function isHookQuestion(message: PreparedMessage, sentence: TextSpan): boolean {
  return HOOK_QUESTION.test(message.lower.slice(sentence.start, sentence.end));
}

/**
 * Where the opening ends: after its first sentence, or after the next body sentence when the
 * first is only a hollow opener or a hook question.
 */
function openingEnd(message: PreparedMessage, opening: OpeningAnalysis): number {
  const index = message.sentenceAt(opening.sentence.start);
  const first = message.sentences[index];
  const end = first?.end ?? opening.sentence.end;
  const lead = { start: opening.sentence.start, end };
  if (!isHollowSentence(message, lead) && !isHookQuestion(message, lead)) return end;
  const next = message.sentences[index + 1];
  if (!next || next.quoted) return end;
  const paragraph = message.paragraphs[next.paragraph];
  if (!paragraph || !isReadAsBody(paragraph) || paragraph.part === 'sign-off') return end;
  return next.end;
}

/**
 * The pitch phrases in the opening: its first sentence, and the next one when the first is only a
 * hollow opener or a hook question.
 */
export function findPitchFirst(
  message: PreparedMessage,
  opening: OpeningAnalysis | null,
): SincerityFinding[] {
  // A receipt or a password reset may well start with the sender; that is not a pitch.
  if (!opening || message.kind === 'transactional') return [];
  const end = openingEnd(message, opening);
  const findings: SincerityFinding[] = [];
  const region = message.lower.slice(0, end);
  const masked = message.masked.slice(0, end);
  const matches = [
    ...matchPhrasesCached(SENDER_OPENERS, masked, region, message.masked, message.lower),
    ...matchPhrasesCached(PRODUCT_OPENERS, masked, region, message.masked, message.lower),
    ...matchPhrasesCached(SENDER_NAME_OPENERS, masked, region, message.masked, message.lower),
  ].sort((a, b) => a.start - b.start);
  for (const match of matches) {
    if (match.start < opening.sentence.start) continue;
    const context = contextOf(message, match);
    if (!context) continue;
    // Measured from where the opening starts, so that "Hi Maria, " is not part of it; at most
    // `CONTEXT_CHARS` of it, as for every other guard (an opening with no sentence marks can be
    // megabytes long, and read once per match).
    const before = message.lower.slice(
      Math.max(context.sentence.start, opening.sentence.start, match.start - CONTEXT_CHARS),
      match.start,
    );
    const confidence = pitchFirstGuard({ ...context, before });
    if (confidence === null) continue;
    // "Acme is a leading platform" is both a product phrase and a company description: report once.
    const last = findings[findings.length - 1];
    if (last && match.start < last.end) continue;
    findings.push(toFinding('pitch-first', context, confidence));
  }
  return findings;
}

/** Finds the opening and who it is about. */
export function findOpening(message: PreparedMessage): OpeningAnalysis | null {
  const located = locateOpening(message);
  if (!located) return null;
  const { sentence } = located;
  const draft: OpeningAnalysis = { ...located.paragraph, sentence, subject: 'neutral' };
  if (findPitchFirst(message, draft).length > 0) {
    return { ...draft, subject: 'sender' };
  }
  return { ...draft, subject: subjectOf(message, sentence) };
}

function subjectOf(message: PreparedMessage, sentence: TextSpan): OpeningSubject {
  const lower = message.lower.slice(sentence.start, sentence.end);
  const pronouns = openingPronouns(message.masked.slice(sentence.start, sentence.end), lower);
  const first = pronouns[0];
  if (!first) return 'neutral';
  if (READER.has(first.word)) return 'reader';
  const words = pronouns.map((pronoun) => pronoun.word);
  const mentionsReader = words.some((word) => READER.has(word));
  // "I hope the move went well", "I saw your talk": the sender only frames something about the reader.
  const framing = /^i (?:hope|trust|was (?:glad|happy|sorry) to hear)\b/u.test(
    lower.slice(first.start),
  );
  if (framing && words.slice(1).every((word) => READER.has(word))) return 'reader';
  if (!mentionsReader) return 'sender';
  return NOTICING.test(lower.slice(first.start)) ? 'reader' : 'neutral';
}
