/**
 * Finds shouting: words in capitals that are not acronyms, and runs of `!`/`?`.
 *
 * Capitals are judged per run of consecutive capitalised words (separated only by spaces,
 * commas, dashes, `&` or quotes). A run shouts when it has a hype word ("FREE", "URGENT"), when two
 * or more of its words include an everyday word ("DON'T MISS", "CLICK HERE"), or when it has three
 * or more words of which at least two are not known acronyms. Known acronyms ("NASA", "ROI"),
 * roman numerals, single letters ("I", "A/B"), mixed case ("SaaS", "OKRs"), and code-like tokens
 * (digits, underscores, paths, handles) never count. Merge fields are masked first.
 */
import type { MessageInput } from '../sincerity/message-input.js';
import { ACRONYMS, EVERYDAY_WORDS, HYPE_WORDS } from './capitalized-words.js';
import { maskMergeFields } from './mask-merge-fields.js';
import { scanTokens } from './scan-words.js';

/** One finding of `findShouting`; offsets are into the message text, end exclusive. */
export interface ShoutingFinding {
  kind: 'capitals' | 'punctuation';
  start: number;
  end: number;
  text: string;
  /** The calmer text: sentence case for capitals, one mark for punctuation. */
  replacement: string;
}

/** Options of `findShouting`. */
export interface FindShoutingOptions {
  /** More words to accept in capitals (brand names, your own acronyms). */
  allow?: readonly string[];
}

interface Token {
  start: number;
  end: number;
  text: string;
  kind: 'caps' | 'letter' | 'other';
}

