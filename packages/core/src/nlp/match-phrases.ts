/**
 * The cheap lexical prefilter: each phrase list is compiled once into word-bounded regular
 * expressions and run over the whole (lower-cased, merge-masked) text in one linear pass per entry.
 * Only sentences with a match are then looked at more closely, and only some of those are tagged.
 */
import type { PhraseEntry } from '../data/phrase-entry.js';
import { LITERAL_CLAUSES } from './literal-clauses.generated.js';
import { BOUNDARY, isWordCharacter, requiredLiterals } from './required-literals.js';

/** A phrase list entry that matched, with its offsets into the searched text. */
export interface PhraseMatch {
  entry: PhraseEntry;
  start: number;
  end: number;
}

/**
 * A phrase list made ready to match, entry by entry (parallel arrays, read in one tight loop).
 * Regular expressions are built the first time their entry's prefilter lets a text through:
 * building one costs 0.05–0.5 ms, and most entries meet few texts that may hold them.
 *
 * A match must not end inside a word. Each entry has two expressions for that: a quick one that
 * only looks ahead for an ASCII letter or digit, and the exact one, `(?![\p{L}\p{N}])`, built
 * only when a match of the quick one ends before another letter (`precedesWordPart`). A
 * `\p{L}\p{N}` class costs V8 ≈ 0.14 ms to compile per expression, a third of a run's
 * compiling, and mail seldom runs a phrase into a letter outside ASCII.
 */
interface CompiledList {
  /** The patterns with each space as `\s+`. */
  spaced: string[];
  /** Per entry, the quick expression (see above), once built. */
  patterns: (RegExp | undefined)[];
  /** Per entry, the exact expression, once needed. */
  exactPatterns: (RegExp | undefined)[];
  /** The prefilter's test per entry, see `toGate`; empty when nothing is known. */
  gates: Int32Array[];
  /** Per entry, windows of which every match holds one (read before the whole gate). */
  probes: Int32Array[];
  caseSensitive: Uint8Array;
}

/**
 * The clauses of `requiredLiterals` as one flat list of window hashes, read front to back by
 * `passes`: the clause count, then per clause the windows all of its literals share (count,
 * hashes), then its literals (count, then per literal: count, hashes).
 */
function toGate(clauses: readonly (readonly string[])[]): Int32Array {
  if (clauses.length === 0) return new Int32Array(0);
  const out: number[] = [clauses.length];
  for (const literals of clauses) {
    const windows = literals.map(toWindows);
    const [first = [], ...rest] = windows;
    const shared = [
      ...new Set(first.filter((hash) => rest.every((other) => other.includes(hash)))),
    ];
    out.push(shared.length, ...shared, windows.length);
    for (const literal of windows) out.push(literal.length, ...literal);
  }
  return Int32Array.from(out);
}

/**
 * A quick first test for a gate: the rarest window a whole clause shares (the first clause that has
 * one), else the rarest window of each literal of the clause with the fewest literals (a text must
 * hold one of them); empty when unknown.
 */
function toProbe(gate: Int32Array): Int32Array {
  if (gate.length === 0) return gate;
  let fewest: number[] | undefined;
  let at = 1;
  for (let clause = 0; clause < (gate[0] as number); clause++) {
    const shared = gate[at++] as number;
    if (shared > 0) return Int32Array.of(gate[at] as number);
    at += shared;
    const literals = gate[at++] as number;
    const firsts: number[] = [];
    for (let literal = 0; literal < literals; literal++) {
      const windows = gate[at++] as number;
      if (windows > 0) firsts.push(gate[at] as number);
      at += windows;
    }
    if (firsts.length === literals && (!fewest || literals < fewest.length)) fewest = firsts;
  }
  return Int32Array.from(fewest ?? []);
}

/**
 * The clauses of `requiredLiterals` for a pattern whose spaces are written `\s+`: precomputed for
 * the built-in phrase lists (`literal-clauses.generated.ts`), worked out for any other. Working
 * them out for the 300 built-in patterns takes ≈ 70 ms, most of a short run's first message.
 */
export function literalClauses(spaced: string): string[][] {
  precomputed ??= readClauseTable(LITERAL_CLAUSES);
  const row = precomputed.get(patternKey(spaced));
  return row === undefined ? requiredLiterals(spaced, true) : parseClauses(row);
}

/** The precomputed clauses by `patternKey`, each still in its text form; read on first use. */
let precomputed: ReadonlyMap<number, string> | undefined;

/**
 * A 53-bit hash of a pattern (two 32-bit FNV-1a hashes, one cut to 21 bits), the key of its
 * precomputed clauses: the built-in patterns are 180 KB in all, too much to repeat as keys.
 */
