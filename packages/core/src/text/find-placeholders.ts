/**
 * Finds placeholders left in a template: "[FIRST NAME]", "[Company]", "<Prospect Name>", "XXX",
 * "$XX", "TK", "INSERT COMPANY", "FNAME", "lorem ipsum" and, in files with `{{ }}` merge syntax,
 * single-brace fields like "{FirstName}".
 *
 * Brackets only count when what is inside reads like a thing to fill in: a known noun ("name",
 * "company", optionally after "your"/"their"/"prospect's"), an instruction ("insert …"), two or
 * more words in capitals, or one word in capitals standing for a noun in running prose ("season
 * has hit [NEIGHBORHOOD], and …"). So "[1]", "[sic]", "[…]", "<3", "XXL", "insert the card",
 * "the TK Maxx store", tags ("[EXTERNAL] Re: …", "marked [URGENT]"), stage directions ("[LAUGHS]")
 * and Markdown links stay quiet. Merge fields are masked first.
 */
import type { MessageInput } from '../sincerity/message-input.js';
import { maskMergeFields } from './mask-merge-fields.js';
import { BARE_MERGE_TOKENS, PLACEHOLDER_NOUNS, PLACEHOLDER_VERBS } from './placeholder-words.js';

/** What kind of leftover a placeholder is. */
export type PlaceholderKind =
  'bracket' | 'angle' | 'brace' | 'percent' | 'filler' | 'instruction' | 'variable';

/** One placeholder; offsets into the message text, end exclusive. */
export interface PlaceholderFinding {
  kind: PlaceholderKind;
  start: number;
  end: number;
  text: string;
}

/** Options of `findPlaceholders`. */
export interface FindPlaceholdersOptions {
  /**
   * Also flag single-brace fields (`{FirstName}`): right for Handlebars and Liquid files, where
   * real fields have double braces.
   */
  singleBraces?: boolean;
}

const nouns = new Set(PLACEHOLDER_NOUNS.map((entry) => entry.word));
const verbs = PLACEHOLDER_VERBS.map((entry) => entry.word);
const bareTokens = new Set(BARE_MERGE_TOKENS.map((entry) => entry.word));
const OWNER =
  /^(?:your|their|his|her|the|our|my|(?:prospect|client|customer|recipient|contact|lead|company)(?:'s|’s|s'))\s+/u;
const FILLER_WORDS = /^(?:tbd|tk|tktk|xx+|\?+|name here|placeholder)$/u;

function normalize(phrase: string): string {
  return phrase
    .replace(/[_-]+/gu, ' ')
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s+here$/u, '');
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

