/**
 * The cheap lexical prefilter: each phrase list is compiled once into word-bounded regular
 * expressions and run over the whole (lower-cased, merge-masked) text in one linear pass per entry.
 * Only sentences with a match are then looked at more closely, and only some of those are tagged.
 */
import type { PhraseEntry } from '../data/phrase-entry.js';

/** A phrase list entry that matched, with its offsets into the searched text. */
export interface PhraseMatch {
  entry: PhraseEntry;
  start: number;
  end: number;
}

interface CompiledEntry {
  entry: PhraseEntry;
  pattern: RegExp;
}

const compiled = new WeakMap<readonly PhraseEntry[], CompiledEntry[]>();

function compile(entries: readonly PhraseEntry[]): CompiledEntry[] {
  let list = compiled.get(entries);
  if (!list) {
    list = entries.map((entry) => ({
      entry,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}'’#-])(?:${entry.pattern.replaceAll(' ', '\\s+')})(?![\\p{L}\\p{N}])`,
        'gu',
      ),
    }));
    compiled.set(entries, list);
  }
  return list;
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
  const matches: PhraseMatch[] = [];
  for (const { entry, pattern } of compile(entries)) {
    const haystack = entry.caseSensitive ? text.replaceAll('’', "'") : lower;
    pattern.lastIndex = 0;
    for (const match of haystack.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      matches.push({ entry, start: match.index, end: match.index + match[0].length });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
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
