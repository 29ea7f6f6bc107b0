/**
 * The literal prefilter of `matchPhrases` must never hide a match: for every entry of every phrase
 * list, texts built to match it (random walks through its pattern, set in random surroundings)
 * must give exactly what running the pattern alone gives.
 */
import { describe, expect, it } from 'vitest';
import * as data from '../../src/data/index.js';
import type { PhraseEntry } from '../../src/data/phrase-entry.js';
import { matchPhrases, normalizeForMatching } from '../../src/nlp/match-phrases.js';
import { BOUNDARY, requiredLiterals } from '../../src/nlp/required-literals.js';
import { createRandom } from '../support/random.js';

const FILLERS = ['a', 'Z', '7', ' ', '\n', '-', "'", '’', '.', ',', 'é', '#', '%', '&', '😀', '𝒜'];

/**
 * Writes a random string that the pattern may match: one walk through its syntax. Lookarounds
 * are skipped, so some strings do not match; the test keeps to what the pattern says of them.
 */
function sample(source: string, random: () => number): string {
  const chars = [...source];
  let at = 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const classChar = (body: string): string => {
    const test = new RegExp(`^[${body}]$`, 'u');
    const candidates = [
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      ...FILLERS,
    ];
    const fitting = candidates.filter((char) => test.test(char));
    return fitting.length > 0 ? pick(fitting) : 'x';
  };
  /**
   * Walks from `from` to the `)` that closes the current group (or the end), skipping escapes and
   * character classes; calls `onBar` with the index after each top-level `|`.
   */
  const groupEnd = (from: number, onBar?: (next: number) => void): number => {
    let depth = 0;
    let inClass = false;
    let index = from;
    for (; index < chars.length; index++) {
      const char = chars[index];
      if (char === '\\') {
        index++;
        continue;
      }
      if (inClass) {
        if (char === ']') inClass = false;
        continue;
      }
      if (char === '[') inClass = true;
      else if (char === '(') depth++;
      else if (char === ')') {
        if (depth === 0) break;
        depth--;
      } else if (char === '|' && depth === 0) onBar?.(index + 1);
    }
    return index;
  };
  const alternation = (): string => {
    const branches: number[] = [at];
    // Find the branches at this depth without consuming them.
    groupEnd(at, (next) => branches.push(next));
    at = pick(branches);
    const out = sequence();
    // Skip to the end of this alternation.
    at = groupEnd(at);
    return out;
  };
  const atom = (): string | null => {
    const char = chars[at++] as string;
    if (char === '(') {
      let skip = false;
      if (chars[at] === '?') {
        const kind = chars[at + 1];
        if (kind === ':') at += 2;
        else if (kind === '=' || kind === '!') {
          at += 2;
          skip = true;
        } else if (kind === '<' && (chars[at + 2] === '=' || chars[at + 2] === '!')) {
          at += 3;
          skip = true;
        } else if (kind === '<') at = chars.indexOf('>', at) + 1;
      }
      const inner = alternation();
      at++;
      return skip ? null : inner;
    }
    if (char === '[') {
      let body = '';
      while (chars[at] !== ']') {
        if (chars[at] === '\\') body += chars[at++];
        body += chars[at++];
      }
      at++;
      return classChar(body);
    }
    if (char === '\\') {
      const escaped = chars[at++] as string;
      if (escaped === 'p' || escaped === 'P') {
        const close = chars.indexOf('}', at);
        const body = `\\${escaped}${chars.slice(at, close + 1).join('')}`;
        at = close + 1;
        return classChar(body);
      }
      if (escaped === 's') return pick([' ', '\n', '  ', '\t']);
      if (escaped === 'd') return pick(['0', '1', '5', '9']);
      if (escaped === 'w') return pick(['a', 'q', '3']);
      if (escaped === 'b' || escaped === 'B') return null;
      if (escaped === 'n') return '\n';
      return escaped;
    }
    if (char === '.') return pick(['x', ' ', '.']);
    if (char === '^' || char === '$') return null;
    return char;
  };
  const sequence = (): string => {
    let out = '';
    while (at < chars.length && chars[at] !== '|' && chars[at] !== ')') {
      const start = at;
      const once = atom();
      const end = at;
      let [min, max] = [1, 1];
      const next = chars[at];
      if (next === '?') [min, max] = [0, 1];
      else if (next === '*') [min, max] = [0, 3];
      else if (next === '+') [min, max] = [1, 3];
      else if (next === '{') {
        const match = /^\{(\d+)(,(\d*))?\}/u.exec(chars.slice(at, at + 16).join(''));
        if (match) {
          min = Number(match[1]);
          max = match[2] === undefined ? min : match[3] === '' ? min + 2 : Number(match[3]);
          at += match[0].length - 1;
        }
      }
      if (at !== end || next === '?' || next === '*' || next === '+') at++;
      if (chars[at] === '?' && at !== end) at++;
      const count = min + Math.floor(random() * (max - min + 1));
      if (once !== null && count > 0) out += once;
      for (let time = 1; time < count; time++) {
        const resume = at;
        at = start;
        out += atom() ?? '';
        at = resume;
      }
    }
    return out;
  };
  return alternation();
}

