/**
 * Gives each visible body paragraph the part it plays in the email, from its wording alone:
 *
 * - `greeting`: the first short salutation ("Hi {{firstName}},", "Dear Mr. Smith,") among the
 *   first paragraphs. When text follows it on the next line, the salutation line is split off.
 * - `opening`: the paragraph after the greeting (the first paragraph when there is none).
 * - `sign-off`: the last closing ("Best,", "Thanks,\nSam", "Cheers, Sam") near the end, and the
 *   short signature paragraphs right after it. A closing line at the end of a paragraph is split off.
 * - `postscript`: a paragraph that starts with "P.S." or "PS:".
 * - `call-to-action`: the last paragraph between the opening and the sign-off that asks a
 *   question, makes a request or holds a link.
 * - `body`: everything else.
 *
 * The patterns are deliberately narrow: a paragraph that only might be a greeting stays `body`.
 */
import type { Block, BlockNode, InlineNode, Paragraph, Text } from './ast.js';
import { createText } from './create-nodes.js';
import type { Locator } from './locations.js';
import { ParagraphBuilder } from './paragraph-builder.js';

/** Stands for a merge field when matching wording: one word, never punctuation. */
const FIELD = '\uE000';
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/u;
/** How many of the first paragraphs may hold the greeting (a "View in browser" line may come first). */
const GREETING_WINDOW = 3;
/** How many of the last paragraphs may hold the sign-off (a footer may follow it). */
const SIGN_OFF_WINDOW = 4;

const SALUTATION =
  /^(?:hi|hello|hey|hiya|heya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day))(?![\p{L}\p{N}])/iu;
const HONORIFIC = /\b(Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St)\./gu;
const CLOSING =
  /^(?:(?:best|kind|warm|warmest|warmly|many|with\s+(?:kind|warm|best))\s+(?:regards|wishes|thanks)|best|regards|warmly|warmest|cheers|thanks(?:\s+(?:again|so\s+much|a\s+lot|a\s+ton))?|thank\s+you(?:\s+(?:again|so\s+much))?|many\s+thanks|sincerely(?:\s+yours)?|yours(?:\s+(?:truly|sincerely))?|talk\s+(?:soon|later)|speak\s+soon|all\s+the\s+best|take\s+care|with\s+(?:gratitude|thanks|appreciation)|respectfully|cordially|gratefully)(?![\p{L}\p{N}])/iu;