export function patternKey(spaced: string): number {
  let high = 0x811c9dc5;
  let low = 0x01000193 ^ spaced.length;
  for (let at = 0; at < spaced.length; at++) {
    const code = spaced.charCodeAt(at);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x5bd1e995);
  }
  return (high >>> 0) * 0x200000 + ((low >>> 11) & 0x1fffff);
}

/**
 * Reads the clause table's rows by key. A row is a pattern's key in base 36, then each clause
 * after a space, its literals separated by "|", with "_" for `BOUNDARY` (a literal holds only
 * letters, digits and boundaries, so none of these can be part of one); a row with only a key is
 * a pattern with no clauses. Each row's clauses are kept as text until a list uses the pattern.
 */
function readClauseTable(rows: readonly string[]): ReadonlyMap<number, string> {
  const table = new Map<number, string>();
  for (const row of rows) {
    const space = row.indexOf(' ');
    table.set(
      Number.parseInt(space < 0 ? row : row.slice(0, space), 36),
      space < 0 ? '' : row.slice(space + 1),
    );
  }
  return table;
}

function parseClauses(text: string): string[][] {
  if (text === '') return [];
  return text
    .split(' ')
    .map((clause) => clause.split('|').map((literal) => literal.replaceAll('_', BOUNDARY)));
}

/**
 * The rows of the clause table for these patterns (spaces written `\s+`), sorted by key: what
 * `literal-clauses.generated.ts` holds for the built-in lists (its test writes it).
 */
export function clauseTableRows(spacedPatterns: Iterable<string>): string[] {
  const rows = new Map<number, string>();
  for (const spaced of spacedPatterns) {
    const key = patternKey(spaced);
    const clauses = requiredLiterals(spaced, true).map((clause) =>
      clause.map((literal) => literal.replaceAll(BOUNDARY, '_')).join('|'),
    );
    rows.set(key, [key.toString(36), ...clauses].join(' '));
  }
  return [...rows.keys()].sort((a, b) => a - b).map((key) => rows.get(key) as string);
}

const compiled = new WeakMap<readonly PhraseEntry[], CompiledList>();

function compile(entries: readonly PhraseEntry[]): CompiledList {
  let list = compiled.get(entries);
  if (!list) {
    const spaced = entries.map(({ pattern }) => pattern.replaceAll(' ', '\\s+'));
    const gates = spaced.map((pattern) => toGate(literalClauses(pattern)));
    list = {
      // The start of a match is checked by `followsWordPart`, not by a look-behind: the two
      // agree, and a look-behind would cost every pattern a second `\p{…}` class to build.
      spaced,
      patterns: entries.map(() => undefined),
      exactPatterns: entries.map(() => undefined),
      gates,
      probes: gates.map(toProbe),
      caseSensitive: Uint8Array.from(entries, (entry) => (entry.caseSensitive ? 1 : 0)),
    };
    compiled.set(entries, list);
  }
  return list;
}

const WINDOW_BITS = 16;
const WINDOW_MASK = (1 << WINDOW_BITS) - 1;

function windowHash(a: number, b: number, c: number): number {
  return (
    ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 16) &
    WINDOW_MASK
  );
}

/**
 * How often a character appears in English text, per mille (Lewand's letter frequencies; the
 * boundary stands for spaces and punctuation, the most frequent of all). Unlisted characters
 * (digits, other scripts) count as rare.
 */
const CHARACTER_FREQUENCY: Readonly<Record<string, number>> = {
  '\u0000': 180,
  e: 127,
  t: 91,
  a: 82,
  o: 75,
  i: 70,
  n: 67,
  s: 63,
  h: 61,
  r: 60,
  d: 43,
  l: 40,
  c: 28,
  u: 28,
  m: 24,
  w: 24,
  f: 22,
  g: 20,
  y: 20,
  p: 19,
  b: 15,
  v: 10,
  k: 8,
  "'": 5,
  j: 2,
  x: 2,
  q: 1,
  z: 1,
};

/** `CHARACTER_FREQUENCY` by character code, both cases; other characters count as rare (5). */
const FREQUENCY_BY_CODE = (() => {
  const table = new Uint8Array(128).fill(5);
  for (const [char, frequency] of Object.entries(CHARACTER_FREQUENCY)) {
    table[char.charCodeAt(0)] = frequency;
    table[char.toUpperCase().charCodeAt(0)] = frequency;
  }
  return table;
})();

/** How common a character is likely to be in text (per mille, see `CHARACTER_FREQUENCY`). */
function frequency(code: number): number {
  return code < 128 ? (FREQUENCY_BY_CODE[code] as number) : 5;
}

/**
 * The windows of a folded literal, rarest first (by the letters they hold; in order of place
 * among equals): a text that lacks a literal is most often told by its rarest window, so checks
 * stop early, and the probe (see `toProbe`) is a window few texts hold.
 */