/** `matchPhrases` as it was before the prefilter: every pattern run over the whole text. */
function reference(entries: readonly PhraseEntry[], text: string, lower: string) {
  const matches: { entry: PhraseEntry; start: number; end: number }[] = [];
  for (const entry of entries) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}'’#-])(?:${entry.pattern.replaceAll(' ', '\\s+')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const haystack = entry.caseSensitive ? text.replaceAll('’', "'") : lower;
    for (const match of haystack.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      matches.push({ entry, start: match.index, end: match.index + match[0].length });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof matches = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

const LISTS = Object.entries(data).filter(
  (pair): pair is [string, readonly PhraseEntry[]] =>
    Array.isArray(pair[1]) &&
    pair[1].length > 0 &&
    pair[1].every((entry: { pattern?: unknown }) => typeof entry.pattern === 'string'),
);

const show = (clauses: string[][]): string[][] =>
  clauses.map((clause) => clause.map((item) => item.replaceAll(BOUNDARY, '_')));

describe(requiredLiterals, () => {
  it('reads spaces and punctuation as one boundary, and adds the word boundaries', () => {
    expect(show(requiredLiterals('circle\\s+back|circling\\s+back', true))).toEqual([
      ['_circle_back_', '_circling_back_'],
    ]);
    expect(show(requiredLiterals('game[- ]chang(?:er|ing)', true))).toEqual([
      ['_game_changer_', '_game_changing_'],
    ]);
  });

  it('keeps every clause a match must satisfy', () => {
    expect(show(requiredLiterals('(?:\\d+x|double) your\\s+(?:revenue|sales)', false))).toEqual([
      ['_your_revenue', '_your_sales'],
    ]);
    expect(show(requiredLiterals('(?:\\d+|many) of the fortune (?:500|1000)', true))).toEqual([
      ['_of_the_fortune_500', '_of_the_fortune_1000'],
    ]);
    expect(show(requiredLiterals('(?:[a-z]+ ){1,2}and [a-z]+ (?:alike|too)', true))).toEqual([
      ['and_'],
      ['_alike', '_too'],
    ]);
  });

  it('knows nothing of an optional or repeated piece', () => {
    expect(requiredLiterals('(?:quick )?call', false)).toEqual([['call']]);
    expect(requiredLiterals('[a-z]+', false)).toEqual([]);
    expect(requiredLiterals('a.b', false)).toEqual([]);
  });

  it('gives up on syntax it does not read', () => {
    expect(requiredLiterals('(a)\\1', false)).toEqual([]);
    expect(requiredLiterals('\\u0041bc', false)).toEqual([]);
  });
});

describe('matchPhrases with the literal prefilter', () => {
  it.each(LISTS)('finds what the patterns alone find in %s', (_name, entries) => {
    const random = createRandom(20_261_130);
    for (const entry of entries) {
      for (let round = 0; round < 24; round++) {
        const phrase = sample(entry.pattern.replaceAll(' ', '\\s+'), random);
        const before = Array.from(
          { length: Math.floor(random() * 3) },
          () => FILLERS[Math.floor(random() * FILLERS.length)],
        ).join('');
        const after = Array.from(
          { length: Math.floor(random() * 3) },
          () => FILLERS[Math.floor(random() * FILLERS.length)],
        ).join('');
        const cased = random() < 0.5 ? phrase : phrase.toUpperCase();
        const text = `${random() < 0.5 ? 'Hi Ana. ' : ''}${before}${cased}${after}`;
        const lower = normalizeForMatching(text);
        const expected = reference([entry], text, lower);
        expect(
          matchPhrases([entry], text, lower),
          `${entry.phrase}: ${JSON.stringify(text)}`,
        ).toEqual(expected);
      }
    }
  });

  it('the sampled texts do match: most entries are exercised', () => {
    const random = createRandom(7);
    let entries = 0;
    let exercised = 0;
    for (const [, list] of LISTS) {
      for (const entry of list) {
        entries++;
        let hit = false;
        for (let round = 0; round < 24 && !hit; round++) {
          const text = ` ${sample(entry.pattern.replaceAll(' ', '\\s+'), random)} `;
          hit = reference([entry], text, normalizeForMatching(text)).length > 0;
        }
        if (hit) exercised++;
      }
    }
    expect(exercised / entries).toBeGreaterThan(0.8);
  });
});
