/**
 * Finds what the message asks of the reader, and its questions to the reader. A question is found
 * by its final "?" (never by compromise's `.questions()`, which costs ≈ 4 ms per email, see
 * EVIDENCE.md); an ask is a request sentence (a question, an imperative, or "can you", "let me
 * know" …) holding a meeting, reply, purchase or link word.
 */
import type { Ask, AskKind, TextSpan } from './message-analysis.js';
import type { MessageKind } from './message-input.js';
import type { PreparedMessage } from './prepare-message.js';
import { isReadAsBody } from './prepare-message.js';

const ASK_WORDS: readonly [AskKind, RegExp][] = [
  [
    'meeting',
    /\b(?:call|meeting|meet|chat|demo|zoom|coffee|(?:my|your|on the|a) calendar|calendar (?:link|invite)|schedule a time|book a time|grab (?:some )?time|catch up|sit down)\b/gu,
  ],
  [
    'reply',
    /\b(?:let me know|reply|write back|get back to me|hear (?:back )?from you|drop me a line|your thoughts|any thoughts|thoughts\?|forward (?:it|this|the|my)|pass (?:it|this) (?:along|on)|send (?:me|us|over) (?:your|a|the)|introduce me)/gu,
  ],
  [
    'purchase',
    /\b(?:buy|purchase|place an order|sign up|subscribe|upgrade|sign the (?:contract|agreement)|get started|start (?:your|a) (?:free )?trial)\b/gu,
  ],
  [
    'link',
    /\b(?:click|tap) (?:here|the link|this link|below)|\b(?:visit|follow) (?:this|the|our) (?:link|page|site)|https?:\/\/[^\s<>"]+|\bcheck out (?:this|the|our) (?:link|page|video|post|article)\b/gu,
  ],
];
const IMPERATIVE =
  /^(?:please\s+)?(?:let(?:'s)?|click|tap|book|reply|grab|visit|check|schedule|pick|sign|join|feel free|drop|shoot|send|call|register|download|follow|hit|use|try|start|get)\b/u;
const REQUEST =
  /\?|\b(?:can|could|would|will) you\b|\bcan we\b|\bcould we\b|\bare you (?:open|free|available|up for|around)\b|\b(?:i'd|i would|we'd|we would) (?:love|like) (?:to|for you)\b|\blet me know\b|\bfeel free\b|\bplease\b|\bhappy to\b|\bopen to\b/u;

function isRequest(sentence: string): boolean {
  return REQUEST.test(sentence) || IMPERATIVE.test(sentence);
}

const SENDER_ONLY = /\b(?:i|we|my|our|me|us)\b/u;
const READER = /\b(?:you|your|yours|you're|you've|you'll|you'd)\b/u;

/** The body sentences that end in "?" and are not only about the sender ("Did I mention…?"). */
export function findQuestions(message: PreparedMessage): TextSpan[] {
  const questions: TextSpan[] = [];
  for (const sentence of message.sentences) {
    const paragraph = message.paragraphs[sentence.paragraph];
    if (!sentence.question || sentence.quoted || !paragraph || !isReadAsBody(paragraph)) continue;
    const lower = message.lower.slice(sentence.start, sentence.end);
    if (
      SENDER_ONLY.test(lower) &&
      !READER.test(lower) &&
      !/\blet's\b|\bshould we\b|\bcan we\b|\bcould we\b|\bshall we\b/u.test(lower)
    )
      continue;
    questions.push({ start: sentence.start, end: sentence.end });
  }
  return questions;
}

/** The asks in the body, located at the word that names what is asked for. */
export function findAsks(message: PreparedMessage): Ask[] {
  const asks: Ask[] = [];
  for (const sentence of message.sentences) {
    const paragraph = message.paragraphs[sentence.paragraph];
    if (sentence.quoted || !paragraph || !isReadAsBody(paragraph)) continue;
    const lower = message.lower.slice(sentence.start, sentence.end);
    if (!isRequest(lower)) continue;
    for (const [kind, pattern] of ASK_WORDS) {
      pattern.lastIndex = 0;
      const match = pattern.exec(lower);
      if (!match) continue;
      const start = sentence.start + match.index;
      const end = start + match[0].replace(/\?$/u, '').length;
      if (message.isQuoted(start, end)) continue;
      asks.push({
        kind,
        start,
        end,
        evidence: message.text.slice(start, end),
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
  }
  return asks.sort((a, b) => a.start - b.start);
}

/** The forms of a question that requests something: "Can you…", "Are you free…", "Open to…". */
const REQUEST_QUESTION =
  /\b(?:can|could|would|will) (?:you|we|i)\b|\bare you (?:open|free|available|up for|around|interested)\b|\b(?:want|like) to (?:hop|jump|grab|book|schedule|meet|chat|see|try|get)\b|\bshall we\b|\bworth a\b|\binterested in\b|\bopen to\b|\bhow about\b|\bdoes \S+ (?:work|suit)\b|^(?:any|some) (?:thoughts|interest)\b/u;

/** Scheduling words that make a wh-question a request ("What time works for a call?"). */
const SCHEDULING = /\b(?:free|available|works?|good time|best time|suits?)\b/u;

/** A reply "ask" that only offers help ("let me know if you have questions") asks for nothing. */
const OFFER_OF_HELP =
  /\b(?:let me know|reach out|feel free to (?:reply|ask|reach out|write)|happy to (?:help|answer))\b[^.?!]*?\b(?:questions?|anything else|if anything|need (?:anything|help|a hand)|if i can help|if we can help|if (?:it|this|that) helps|how (?:it|that) goes)\b/u;

/**
 * Finds the first request made before any question about the reader: the moment the message asks
 * for something (a meeting, a purchase, a click, a reply) without having asked them anything.
 * A question counts when it ends in "?", is not only about the sender, and asks for nothing
 * itself ("Is onboarding still slow for your team?" counts; "Are you free for a call?" does not).
 *
 * @returns the ask, or `null` when a question comes first, nothing is asked, or `kind` is care
 *   or transactional (a thank-you or a receipt owes the reader no questions).
 */
export function findAskBeforeQuestion(
  message: PreparedMessage,
  kind: MessageKind | undefined,
  asks: readonly Ask[],
  questions: readonly TextSpan[],
): Ask | null {
  if (kind === 'care' || kind === 'transactional') return null;
  // A question that names a meeting or a reply without requesting one ("Is the calendar sync
  // working for you?", "What would you like to cover when we meet?") is still about the reader.
  const isRequestQuestion = (span: TextSpan): boolean => {
    const text = message.lower.slice(span.start, span.end);
    if (/^(?:what|which|how|why|where|who)\b/u.test(text) && !SCHEDULING.test(text)) return false;
    return REQUEST_QUESTION.test(text);
  };
  const askSentences = new Set(asks.map((ask) => ask.sentence.start));
  const readerQuestions = questions.filter(
    (question) => !askSentences.has(question.start) || !isRequestQuestion(question),
  );
  const readerQuestionStarts = new Set(readerQuestions.map((question) => question.start));
  for (const ask of asks) {
    if (readerQuestionStarts.has(ask.sentence.start)) continue;
    const sentence = message.lower.slice(ask.sentence.start, ask.sentence.end);
    if (ask.kind === 'reply' && OFFER_OF_HELP.test(sentence)) continue;
    return readerQuestions.some((question) => question.start < ask.sentence.start) ? null : ask;
  }
  return null;
}
