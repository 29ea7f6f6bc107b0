/**
 * The shared first pass of `analyzeMessage`: mask merge fields, find paragraphs, quoted text and
 * sentences, and lower-case the text for the phrase prefilters. Every step is one linear pass.
 */
import { findQuotedSpans, isInsideSpans } from '../nlp/find-quoted-spans.js';
import { normalizeForMatching } from '../nlp/match-phrases.js';
import { createPhraseMatcher, type PhraseMatcher } from '../nlp/match-phrases-by-paragraph.js';
import { splitSentences } from '../nlp/split-sentences.js';
import { isBodyParagraph, listParagraphs } from '../text/count-words.js';
import { isWhiteSpace } from '../text/is-white-space.js';
import { memoGet, memoSet } from '../text/memo-by-input.js';
import type { AnalyzedSentence, TextSpan } from './message-analysis.js';
import type { MessageInput, MessageKind, MessageParagraph } from './message-input.js';
import { maskFieldsAsWords } from './mask-fields-as-words.js';

/** A message ready for the heuristics. */
export interface PreparedMessage {
  input: MessageInput;
  text: string;
  /** Merge fields masked as placeholder words. */
  masked: string;
  /** `masked` lower-cased with straight apostrophes. */
  lower: string;
  kind?: MessageKind;
  paragraphs: MessageParagraph[];
  /** Sentences of every visible paragraph, in order. */
  sentences: AnalyzedSentence[];
  quoted: TextSpan[];
  /** The index of the sentence that holds `offset`, or -1. */
  sentenceAt(offset: number): number;
  /** True when `[start, end)` touches quoted text. */
  isQuoted(start: number, end: number): boolean;
  /** Every match of a phrase list in `masked`, paragraph by paragraph (cached by paragraph). */
  matchPhrases: PhraseMatcher;
  /** The spans of message-wide patterns, by pattern, once asked for (see `spansOf`). */
  spans: Map<RegExp, readonly TextSpan[]> | undefined;
}

/** A global copy of each pattern `spansOf` is given, made once (compiling one costs up to 0.3 ms). */
const globals = new Map<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}

/**
 * Where a pattern matches in the whole message (lower-cased), worked out once per message and
 * pattern. Guards ask message-wide questions ("did the reader ask for this anywhere?") once per
 * match, and a text can hold thousands of matches.
 */
export function spansOf(message: PreparedMessage, pattern: RegExp): readonly TextSpan[] {
  message.spans ??= new Map();
  let spans = message.spans.get(pattern);
  if (!spans) {
    const found: TextSpan[] = [];
    const global = globalOf(pattern);
    global.lastIndex = 0;
    for (let match = global.exec(message.lower); match; match = global.exec(message.lower)) {
      found.push({ start: match.index, end: match.index + match[0].length });
      if (match[0].length === 0) global.lastIndex++;
    }
    spans = found;
    message.spans.set(pattern, spans);
  }
  return spans;
}

/** True for the marks that may close a sentence after its "?" (quotes, brackets, white space). */
function isClosingMark(code: number): boolean {
  return (
    code === 0x22 || // "
    code === 0x27 || // '
    code === 0x201d || // ”
    code === 0x2019 || // ’
    code === 0x29 || // )
    code === 0x5d || // ]
    isWhiteSpace(code)
  );
}

/** Runs the first pass over a message. */
export function prepareMessage(
  input: MessageInput,
  kind: MessageKind | undefined,
): PreparedMessage {
  const text = input.text;
  const masked = maskFieldsAsWords(input);
  const lower = normalizeForMatching(masked);
  const paragraphs = listParagraphs(input);
  const quoted = findQuotedSpans(masked);
  const isQuoted = (start: number, end: number): boolean => isInsideSpans(quoted, start, end);
  const sentences: AnalyzedSentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.hidden || paragraph.part === 'preheader') return;
    for (const span of splitSentences(masked, paragraph.start, paragraph.end)) {
      // The sentence's last mark before any closing quotes, brackets or white space.
      let mark = span.end - 1;
      while (mark >= span.start && isClosingMark(masked.charCodeAt(mark))) mark--;
      // Properties written out, not `...span`: V8 (Node 20) promotes objects built by a spread
      // followed by more properties to the old generation, which makes every scavenge slow.
      sentences.push({
        start: span.start,
        end: span.end,
        paragraph: index,
        part: paragraph.part,
        quoted: isWhollyQuoted(quoted, span),
        question:
          mark >= span.start &&
          masked.charCodeAt(mark) === 0x3f &&
          !isInsideSpans(quoted, mark, mark + 1),
      });
    }
  });
  const starts = sentences.map((sentence) => sentence.start);
  const sentenceAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 && offset < (sentences[found] as AnalyzedSentence).end ? found : -1;
  };
  return {
    input,
    text,
    masked,
    lower,
    ...(kind ? { kind } : {}),
    paragraphs,
    sentences,
    quoted,
    sentenceAt,
    isQuoted,
    matchPhrases: createPhraseMatcher(masked, lower),
    spans: undefined,
  };
}

const preparedByInput = new WeakMap<MessageInput, Map<string, PreparedMessage>>();
const PREPARED = {};

/**
 * Runs the first pass once per input object and kind, so that `analyzeMessage` and the
 * compliance checks reading the same message share it (kept in the message's own memo when it
 * carries one, see `memo-by-input.ts`).
 */
export function getPreparedMessage(
  input: MessageInput,
  kind: MessageKind | undefined,
): PreparedMessage {
  let perKind = memoGet(input, PREPARED, preparedByInput);
  if (!perKind) {
    perKind = new Map();
    memoSet(input, PREPARED, preparedByInput, perKind);
  }
  const key = kind ?? '';
  let prepared = perKind.get(key);
  if (!prepared) {
    prepared = prepareMessage(input, kind);
    perKind.set(key, prepared);
  }
  return prepared;
}

function isWhollyQuoted(quoted: readonly TextSpan[], span: TextSpan): boolean {
  return quoted.some((quote) => quote.start <= span.start && quote.end >= span.end);
}

/** True when the paragraph is read as the body (not subject, preheader or hidden). */
export function isReadAsBody(paragraph: MessageParagraph): boolean {
  return isBodyParagraph(paragraph);
}
