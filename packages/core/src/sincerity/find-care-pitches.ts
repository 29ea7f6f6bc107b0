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

/** "Nothing to sign up for", "no demo", "you don't have to book a call": the offer is waved off. */
const NEGATED =
  /\b(?:no|not|without|never|zero|isn't|is not|not a|nothing like|nothing(?: for you)? to|(?:don't|do not|doesn't|does not|won't|will not) (?:need|have) to|no need to|needn't)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/**
 * Giving time, not money: "sign up for a Saturday volunteer shift", "sign up for the potluck". A
 * sign-up for unpaid help or a community event is not a purchase ask.
 */
const UNPAID_SIGN_UP =
  /\bvolunteer(?:s|ing|ed)?\b|\b(?:shifts?|potluck|clean-?up|meal train|carpool|vigil|reunion|walk-a-thon|food drive|coat drive|blood drive)\b/u;
/**
 * Help offered, not a sale: "if you ever need", "anytime", "feel free to call", and a call asked
 * for only if something goes wrong ("if anything seems off, call us", "if you notice swelling").
 */
const OFFER_OF_HELP =
  /\bif (?:something|anything) (?:ever )?(?:seems|looks|feels|sounds|goes|is|gets) (?:off|wrong|amiss|unusual|worse|not right)\b|\bif (?:you )?(?:notice|see|spot|have|run into) (?:any )?(?:problems?|trouble|swelling|bleeding|pain|symptoms?|leaks?)\b|\bif (?:anything|something) changes\b|\bif you (?:ever )?(?:need|want)\b|\bwhenever you\b|\banytime\b|\bany time\b|\bno (?:rush|pressure|need to reply)\b|\bif (?:it|that) would help\b|\bwhether or not\b|\bno (?:obligation|strings)\b|\bfeel free to (?:call|ring|text|email|reach out|get in touch|contact)\b/u;
const SOCIAL = /^(?:coffee|catch up|sit down|chat)$/u;
/**
 * What the reader already has or asked for: "your warranty includes a free yearly assessment",
 * "the estimate you asked for", "as promised". Nothing new is sold.
 */
const ALREADY_THEIRS =
  /\byour (?:[\p{L}-]+ ){0,2}?(?:warranty|plan|membership|policy|subscription|contract|package|coverage|service agreement)\b[^.!?]{0,40}?\b(?:includes?|included|covers?|covered|comes with|entitles you)\b|\b(?:included|covered) (?:in|by|with|under) your\b|\bcomes with your\b|\byou (?:asked (?:for|about)|asked|requested)\b|\bas (?:you )?(?:requested|asked|promised)\b|\bat your request\b/u;
/** The kinds of ask that the reader may already have or have asked for. */
const MAY_BE_THEIRS = new Set(['offer', 'meeting', 'demo']);
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
 * A stranger presenting their firm: "corporate travel is all we do", "we partner with HR leaders
 * to …", "move your account to us". A congratulation that opens such a message is the hook of a
 * cold pitch, not a care touch from someone the reader knows (Granovetter 1973: a care touch
 * builds a tie that already exists).
 */
const STRANGER_INTRODUCTION = new RegExp(
  [
    '\\b(?:is|are)\\s+all\\s+(?:we|i)\\s+do\\b',
    '\\b(?:we|i)\\s+partner\\s+with\\s+(?:[\\p{L}&-]+\\s+){0,2}?(?:leaders|teams|companies|firms|businesses|organi[sz]ations|brands|practices|owners|founders|executives|departments|agencies)\\s+(?:to|like|who|across)\\b',
    '\\b(?:move|switch|bring|transfer|shift|consolidate)\\s+(?:your|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:account|business|book|portfolio|polic(?:y|ies)|plan|travel|spend|work)s?\\s+(?:over\\s+)?to\\s+(?:us|me)\\b',
    '\\b(?:switch|come|move)\\s+over\\s+to\\s+(?:us|me)\\b',
  ].join('|'),
  'gu',
);
/**
 * A firm's name put "on your radar" ("I wanted to put Corevita Corporate on your radar"): read with
 * case, so "put our open house on your radar" from someone the reader knows is not one.
 */
const FIRM_ON_RADAR = /\bput\s+(?:\p{Lu}[\p{L}\p{N}&'.-]*\s+){1,4}on\s+your\s+radar\b/gu;

function hasUnquoted(message: PreparedMessage, text: string, pattern: RegExp): boolean {
  for (const match of text.matchAll(pattern)) {
    if (!message.isQuoted(match.index, match.index + match[0].length)) return true;
  }
  return false;
}

/**
 * True when an undeclared message that opens with an occasion is a stranger's pitch: the sender
 * presents their firm in words of its own, outside any quote, and nothing shows an earlier
 * exchange. A declared care touch is taken at its word.
 */
function isStrangersPitch(
  message: PreparedMessage,
  classification: MessageClassification,
): boolean {
  if (classification.declared || classification.thread || classification.sharedHistory.length > 0)
    return false;
  return (
    hasUnquoted(message, message.lower, STRANGER_INTRODUCTION) ||
    hasUnquoted(message, message.text, FIRM_ON_RADAR)
  );
}

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
  if (classification.kind !== 'care' || isStrangersPitch(message, classification)) return [];
  const findings: SincerityFinding[] = [];
  for (const match of message.matchPhrases(SALES_OFFERS)) {
    const context = contextOf(message, match);
    if (!context || NEGATED.test(context.before)) continue;
    const whole = message.lower.slice(context.sentence.start, context.sentence.end);
    const subtype = match.entry.subtype;
    if ((subtype === 'meeting' || subtype === 'demo') && OFFER_OF_HELP.test(whole)) continue;
    if (subtype === 'donation' && isNotDonationAsk(context.before, whole)) continue;
    if (subtype === 'purchase' && UNPAID_SIGN_UP.test(whole)) continue;
    if (subtype !== undefined && MAY_BE_THEIRS.has(subtype) && ALREADY_THEIRS.test(whole)) continue;
    findings.push(toFinding('care-pitch', context, 0.85));
  }
  const offers = findings.filter((finding) => finding.subtype !== 'pivot');
  for (const ask of asks) {
    if (ask.kind !== 'meeting' && ask.kind !== 'purchase') continue;
    const word = message.lower.slice(ask.start, ask.end);
    if (SOCIAL.test(word) || overlaps(offers, ask.sentence.start, ask.sentence.end)) continue;
    const whole = message.lower.slice(ask.sentence.start, ask.sentence.end);
    if (OFFER_OF_HELP.test(whole) || ALREADY_THEIRS.test(whole)) continue;
    if (ask.kind === 'purchase' && UNPAID_SIGN_UP.test(whole)) continue;
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
