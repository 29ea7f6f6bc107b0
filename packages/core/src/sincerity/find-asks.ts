/**
 * Finds what the message asks of the reader, and its questions to the reader. A question is found
 * by its final "?" (never by compromise's `.questions()`, which costs ≈ 4 ms per email, see
 * EVIDENCE.md); an ask is a request sentence (a question, an imperative, or "can you", "let me
 * know" …) holding a meeting, reply, purchase or link word.
 */
import type { Ask, AskKind, TextSpan } from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';
import { isReadAsBody } from './prepare-message.js';

const ASK_WORDS: readonly [AskKind, RegExp][] = [
  [
    'meeting',
    /\b(?:call|meeting|meet|chat|demo|zoom|coffee|calendar|schedule a time|book a time|grab (?:some )?time|catch up|sit down)\b/gu,
  ],
  [
    'reply',
    /\b(?:let me know|reply|write back|get back to me|hear (?:back )?from you|drop me a line|your thoughts|any thoughts|thoughts\?)/gu,
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
