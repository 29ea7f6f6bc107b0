/**
 * Part-of-speech tags for one sentence, from compromise's tagger. This is the only module in core
 * that calls compromise. Tagging costs ≈ 5–7 ms per email (EVIDENCE.md), so callers tag only the
 * sentences a cheap lexical prefilter picked, and results are cached per sentence text: after a
 * one-word edit only the edited sentence is tagged again.
 *
 * It uses `compromise/two` (tokenizer, lexicon and tagger), not the full build: the full build
 * adds phrase APIs (nouns, verbs, numbers, chunks …) that change no tag and cost ≈ 70–100 ms more
 * to import. The tags of both builds are the same (the tests compare them). In Node it is loaded
 * on the first sentence tagged (`#load-compromise`, package.json "imports"): building its lexicon
 * takes ≈ 110 ms, and a run whose sentences the checks read without the tagger never pays it.
 */
import loadCompromise from '#load-compromise';
import { detached, GenerationalCache } from './lru-cache.js';

/** One term of a tagged sentence; offsets are relative to the sentence, end exclusive. */
export interface TaggedTerm {
  start: number;
  end: number;
  /** The term as written. */
  text: string;
  /** compromise's normal form: lower case, without punctuation. */
  normal: string;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

const cache = new GenerationalCache<string, readonly TaggedTerm[]>(4096);

/**
 * The longest stretch of one "sentence" that is tagged. Real sentences are far shorter; text with
 * no sentence marks (a pasted table, a 5 MB dump) is one sentence, and compromise's cost grows
 * faster than its length (an 88 KB run took 3 s). Past this, only the start is tagged.
 */
export const MAX_TAGGED_LENGTH = 1000;

/** The sentence, cut at the last space before `MAX_TAGGED_LENGTH` when it is longer. */
function taggable(sentence: string): string {
  if (sentence.length <= MAX_TAGGED_LENGTH) return sentence;
  const space = sentence.lastIndexOf(' ', MAX_TAGGED_LENGTH);
  return sentence.slice(0, space > 0 ? space : MAX_TAGGED_LENGTH);
}

/**
 * Tags the terms of one sentence (cached by the sentence's text). Implicit terms that compromise
 * adds for contractions ("you're" → you + are) have no text and are left out. Of a sentence
 * longer than 1,000 characters, only the first 1,000 or so are tagged.
 *
 * @returns the sentence's terms with offsets relative to the sentence.
 * @example
 * tagTerms('We leverage AI.')[1]?.tags.has('Verb'); // true
 */
export function tagTerms(sentence: string): readonly TaggedTerm[] {
  const text = taggable(sentence);
  const cached = cache.get(text);
  if (cached) return cached;
  // The cache and the terms' words must not keep the whole message the sentence was cut from.
  const own = detached(text);
  const terms: TaggedTerm[] = [];
  const json = loadCompromise()(own).json({ offset: true }) as { terms: CompromiseTerm[] }[];
  for (const part of json) {
    for (const term of part.terms) {
      if (term.offset.length === 0) continue;
      terms.push(
        Object.freeze({
          start: term.offset.start,
          end: term.offset.start + term.offset.length,
          text: term.text,
          normal: term.normal,
          tags: tagSet(term.tags),
        }),
      );
    }
  }
  const frozen = Object.freeze(terms);
  cache.set(own, frozen);
  return frozen;
}

/**
 * One shared set per combination of tags: a sentence has a score of terms and they repeat a few
 * dozen combinations ("Noun, Singular"), so cached sentences hold far fewer objects.
 */
const tagSets = new Map<string, ReadonlySet<string>>();

function tagSet(tags: readonly string[]): ReadonlySet<string> {
  const key = tags.join('|');
  let set = tagSets.get(key);
  if (!set) {
    if (tagSets.size >= 4096) tagSets.clear();
    set = new Set(tags);
    tagSets.set(key, set);
  }
  return set;
}

/** Returns the term that covers `offset` (relative to the sentence), if any. */
export function findTermAt(terms: readonly TaggedTerm[], offset: number): TaggedTerm | undefined {
  return terms.find((term) => term.start <= offset && offset < term.end);
}