function toWindows(literal: string): number[] {
  const count = literal.length - 2;
  if (count <= 0) return [];
  const hashes: number[] = [];
  const scores: number[] = [];
  const order: number[] = [];
  for (let index = 0; index < count; index++) {
    const a = literal.charCodeAt(index);
    const b = literal.charCodeAt(index + 1);
    const c = literal.charCodeAt(index + 2);
    hashes.push(windowHash(a, b, c));
    scores.push(frequency(a) * frequency(b) * frequency(c));
    order.push(index);
  }
  order.sort((x, y) => (scores[x] as number) - (scores[y] as number) || x - y);
  return order.map((index) => hashes[index] as number);
}

/** 1 for a letter or digit code unit, 2 for any other; 0 until looked up. */
const unitKinds = new Uint8Array(0x10000);
const WORD_UNIT = 1;

function isWordUnit(code: number): boolean {
  let kind = unitKinds[code] as number;
  if (kind === 0) {
    kind = isWordCharacter(String.fromCharCode(code)) ? WORD_UNIT : 2;
    unitKinds[code] = kind;
  }
  return kind === WORD_UNIT;
}

/**
 * The three-character windows of one text read in the folded alphabet of `requiredLiterals`, with
 * a boundary at each edge: `passes(gate)` is false when the text cannot hold what the gate's
 * pattern needs. Hashes can collide, so true only means "maybe". One text is indexed at a time;
 * indexing it again is free.
 */
class WindowIndex {
  readonly stamps = new Uint32Array(1 << WINDOW_BITS);
  stamp = 0;
  #text: string | undefined;

  index(text: string): void {
    if (text === this.#text) return;
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const stamps = this.stamps;
    const stamp = this.stamp;
    // The folded text so far ends in `a`, `b`; it starts with a boundary (code 0).
    let a = -1;
    let b = 0;
    const push = (code: number): void => {
      if (a >= 0) stamps[windowHash(a, b, code)] = stamp;
      a = b;
      b = code;
    };
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(at + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A character outside the BMP: a letter or digit keeps both of its code units.
        const char = String.fromCharCode(code, low);
        at++;
        if (isWordCharacter(char)) {
          push(code);
          push(low);
        } else if (b !== 0) push(0);
        continue;
      }
      if (isWordUnit(code)) push(code);
      else if (b !== 0) push(0);
    }
    if (b !== 0) push(0);
    this.#text = text;
  }

  /** True when the indexed text may hold one of the windows; true for none. */
  holdsAny(windows: Int32Array): boolean {
    if (windows.length === 0) return true;
    const { stamps, stamp } = this;
    for (let at = 0; at < windows.length; at++) {
      if (stamps[windows[at] as number] === stamp) return true;
    }
    return false;
  }

  /** True when the indexed text may hold a literal of every clause of the gate. */
  passes(gate: Int32Array): boolean {
    const { stamps, stamp } = this;
    let at = 0;
    const clauses = gate[at++] as number;
    for (let clause = 0; clause < clauses; clause++) {
      const shared = gate[at++] as number;
      for (let end = at + shared; at < end; at++) {
        if (stamps[gate[at] as number] !== stamp) return false;
      }
      const literals = gate[at++] as number;
      let held = false;
      for (let literal = 0; literal < literals; literal++) {
        const windows = gate[at++] as number;
        const end = at + windows;
        if (!held) {
          let whole = true;
          for (let window = at; window < end; window++) {
            if (stamps[gate[window] as number] !== stamp) {
              whole = false;
              break;
            }
          }
          held = whole;
        }
        at = end;
      }
      if (!held) return false;
    }
    return true;
  }
}

const lowerIndex = new WindowIndex();
const caseIndex = new WindowIndex();

/** The whole text the candidates below were worked out for, and the candidates per list. */
let candidatesText: string | undefined;
let candidatesLower: string | undefined;
let candidatesByList = new Map<CompiledList, readonly number[]>();

/**
 * The entries of a list whose prefilter lets the whole text through, in order. The prefilter reads
 * the whole text, so its answer is the same for every part of it: with `remember`, it is worked
 * out once per list and whole text, not once per paragraph (a message's paragraphs are matched
 * one by one), and kept until a part of another text is matched.
 */
function candidatesOf(
  list: CompiledList,
  wholeText: string,
  wholeLower: string,
  remember: boolean,
): readonly number[] {
  if (remember && (wholeLower !== candidatesLower || wholeText !== candidatesText)) {
    candidatesText = wholeText;
    candidatesLower = wholeLower;
    candidatesByList = new Map();
  }
  const remembered = remember ? candidatesByList.get(list) : undefined;
  if (remembered) return remembered;
  const { gates, probes, caseSensitive } = list;
  const found: number[] = [];
  let wholeStraight: string | undefined;
  for (let at = 0; at < gates.length; at++) {
    const gate = gates[at] as Int32Array;
    if (gate.length > 0) {
      let index = lowerIndex;
      let indexed = wholeLower;
      if (caseSensitive[at] === 1) {
        wholeStraight ??= wholeText.includes('’') ? wholeText.replaceAll('’', "'") : wholeText;
        index = caseIndex;
        indexed = wholeStraight;
      }
      index.index(indexed);
      // The literal prefilter: a text that lacks every literal of a clause cannot match.
      if (!index.holdsAny(probes[at] as Int32Array) || !index.passes(gate)) continue;
    }
    found.push(at);
  }
  if (remember) candidatesByList.set(list, found);
  return found;
}