/** After a closing phrase: nothing but punctuation, or a comma or dash and a capitalised name. */
const CLOSING_REST =
  /^\s*[,.!]*\s*$|^\s*[,—–-]\s*(?:\p{Lu}[\p{L}.'’-]*|\uE000)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\uE000)){0,3}\s*[.!]?\s*$/u;
const POSTSCRIPT = /^p\.?\s?(?:p\.?\s?)?s\.?(?=[\s:,\-—–]|$)/iu;
// No `u` flag: every word is ASCII, and case-insensitive matching is ≈ 4× faster without it.
const REQUEST =
  /\b(?:let\s+me\s+know|would\s+you|could\s+you|can\s+you|will\s+you|are\s+you\s+(?:free|open|available|around|up\s+for)|do\s+you\s+have|reply|respond|book|schedule|pick\s+a\s+time|grab\s+(?:a|some)\s+time|hop\s+on|jump\s+on|click|sign\s+up|register|join\s+us|check\s+out|take\s+a\s+look|have\s+a\s+look|feel\s+free\s+to|let['’]s|shall\s+we|when\s+works|what\s+works)\b/i;
const LINK = /https?:\/\/|\bwww\./iu;

/** The paragraph's wording with merge fields as one placeholder character each. */
function wording(paragraph: Paragraph): string {
  return paragraph.children
    .map((node) => (node.type === 'Text' ? node.value : node.type === 'MergeField' ? FIELD : ''))
    .join('');
}

function lines(paragraph: Paragraph): string[] {
  return wording(paragraph)
    .split(LINE_BREAK)
    .map((line) => line.trim());
}

function isGreetingLine(line: string): boolean {
  const salutation = SALUTATION.exec(line);
  if (!salutation || line.length > 80) return false;
  const name = line
    .slice(salutation[0].length)
    .replace(HONORIFIC, '$1')
    .replace(/^[\s,]+/u, '')
    .replace(/[\s,.!:;—–-]+$/u, '');
  if (/[,.!?;:]/u.test(name)) return false;
  return name === '' || name.split(/\s+/u).length <= 4;
}

/** A one-line greeting in another branch of a conditional: an `else` tag stands between them. */
function isAlternativeGreeting(
  previous: Paragraph,
  paragraph: Paragraph | undefined,
  elseTags: readonly Block[],
): boolean {
  if (!paragraph) return false;
  const all = lines(paragraph);
  if (all.length !== 1 || !isGreetingLine(all[0] ?? '')) return false;
  return elseTags.some(
    (tag) => tag.range[0] >= previous.range[0] && tag.range[1] <= paragraph.range[0],
  );
}

function isClosingLine(line: string): boolean {
  const closing = CLOSING.exec(line);
  return closing !== null && CLOSING_REST.test(line.slice(closing[0].length));
}

/** A short line of a signature: a name, a title, a company, a phone number. */
function isSignatureLine(line: string): boolean {
  return !line.includes('?') && line.split(/\s+/u).length <= 8 && !/[.!]\s+\p{L}/u.test(line);
}

function isSignature(paragraph: Paragraph): boolean {
  const all = lines(paragraph);
  return all.length <= 6 && all.every(isSignatureLine);
}

function isPostscript(paragraph: Paragraph): boolean {
  return POSTSCRIPT.test(wording(paragraph).trimStart());
}

function isCallToAction(paragraph: Paragraph, linked: ReadonlySet<Paragraph>): boolean {
  if (linked.has(paragraph)) return true;
  const text = wording(paragraph);
  if (text.includes('?') || REQUEST.test(text) || LINK.test(text)) return true;
  return paragraph.children.some(
    (node) => node.type === 'MergeField' && /(?:url|link)$/iu.test(node.path),
  );
}

/** Where a paragraph's lines break: inside a `Text` at `at`, or a whole node (`<br>`). */
interface LineBreakAt {
  child: number;
  at: number;
  length: number;
}

function findLineBreaks(paragraph: Paragraph): LineBreakAt[] {
  const breaks: LineBreakAt[] = [];
  paragraph.children.forEach((node, child) => {
    if (node.type !== 'Text') return;
    if (node.raw !== undefined) {
      if (LINE_BREAK.test(node.value)) breaks.push({ child, at: 0, length: node.value.length });
      return;
    }
    for (const match of node.value.matchAll(/\r\n|[\r\n\u2028\u2029]/gu)) {
      breaks.push({ child, at: match.index, length: match[0].length });
    }
  });
  return breaks;
}

/** Splits a paragraph at one of its line breaks; undefined when a side would hold no text. */
function splitAt(
  locator: Locator,
  paragraph: Paragraph,
  lineBreak: LineBreakAt,
): [Paragraph, Paragraph] | undefined {
  const before: InlineNode[] = paragraph.children.slice(0, lineBreak.child);
  const after: InlineNode[] = paragraph.children.slice(lineBreak.child + 1);
  const node = paragraph.children[lineBreak.child] as Text;
  if (node.raw === undefined) {
    const [start, end] = node.range;
    const cut = start + lineBreak.at;
    if (cut > start) before.push(createText(locator, [start, cut]));
    if (cut + lineBreak.length < end)
      after.unshift(createText(locator, [cut + lineBreak.length, end]));
  }
  const build = (children: InlineNode[]): Paragraph | undefined => {
    const builder = new ParagraphBuilder(locator, { collapseWhitespace: false });
    for (const child of children) builder.add(child);
    return builder.flush({ hidden: paragraph.hidden, origin: paragraph.origin })?.paragraph;
  };
  const head = build(before);
  const tail = build(after);
  if (!head || !tail) return undefined;
  head.origin = paragraph.origin;
  tail.origin = paragraph.origin;
  return [head, tail];
}

/** The paragraphs whose part comes from their wording (not subject, preheader, hidden or alt text). */
function isProse(block: BlockNode): block is Paragraph {
  return (
    block.type === 'Paragraph' &&
    !block.hidden &&
    block.part === 'body' &&
    block.origin !== 'alt' &&
    block.origin !== 'front-matter' &&
    block.origin !== 'title'
  );
}

/** Replaces `old` in `blocks` by `replacement`, keeping links marked. */
function replace(
  blocks: BlockNode[],
  linked: Set<Paragraph>,
  old: Paragraph,
  replacement: Paragraph[],
): void {
  blocks.splice(blocks.indexOf(old), 1, ...replacement);
  if (linked.has(old)) for (const paragraph of replacement) linked.add(paragraph);
}

/**
 * Sets `part` on the visible body paragraphs of `blocks` (in place), splitting a greeting or a
 * closing line off the paragraph it shares. `elseTags` are the template's `else` tags, which tell
 * alternative greetings apart.
 */
export function detectParts(
  locator: Locator,
  blocks: BlockNode[],
  linked: Set<Paragraph>,
  elseTags: readonly Block[] = [],
): void {
  let prose = blocks.filter(isProse);

  const greetingIndex = prose
    .slice(0, GREETING_WINDOW)
    .findIndex((paragraph) => isGreetingLine(lines(paragraph)[0] ?? ''));
  if (greetingIndex >= 0) {
    const greeting = prose[greetingIndex] as Paragraph;
    const [firstBreak] = findLineBreaks(greeting);
    const split = firstBreak ? splitAt(locator, greeting, firstBreak) : undefined;
    if (split) {
      replace(blocks, linked, greeting, split);
      prose = blocks.filter(isProse);
    }
    (prose[greetingIndex] as Paragraph).part = 'greeting';
  }
  // Alternative greetings in the branches of a conditional (`{{#if}}<p>Hi X,</p>{{else}}<p>Hi there,</p>{{/if}}`).
  let lastGreeting = greetingIndex;
  while (
    greetingIndex >= 0 &&
    isAlternativeGreeting(prose[lastGreeting] as Paragraph, prose[lastGreeting + 1], elseTags)
  ) {
    lastGreeting++;
    (prose[lastGreeting] as Paragraph).part = 'greeting';
  }

  const postscripts = new Set(prose.filter(isPostscript));
  for (const paragraph of postscripts) paragraph.part = 'postscript';
  const firstOpen = lastGreeting + 1;
  const opening = prose.slice(firstOpen).find((paragraph) => !postscripts.has(paragraph));
  const openingIndex = opening ? prose.indexOf(opening) : prose.length;

  // The sign-off: the last closing line among the last paragraphs, after the opening.
  const tail = prose.filter(
    (paragraph, index) => index > openingIndex && !postscripts.has(paragraph),
  );
  let signOffStart: Paragraph | undefined;
  for (const paragraph of tail.slice(-SIGN_OFF_WINDOW).reverse()) {
    const all = lines(paragraph);
    const closingLine = all.findIndex(isClosingLine);
    if (closingLine < 0 || !all.slice(closingLine + 1).every(isSignatureLine)) continue;
    if (closingLine === 0) {
      signOffStart = paragraph;
    } else {
      const lineBreak = findLineBreaks(paragraph)[closingLine - 1];
      const split = lineBreak ? splitAt(locator, paragraph, lineBreak) : undefined;
      if (!split) continue;
      replace(blocks, linked, paragraph, split);
      signOffStart = split[1];
    }
    break;
  }
  prose = blocks.filter(isProse);
  let signOffIndex = prose.length;
  if (signOffStart) {
    signOffIndex = prose.indexOf(signOffStart);
    signOffStart.part = 'sign-off';
    for (const paragraph of prose.slice(signOffIndex + 1)) {
      if (paragraph.part !== 'body' || !isSignature(paragraph)) break;
      paragraph.part = 'sign-off';
    }
  }

  if (opening) opening.part = 'opening';
  const openingAt = opening ? prose.indexOf(opening) : prose.length;
  const middle = prose
    .slice(openingAt + 1, signOffIndex)
    .filter((paragraph) => paragraph.part === 'body');
  const callToAction = middle.findLast((paragraph) => isCallToAction(paragraph, linked));
  if (callToAction) callToAction.part = 'call-to-action';
}
