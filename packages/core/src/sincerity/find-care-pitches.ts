/**
 * Finds the sales asks inside a care touch. A care touch (declared `kind: care`, or an undeclared
 * message that opens with a birthday, anniversary, congratulation, condolence or thank-you) builds
 * the relationship only when nothing is wanted back; an offer, a discount, an upsell or add-on
 * ("a great moment to add battery backup"), a quote offer, a demo, a meeting request or a
 * donation ask turns it into a pitch. "While we have you" is reported only when its sentence
 * names no offer of its own, so one pitch is reported once. Offers of help ("let me know if you need anything",
 * "call me anytime") and social plans ("coffee when you're back") are not pitches.
 */
import { SALES_OFFERS } from '../data/sales-offers.js';
import { contextOf, toFinding } from './find-phrase-findings.js';
import type { Ask, MessageClassification, SincerityFinding } from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';

const NEGATED =
  /\b(?:no|not|without|never|zero|isn't|is not|not a|nothing like)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const OFFER_OF_HELP =
  /\bif you (?:ever )?(?:need|want)\b|\bwhenever you\b|\banytime\b|\bany time\b|\bno (?:rush|pressure|need to reply)\b|\bif (?:it|that) would help\b|\bwhether or not\b|\bno (?:obligation|strings)\b/u;
const SOCIAL = /^(?:coffee|catch up|sit down|chat)$/u;
/** Thanks for a gift, with nothing in the sentence asking for another. */
const THANKS = /\b(?:thank|thanks|grateful|appreciate)/u;
const ASKING =
  /\b(?:would you|could you|will you|can you|please|consider|if you(?:'d| would| can| could)?|today|you can)\b/u;
/** The reader's own gift, already given: "your $250 gift", "you gave". */
const READERS_GIFT =
  /\b(?:your|you (?:gave|made|sent|donated|contributed|pledged))\s+(?:[\p{L}$\d,.-]+\s+){0,2}$/u;
/** The sender gives: "I made a donation in her name", "we sent a gift". */
const SENDER_GIVES =
  /\b(?:i|we)(?:'ve|'d|'ll| have| had| will| would)?\s+(?:just\s+|also\s+)?(?:made|make|making|sent|send|sending|given|gave|give|donated|donate|donating|contributed|contribute)\b/u;
/** The family's own wishes, passed on: "the family asked for donations to … in lieu of flowers". */
const FAMILY_WISH =
  /\b(?:(?:the|your|his|her|their) family(?:'s)? (?:has |have )?(?:asked|requested|suggested|chose|wishes)|(?:per|following|in keeping with) (?:the|your|his|her|their) (?:family's )?wishes|the obituary)\b/u;

/**
 * True when a donation phrase is not an ask: thanks for a gift the reader gave, the sender's own
 * gift, or the family's wishes passed on as news.
 */
function isNotDonationAsk(before: string, whole: string): boolean {
  if (READERS_GIFT.test(before) || SENDER_GIVES.test(before) || FAMILY_WISH.test(whole))
    return true;
  return THANKS.test(whole) && !ASKING.test(whole);
}

function overlaps(findings: readonly SincerityFinding[], start: number, end: number): boolean {
  return findings.some((finding) => finding.start < end && start < finding.end);
}

/**
 * Lists the pitches in a care touch; an empty list when the message is not one.
 *
 * @returns findings of kind `care-pitch` in text order, with the offer type as `subtype`.
 */
export function findCarePitches(
  message: PreparedMessage,
  classification: MessageClassification,
  asks: readonly Ask[],
): SincerityFinding[] {
  if (classification.kind !== 'care') return [];
  const findings: SincerityFinding[] = [];
  for (const match of message.matchPhrases(SALES_OFFERS)) {
    const context = contextOf(message, match);
    if (!context || NEGATED.test(context.before)) continue;
    const whole = message.lower.slice(context.sentence.start, context.sentence.end);
    const subtype = match.entry.subtype;
    if ((subtype === 'meeting' || subtype === 'demo') && OFFER_OF_HELP.test(whole)) continue;
    if (subtype === 'donation' && isNotDonationAsk(context.before, whole)) continue;
    findings.push(toFinding('care-pitch', context, 0.85));
  }
  const offers = findings.filter((finding) => finding.subtype !== 'pivot');
  for (const ask of asks) {
    if (ask.kind !== 'meeting' && ask.kind !== 'purchase') continue;
    const word = message.lower.slice(ask.start, ask.end);
    if (SOCIAL.test(word) || overlaps(offers, ask.sentence.start, ask.sentence.end)) continue;
    const whole = message.lower.slice(ask.sentence.start, ask.sentence.end);
    if (OFFER_OF_HELP.test(whole)) continue;
    const index = message.sentenceAt(ask.start);
    const sentence = message.sentences[index];
    if (!sentence) continue;
    findings.push({
      kind: 'care-pitch',
      start: ask.start,
      end: ask.end,
      evidence: ask.evidence,
      phrase: ask.kind === 'meeting' ? 'a meeting request' : 'a purchase ask',
      reason:
        ask.kind === 'meeting'
          ? 'a meeting request for the sender’s agenda'
          : 'asks the reader to buy',
      subtype: ask.kind,
      confidence: 0.75,
      sentence: { start: sentence.start, end: sentence.end },
      part: sentence.part,
    });
  }
  // "While we have you" is reported only when its sentence names no offer or ask of its own.
  return findings
    .filter(
      (finding) =>
        finding.subtype !== 'pivot' ||
        !findings.some(
          (other) => other.subtype !== 'pivot' && other.sentence.start === finding.sentence.start,
        ),
    )
    .sort((a, b) => a.start - b.start);
}