const SEPARATOR = /^[ \t,&\-–—'’"“”]+$/u;
const PUNCTUATION_RUN = /[!?]{2,}/gu;
const ROMAN_NUMERAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const CODE_NEIGHBOUR_BEFORE = new Set([
  '/',
  '.',
  '@',
  '#',
  '$',
  '\\',
  ':',
  '=',
  '_',
  '<',
  '>',
  '`',
  '%',
  '{',
  '[',
]);
const CODE_NEIGHBOUR_AFTER = new Set(['/', '@', '\\', '=', '_', '(', '`', '%', '}', '>', '[']);

const acronyms = new Set(ACRONYMS.map((entry) => entry.word.toUpperCase()));
const hype = new Set(HYPE_WORDS.map((entry) => entry.word));
const everyday = new Set(EVERYDAY_WORDS.map((entry) => entry.word));

function hasAsciiLowerCase(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function classify(text: string, token: string, start: number, end: number): Token['kind'] {
  // Most tokens have a lower-case letter: every test below would say "other" for them too.
  if (token !== token.toUpperCase()) return 'other';
  if (/[\d_]/u.test(token)) return 'other';
  const before = text[start - 1];
  const after = text[end];
  if (
    before !== undefined &&
    CODE_NEIGHBOUR_BEFORE.has(before) &&
    isLetterOrDigit(text[start - 2] ?? ' ')
  )
    return 'other';
  if (before !== undefined && ['@', '#', '$', '\\', '_', '`', '{', '<'].includes(before))
    return 'other';
  if (after !== undefined && CODE_NEIGHBOUR_AFTER.has(after)) return 'other';
  if (after === '.' && isLetterOrDigit(text[end + 1])) return 'other';
  if (before === '/' || after === '/') return 'other';
  if (before === '-' && isLetterOrDigit(text[start - 2]) && /\d/u.test(text[start - 2] ?? ''))
    return 'other';
  if (after === '-' && /\d/u.test(text[end + 1] ?? '')) return 'other';
  const letters = token.replace(/['’]/gu, '');
  if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return 'other';
  return letters.length === 1 ? 'letter' : 'caps';
}

function normalizeWord(word: string): string {
  return word.replace(/’/gu, "'");
}

function toSentenceCase(
  run: readonly Token[],
  text: string,
  startsSentence: boolean,
  isKnown: (w: string) => boolean,
): string {
  let result = '';
  run.forEach((token, index) => {
    if (index > 0) result += text.slice((run[index - 1] as Token).end, token.start);
    const word = normalizeWord(token.text);
    if (isKnown(word) || word === 'I' || word.startsWith("I'")) {
      result +=
        token.kind === 'caps' && word.startsWith("I'")
          ? `I${token.text.slice(1).toLowerCase()}`
          : token.text;
    } else {
      const lower = token.text.toLowerCase();
      result +=
        index === 0 && startsSentence ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    }
  });
  return result;
}

function startsSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).replace(/[\s"“'‘(]+$/u, '');
  return before.length === 0 || /[.!?:\n]$/u.test(before) || /\n\s*$/u.test(text.slice(0, start));
}

/**
 * Finds shouted capitals and repeated `!`/`?` in a message.
 *
 * @returns findings in text order.
 * @example
 * findShouting('Please DO NOT MISS this!!').map((f) => f.text); // ['DO NOT MISS', '!!']
 */
export function findShouting(
  input: MessageInput | string,
  options: FindShoutingOptions = {},
): ShoutingFinding[] {
  const text = typeof input === 'string' ? input : input.text;
  const masked = maskMergeFields(input);
  const allowed = new Set((options.allow ?? []).map((word) => word.toUpperCase()));
  const isKnown = (word: string): boolean => {
    const upper = word.toUpperCase();
    return (
      acronyms.has(upper) || allowed.has(upper) || (upper.length > 1 && ROMAN_NUMERAL.test(upper))
    );
  };
  const findings: ShoutingFinding[] = [];

  const flush = (run: Token[]): void => {
    while (run.length > 0 && run[0]!.kind === 'letter') run.shift();
    while (run.length > 0 && run[run.length - 1]!.kind === 'letter') run.pop();
    const words = run
      .filter((token) => token.kind === 'caps')
      .map((token) => normalizeWord(token.text));
    if (words.length === 0) return;
    const unknown = words.filter((word) => !isKnown(word));
    if (unknown.length === 0) return;
    const shouts =
      unknown.some((word) => hype.has(word)) ||
      (words.length >= 2 && unknown.some((word) => everyday.has(word))) ||
      (words.length >= 3 && unknown.length >= 2);
    if (!shouts) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    findings.push({
      kind: 'capitals',
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      replacement: toSentenceCase(run, text, startsSentence(text, first.start), isKnown),
    });
  };

  // One pass over the tokens: a run of capitalised words ends at any other token or at a gap
  // that is not a separator (an empty run has nothing to flush).
  let run: Token[] = [];
  scanTokens(masked, (start, end) => {
    // A token with a lower-case ASCII letter is "other" (see `classify`): no need to cut it out.
    let kind: Token['kind'] = 'other';
    let text: string | undefined;
    if (!hasAsciiLowerCase(masked, start, end)) {
      text = masked.slice(start, end);
      kind = classify(masked, text, start, end);
    }
    if (kind === 'other') {
      if (run.length > 0) {
        flush(run);
        run = [];
      }
      return;
    }
    const previous = run[run.length - 1];
    if (previous && !SEPARATOR.test(masked.slice(previous.end, start))) {
      flush(run);
      run = [];
    }
    run.push({ start, end, text: text as string, kind });
  });
  flush(run);

  for (const match of masked.matchAll(PUNCTUATION_RUN)) {
    const marks = match[0];
    const before = masked[match.index - 1];
    const after = masked[match.index + marks.length];
    if (before === undefined || /[\s([{=&|,;]/u.test(before) || isLetterOrDigit(after)) continue;
    if (marks.length === 2 && marks[0] !== marks[1]) continue;
    findings.push({
      kind: 'punctuation',
      start: match.index,
      end: match.index + marks.length,
      text: marks,
      replacement: marks.includes('?') ? '?' : '!',
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}
