/**
 * Word counting over the part of a message the reader reads as its body: paragraphs that are not
 * hidden and are not the subject or preheader. Merge syntax counts as one word (it renders as a
 * name or a phrase); URLs, numbers like `1,000` and contractions count as one word each.
 */
import type { MessageInput, MessageParagraph } from '../sincerity/message-input.js';
import { maskMergeFields } from './mask-merge-fields.js';
import { memoByInput } from './memo-by-input.js';
import { scanWords } from './scan-words.js';

/** A word's offsets in the message text (end exclusive). */
export interface WordSpan {
  start: number;
  end: number;
}

/** Paragraphs of the message; the text split on blank lines when the input lists none. */
export function listParagraphs(input: MessageInput): MessageParagraph[] {
  if (input.paragraphs) return [...input.paragraphs];
  const paragraphs: MessageParagraph[] = [];
  const blankLine = /\n[ \t]*\n\s*/gu;
  let start = 0;
  for (const match of input.text.matchAll(blankLine)) {
    paragraphs.push({ start, end: match.index, part: 'body' });
    start = match.index + match[0].length;
  }
  paragraphs.push({ start, end: input.text.length, part: 'body' });
  return paragraphs;
}

/** True for a paragraph the reader reads as the body (not subject, preheader or hidden text). */
export function isBodyParagraph(paragraph: MessageParagraph): boolean {
  return !paragraph.hidden && paragraph.part !== 'subject' && paragraph.part !== 'preheader';
}

/**
 * Finds the words of the message body, in order.
 *
 * @returns each word's offsets into `input.text`.
 * @example
 * findBodyWords({ text: 'Hi {{name}}, thanks!' }).length; // 3
 */
export function findBodyWords(input: MessageInput | string): WordSpan[] {
  if (typeof input === 'string') return listBodyWords({ text: input });
  // Several rules count the same message: its words are found once, and each caller gets copies.
  return bodyWordsOnce(input).map(({ start, end }) => ({ start, end }));
}

const bodyWordsOnce = memoByInput(listBodyWords);

/** The body's words of a message object, shared (not copied): for callers that only read them. */
export function readBodyWords(input: MessageInput): readonly WordSpan[] {
  return bodyWordsOnce(input);
}

function listBodyWords(message: MessageInput): WordSpan[] {
  const masked = maskMergeFields(message);
  const words: WordSpan[] = [];
  const push = (start: number, end: number): void => {
    words.push({ start, end });
  };
  for (const paragraph of listParagraphs(message)) {
    if (!isBodyParagraph(paragraph)) continue;
    // A caller's paragraph may reach past the text's end; the scan stops at the text's end.
    scanWords(masked, paragraph.start, Math.min(paragraph.end, masked.length), push);
  }
  return words;
}

/**
 * Counts the words of the message body.
 *
 * @returns the number of words.
 * @example
 * countWords('Thanks for the call, {{firstName}}.'); // 5
 */
export function countWords(input: MessageInput | string): number {
  return typeof input === 'string'
    ? listBodyWords({ text: input }).length
    : readBodyWords(input).length;
}