/**
 * Finds every match of a phrase list. `lower` is `text` lower-cased with curly apostrophes made
 * straight (the same length); case-sensitive entries are matched against `text`.
 *
 * @returns matches sorted by start; overlapping matches of the same list keep the earliest, longest.
 * @example
 * matchPhrases(BUZZWORDS, 'Synergy!', 'synergy!')[0]?.entry.phrase; // 'synergy'
 */
export function matchPhrases(
  entries: readonly PhraseEntry[],
  text: string,
  lower: string,
): PhraseMatch[] {
  return matchPhrasesWithin(entries, text, lower, text, lower);
}

/**
 * `matchPhrases` over a part of a larger text, with the prefilter read from the whole (`wholeText`,
 * `wholeLower`): what the whole lacks, its part lacks too, and the whole is indexed once for all of
 * its parts.
 *
 * @returns matches in `text`, offsets into `text`.
 */
export function matchPhrasesWithin(
  entries: readonly PhraseEntry[],
  text: string,
  lower: string,
  wholeText: string,
  wholeLower: string,
): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const list = compile(entries);
  const { spaced, patterns, exactPatterns, caseSensitive } = list;
  // A part of a larger text (a paragraph) shares the whole's candidates with the other parts.
  const candidates = candidatesOf(list, wholeText, wholeLower, text !== wholeText);
  let straight: string | undefined;
  for (let next = 0; next < candidates.length; next++) {
    const at = candidates[next] as number;
    let haystack = lower;
    if (caseSensitive[at] === 1) {
      straight ??= text.includes('’') ? text.replaceAll('’', "'") : text;
      haystack = straight;
    }
    let pattern = patterns[at];
    if (!pattern) {
      pattern = new RegExp(`(?:${spaced[at] as string})(?![A-Za-z0-9])`, 'gu');
      patterns[at] = pattern;
    }
    const entry = entries[at] as PhraseEntry;
    pattern.lastIndex = 0;
    let exact = false;
    for (let match = pattern.exec(haystack); match; match = pattern.exec(haystack)) {
      if (!exact && precedesWordPart(haystack, match.index + match[0].length)) {
        // The quick expression's end test knows only ASCII: from here on, the exact one decides
        // (it finds no match before this one, as each of its matches is one of the quick one's).
        let exactPattern = exactPatterns[at];
        if (!exactPattern) {
          exactPattern = new RegExp(`(?:${spaced[at] as string})(?![\\p{L}\\p{N}])`, 'gu');
          exactPatterns[at] = exactPattern;
        }
        exactPattern.lastIndex = match.index;
        pattern = exactPattern;
        exact = true;
        continue;
      }
      if (match[0].length === 0 || followsWordPart(haystack, match.index)) {
        pattern.lastIndex = advance(haystack, match.index);
        continue;
      }
      matches.push({ entry, start: match.index, end: match.index + match[0].length });
    }
  }
  if (matches.length < 2) return matches;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/**
 * True when a match may not start at `at`: the character before is a letter, a digit or one of
 * ' # - (a phrase never starts inside a word, "hashtag" or hyphenated compound).
 */
function followsWordPart(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code === 0x27 || code === 0x2019 || code === 0x23 || code === 0x2d) return true;
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWordCharacter(String.fromCharCode(high, code));
  }
  return isWordUnit(code);
}

/**
 * True when the character at `at` is a letter or digit outside ASCII (the quick expressions
 * already rule out those inside it), so a match may not end just before it.
 */
function precedesWordPart(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (!(code >= 0x80)) return false;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isWordCharacter(String.fromCharCode(code, low));
  }
  return isWordUnit(code);
}

/** The index after the code point at `index` (how `matchAll` steps past an empty match with `u`). */
function advance(text: string, index: number): number {
  const code = text.codePointAt(index);
  return code !== undefined && code > 0xffff ? index + 2 : index + 1;
}

/** Lower-cases text and straightens curly apostrophes, keeping every offset. */
export function normalizeForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replaceAll('’', "'");
  // A few characters change length when lower-cased ("İ"): fold one by one and keep those as is.
  let folded = '';
  for (const char of text) {
    const next = char === '’' ? "'" : char.toLowerCase();
    folded += next.length === char.length ? next : char;
  }
  return folded;
}
