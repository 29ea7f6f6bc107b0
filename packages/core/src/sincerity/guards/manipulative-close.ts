/**
 * Closing techniques. A conditional close is out of place anywhere, unless the reader set the
 * condition; an alternative close, or a step taken in the reader's name, only when the reader has
 * not already decided, and such a step (a seat held, papers sent for a signature) only when it
 * comes with no way out; an assumptive close about papers only in a first touch.
 */
import type { TextSpan } from '../message-analysis.js';
import { type PreparedMessage, spansOf } from '../prepare-message.js';
import { type Guard, hasSharedHistory } from './shared.js';

/**
 * The reader has asked for the next step or already decided ("the contract you asked for", "as
 * requested", "now that you've chosen the annual plan", "thanks for signing"): offering a choice
 * or the papers then serves them. "Pay the deposit and you're all set" promises a state after the
 * yes, and is no sign the reader has decided, and neither is "you asked all the right questions" or
 * "you asked about parking".
 */
const READER_DECIDED =
  /\byou(?:'ve| have)? (?:asked|requested)\b(?! (?:[\p{L}-]+ ){0,3}?questions?\b| about\b)|\byou(?:'ve| have)? (?:decided|chose|chosen|agreed|confirmed|accepted|approved|signed off|said yes|signed up|registered|enrolled|booked|reserved|rsvp'd|gave (?:me|us) the go-ahead)\b|\bas (?:you )?(?:requested|asked|agreed)\b|\b(?:at|per|following) your request\b|\b(?:since|now that) you(?:'re| are) (?:ready|going ahead|moving forward)\b|\bnow that you(?:'ve| have) (?:signed|joined|ordered|bought|purchased)\b|\byou(?:'d| would) like to (?:go ahead|move forward|proceed|sign|buy|order|upgrade|switch)\b|\bthanks? (?:you )?for (?:confirming|signing|choosing|joining|enrolling|registering|your (?:order|purchase|business|deposit|signature))\b|\bwelcome (?:aboard|to the (?:team|family|program|club))\b|\bglad to have you\b|\b(?:excited|thrilled|happy) to have you (?:on board|aboard|with us)\b|(?<!\b(?:and|then|&) )\byou(?:'re| are) (?:all set|on board)\b|\byour (?:order|purchase|new(?: [\p{L}-]+){1,2}) (?:is (?:ready|in)|has (?:arrived|shipped)|arrived|shipped)\b/u;

/** The reader set the condition ("you said you'd sign if we fixed the warranty"). */
const READER_SET_CONDITION =
  /\byou (?:said|mentioned|told (?:me|us)|asked|wrote)\b[^.?!]*\b(?:if|once|as long as|provided)\b/u;

/** A way out offered with the step: "let me know if that doesn't work", "happy to move it". */
const WAY_OUT =
  /\b(?:let me know if (?:that|this|it|the time) (?:doesn't|does not|won't|isn't)|(?:reply|write back|let me know) (?:to|and i'll|if you'd like to) (?:cancel|reschedule|change|move)|happy to (?:move|change|cancel|release|reschedule)|(?:no|without) (?:obligation|commitment)|feel free to (?:cancel|change|move|release)|if (?:it|that|this) doesn't (?:suit|work)|in case you decide|if you decide|once you(?:'ve| have)? decide|(?:if|once|when|after) (?:you(?:'ve| have)?|your (?:[\p{L}-]+ ){1,2}?(?:has |have )?)(?:approves?|approved|signs? off|signed off|gives? (?:me|us) the (?:go-ahead|green light|ok|okay|word)|say (?:the word|yes|go))|if you(?:'d| would)? (?:like|want|wish) to (?:go ahead|proceed|move forward|sign)|(?:when|whenever|once) you(?:'re| are) ready|so you can (?:look|review|read|go over|check))/u;

/**
 * A hold that already lapsed: "I've held a slot for her twice and had to give it away". The step is
 * over and undone, so nothing stands in the reader's name.
 */
const HOLD_RELEASED =
  /\b(?:had to |have had to |ended up |then )?(?:give|gave|given|giving|releas(?:e|ed|ing)|let) (?:it|them|that|those|the (?:[\p{L}-]+ )?(?:spot|seat|slot|place|room|table|unit|appointment)s?) (?:away|go|up|back)\b/u;

/** The reader proposed the plan the sender then confirms by default. */
const READER_PROPOSED =
  /\byou (?:suggested|proposed|picked|offered|mentioned|said|told (?:me|us)|wanted|asked for|wrote)\b|\b(?:the|your) (?:time|date|day|slot|room|option|plan) you\b/u;

/**
 * A price for what the reader is booked into: "$129", "£40 a month". A free or included service
 * ("at no charge", "included with your plan") is no sale.
 */
const PRICE = /[$€£]\s?[1-9]|\b[1-9][\d,.]* (?:dollars|euros|pounds)\b/u;
const NO_CHARGE =
  /\b(?:free|no (?:charge|cost)|at no (?:extra )?(?:charge|cost)|complimentary|included (?:in|with)|on (?:us|the house)|covered by)\b/u;

/**
 * A bare booking ("we've already penciled you in") names no offer; it corners the reader when the
 * sentence or the two before it price what they were booked into.
 */
function booksPaidOffer(message: PreparedMessage, match: TextSpan, sentence: TextSpan): boolean {
  const index = message.sentenceAt(sentence.start);
  const first = message.sentences[Math.max(0, index - 2)];
  // At most `NEARBY` characters on each side: a text with no sentence marks can be megabytes.
  const start = Math.max(first ? first.start : sentence.start, match.start - NEARBY);
  const text = message.lower.slice(start, Math.min(sentence.end, match.end + NEARBY));
  return PRICE.test(text) && !NO_CHARGE.test(text);
}

/** How far around a close its guard reads the sentences nearby. */
const NEARBY = 1200;

/** The sentence after the close's, at most `NEARBY` characters of it. */
function nextSentence(message: PreparedMessage, sentence: TextSpan): string {
  const next = message.sentences[message.sentenceAt(sentence.start) + 1];
  return next ? message.lower.slice(next.start, Math.min(next.end, next.start + NEARBY)) : '';
}

export const manipulativeCloseGuard: Guard = ({ match, message, sentence, before, after }) => {
  const { subtype } = match.entry;
  if (subtype === 'conditional') {
    const text = message.lower.slice(
      Math.max(0, sentence.start - 200, match.start - NEARBY),
      Math.min(sentence.end, match.end + NEARBY),
    );
    return READER_SET_CONDITION.test(text) ? null : 0.9;
  }
  // Saying no painted as a foolish risk ("if you'd rather keep gambling on a cheap crew, do
  // nothing") shames the reader whatever came before.
  if (subtype === 'shaming') return 0.85;
  if (subtype === 'silence') {
    // The close itself may say "you've decided"; look for the reader's own words elsewhere.
    // "If I don't hear back, I'll book the room you picked" follows the reader's own plan.
    const elsewhere = (span: TextSpan): boolean => span.start < match.start || span.end > match.end;
    if (
      spansOf(message, READER_DECIDED).some(elsewhere) ||
      spansOf(message, READER_PROPOSED).some(elsewhere) ||
      hasSharedHistory(message)
    )
      return null;
    return message.kind === 'transactional' ? null : 0.85;
  }
  if (spansOf(message, READER_DECIDED).length > 0) return null;
  // A receipt or a care note schedules what was already bought or asked for.
  if (message.kind === 'transactional') return null;
  if (subtype === 'alternative') return 0.9;
  if (subtype === 'booked') {
    // In any kind of message, a care note too: the price makes it a sale.
    if (!booksPaidOffer(message, match, sentence)) return null;
    const around = `${before} ${after} ${nextSentence(message, sentence)}`;
    return WAY_OUT.test(around) ? null : 0.8;
  }
  if (subtype === 'presumed') {
    // A step in the reader's name, in any kind of message, unless it comes with a way out.
    if (message.kind === 'care') return null;
    // "If you decide to go ahead, I'll send the contract for signature" leaves the choice with
    // the reader, wherever in the sentence the way out stands.
    // "I'll send the contract so you can review it, and once it's signed…" carries its way out
    // inside the step itself.
    const step = message.lower.slice(match.start, match.end);
    const around = `${before} ${step} ${after} ${nextSentence(message, sentence)}`;
    if (HOLD_RELEASED.test(after)) return null;
    return WAY_OUT.test(around) ? null : 0.8;
  }
  // An assumptive close is only out of place in a first touch.
  if (message.kind !== undefined && message.kind !== 'cold') return null;
  if (message.kind === undefined && hasSharedHistory(message)) return null;
  return 0.8;
};