function isAllCaps(text: string): boolean {
  return hasLetters(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Whether a phrase names something to fill in. */
function isPlaceholderPhrase(content: string): boolean {
  const phrase = normalize(content);
  if (phrase.length === 0) return false;
  if (FILLER_WORDS.test(phrase)) return true;
  if (nouns.has(phrase) || nouns.has(phrase.replace(OWNER, ''))) return true;
  if (verbs.some((verb) => phrase.startsWith(`${verb} `))) return true;
  const words = content
    .trim()
    .split(/[\s_]+/u)
    .filter(hasLetters);
  return words.length >= 2 && isAllCaps(content) && /^[\p{L}\s_'’.,/&-]+$/u.test(content.trim());
}

/**
 * Bracketed capitals that are tags, captions, stage directions or keys, not things to fill in:
 * "[NOTE]", "[PHOTO]", "[APPLAUSE]", "[ENTER]".
 */
const BRACKET_TAGS = new Set(
  (
    'NOTE NOTES UPDATE DRAFT ALERT REMINDER NOTICE SPAM PHOTO IMAGE PICTURE VIDEO AUDIO LOGO ' +
    'ICON GRAPHIC CHART TABLE FIGURE ATTACHMENT PROMO SALE BETA EDIT SPOILER CORRECTION ' +
    'ERRATUM MUSIC APPLAUSE SILENCE PAUSE LAUGHTER LAUGH CROSSTALK NOISE SIGH BEEP STATIC ' +
    'CHEERING ENTER RETURN SHIFT SPACE SUBMIT SEND CANCEL DELETE SAVE NEXT BACK HOME DONE ' +
    'TODO ADVERTISEMENT SPONSOR FREE SOLD CLOSE OPEN STOP START HELP MENU LOGIN SIGNUP RSVP'
  ).split(' '),
);
/**
 * Endings of the adjectives, participles and plurals a bracket tags a message or a transcript
 * with: "[EXTERNAL]", "[URGENT]", "[IMPORTANT]", "[REDACTED]", "[INAUDIBLE]", "[LAUGHS]".
 */
const TAG_ENDING = /(?:ED|ING|LY|AL|ENT|ANT|IVE|OUS|FUL|IBLE|ABLE|[^S]S)$/u;

/** How far back `lineBefore` reads: a list marker or the word before a bracket is near. */
const LINE_BEFORE_LIMIT = 64;

/**
 * The text of the line before `at`, at most `LINE_BEFORE_LIMIT` characters of it (a line with no
 * breaks can be megabytes long, and a text can hold thousands of brackets); `whole` is true when
 * that is the line from its start.
 */
function lineBefore(masked: string, at: number): { text: string; whole: boolean } {
  const limit = Math.max(0, at - LINE_BEFORE_LIMIT);
  let start = at;
  while (start > limit && masked.charCodeAt(start - 1) !== 0x0a) start--;
  return {
    text: masked.slice(start, at),
    whole: start === 0 || masked.charCodeAt(start - 1) === 0x0a,
  };
}

/**
 * "has hit [NEIGHBORHOOD], and": one word in capitals standing for a noun in running prose, after
 * a lower-case word on its line and before punctuation or a space, names a thing to fill in. At a
 * line's start ("[NOTE] The office…", "Re: [EXTERNAL]") it is a tag.
 */
function isSlotWord(masked: string, start: number, end: number, content: string): boolean {
  if (!/^\p{Lu}{4,}$/u.test(content) || !/[AEIOUY]/u.test(content)) return false;
  if (BRACKET_TAGS.has(content) || TAG_ENDING.test(content)) return false;
  if (!/\p{Ll}[\p{L}'’]*[ \t]+$/u.test(lineBefore(masked, start).text)) return false;
  const after = masked[end];
  return after === undefined || /^[\s,.!?;)'’"”]$/u.test(after);
}

function* findBrackets(masked: string): Generator<PlaceholderFinding> {
  for (const match of masked.matchAll(/\[([^[\]\n]{1,48})\]/gu)) {
    const after = masked[match.index + match[0].length];
    if (after === '(' || after === '[') continue;
    const atLineStart = match.index === 0 || masked[match.index - 1] === '\n';
    if (after === ':' && atLineStart) continue;
    if (masked[match.index - 1] === '!' || masked[match.index - 1] === ']') continue;
    const content = match[1] as string;
    const line = lineBefore(masked, match.index);
    const isTaskListBox = line.whole && /^\s*(?:[-*+]|\d+[.)])\s+$/u.test(line.text);
    // "[X]%" is a number to fill in, but "- [x] done" is a Markdown task list item.
    const isNumberToFill = content === 'X' && !isTaskListBox;
    const end = match.index + match[0].length;
    if (
      content.startsWith('^') ||
      !(
        isNumberToFill ||
        isPlaceholderPhrase(content) ||
        isSlotWord(masked, match.index, end, content)
      )
    )
      continue;
    yield {
      kind: 'bracket',
      start: match.index,
      end,
      text: match[0],
    };
  }
}

function* findAngles(masked: string): Generator<PlaceholderFinding> {
  for (const match of masked.matchAll(/<([\p{L}][^<>\n=@:/]{0,47})>/gu)) {
    const content = (match[1] as string).trim();
    const words = content.split(/\s+/u);
    // One lower-case word looks like an HTML tag (`<title>`); a placeholder is capitalised.
    if (words.length === 1 && !/^\p{Lu}/u.test(content)) continue;
    if (!isPlaceholderPhrase(content)) continue;
    yield { kind: 'angle', start: match.index, end: match.index + match[0].length, text: match[0] };
  }
}

function looksLikeVariable(name: string): boolean {
  return (
    /[a-z][A-Z]/u.test(name) ||
    name.includes('_') ||
    name.includes('.') ||
    nouns.has(normalize(name))
  );
}

function* findSingleBraces(masked: string): Generator<PlaceholderFinding> {
  for (const match of masked.matchAll(/(?<!\{)\{\s*([A-Za-z_][\w.]{1,40})\s*\}(?!\})/gu)) {
    if (!looksLikeVariable(match[1] as string)) continue;
    yield { kind: 'brace', start: match.index, end: match.index + match[0].length, text: match[0] };
  }
}

function* findPercentVariables(masked: string): Generator<PlaceholderFinding> {
  for (const match of masked.matchAll(/(?<![\p{L}\p{N}%])%([A-Za-z_]{2,30})%(?![\p{L}\p{N}%])/gu)) {
    const name = match[1] as string;
    if (!bareTokens.has(name.toUpperCase()) && !nouns.has(normalize(name))) continue;
    yield {
      kind: 'percent',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
  }
}

/**
 * "XXX", "$XX", "X,XXX", "XX%": a number or a name still to fill in. An amount keeps its currency
 * and its magnitude ("$XXXk", "€X.Xm", "£xx", "XXk"), the way a recruiter's or a quote's
 * template leaves a salary or a price; without a currency sign a magnitude needs two X's, so
 * "XXL" (a size) and "Sirius XM" stay quiet.
 */
const FILLER_XS =
  /(?<![\p{L}\p{N}])(?:[$€£]?X{1,3}(?:[,.]X{3})+(?:[kKmMB]|mm|MM|bn)?|[$€£](?:X+|x{2,})(?:[.,](?:X+|x+))?(?:[kKmMB]|mm|MM|bn)?|X+%|X{2,}(?:[.,]X+)?[kK]|X{3,})(?![\p{L}\p{N}])/gu;

function* findFillers(masked: string): Generator<PlaceholderFinding> {
  for (const match of masked.matchAll(FILLER_XS)) {
    yield {
      kind: 'filler',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
  }
  for (const match of masked.matchAll(/(?<![\p{L}\p{N}\-/.'’])(?:TK)+(?![\p{L}\p{N}\-/'’])/gu)) {
    // "TK Maxx", "Tom (TK) Becker": a capitalised word after TK makes it a name.
    const next = /^[)"”’]?\s+(\S)(\S?)/u.exec(masked.slice(match.index + match[0].length));
    if (next && /\p{Lu}/u.test(next[1] as string) && /\p{Ll}/u.test((next[2] as string) || 'x'))
      continue;
    yield {
      kind: 'filler',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
  }
  // No `u` flag: the words are ASCII, and case-insensitive matching is ≈ 10× faster without it.
  for (const match of masked.matchAll(/\blorem ipsum\b/gi)) {
    yield {
      kind: 'filler',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
  }
}

function* findInstructions(masked: string): Generator<PlaceholderFinding> {
  for (const match of masked.matchAll(
    /(?<![\p{L}\p{N}])INSERT(?:[ \t]+(?!INTO\b)[\p{Lu}][\p{Lu}'’]*)+(?![\p{L}\p{N}])/gu,
  )) {
    yield {
      kind: 'instruction',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
  }
}

function* findBareVariables(masked: string): Generator<PlaceholderFinding> {
  for (const match of masked.matchAll(/(?<![\p{L}\p{N}_{%])[A-Z][A-Z_]{3,}(?![\p{L}\p{N}_}%])/gu)) {
    if (!bareTokens.has(match[0])) continue;
    yield {
      kind: 'variable',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    };
  }
}

/**
 * Finds leftover placeholders in a message.
 *
 * @returns findings in text order; a finding inside another (the "INSERT COMPANY" of
 *   "[INSERT COMPANY]") is dropped.
 * @example
 * findPlaceholders('Hi [FIRST NAME], I saw XXX.').map((f) => f.text); // ['[FIRST NAME]', 'XXX']
 */
export function findPlaceholders(
  input: MessageInput | string,
  options: FindPlaceholdersOptions = {},
): PlaceholderFinding[] {
  const text = typeof input === 'string' ? input : input.text;
  const masked = maskMergeFields(input);
  const all = [
    ...findBrackets(masked),
    ...findAngles(masked),
    ...(options.singleBraces ? findSingleBraces(masked) : []),
    ...findPercentVariables(masked),
    ...findFillers(masked),
    ...findInstructions(masked),
    ...findBareVariables(masked),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceholderFinding[] = [];
  for (const finding of all) {
    const last = kept[kept.length - 1];
    if (last && finding.start < last.end) continue;
    // Properties written out, not `...finding` (see `prepareMessage` on V8 and spreads).
    kept.push({
      kind: finding.kind,
      start: finding.start,
      end: finding.end,
      text: text.slice(finding.start, finding.end),
    });
  }
  return kept;
}
