/**
 * Finds, for a phrase pattern, the stretches of text that every match must contain, so that a
 * cheap test can skip the regular expression on a text that lacks them: a match of
 * `(?:hope|trust) this (?:email|note)` holds "hope this email", "hope this note", "trust this
 * email" or "trust this note". This is the literal prefilter of code-search engines, for the
 * subset of syntax the phrase lists use; anything it does not understand makes it give up (no
 * clauses), never guess.
 *
 * Literals are written in a folded alphabet, the one `foldForLiterals` reads text in: a letter or
 * digit stands for itself, and any run of other characters (spaces, line breaks, punctuation)
 * is one `BOUNDARY`. So `thank\s+you` gives "thank␀you", which a text holds wherever it says
 * "thank you", "thank\nyou" or "thank - you", and `off` between boundaries is not found in
 * "offer".
 */

/** Stands for a run of characters that are not letters or digits. */
export const BOUNDARY = '\u0000';

/** True for a letter or a digit (`\p{L}`, `\p{N}`): what a folded text keeps as is. */
export function isWordCharacter(char: string): boolean {
  return WORD.test(char);
}

const WORD = /^[\p{L}\p{N}]$/u;

const folded = new Map<string, string>();

/** One character of the folded alphabet. */
function fold(char: string): string {
  let result = folded.get(char);
  if (result === undefined) {
    result = isWordCharacter(char) ? char : BOUNDARY;
    folded.set(char, result);
  }
  return result;
}

/** What one piece of a pattern can match, as far as literals go (in the folded alphabet). */
interface Facts {
  /** Every folded string the piece can match, when that is a small finite set; else undefined. */
  exact: string[] | undefined;
  /** Each clause lists folded strings of which every match holds at least one. */
  required: string[][];
}

const MAX_EXACT = 32;
/** The shortest literal worth a clause: the prefilter reads three characters at a time. */
const MIN_LITERAL = 3;
const NO_FACTS: Facts = { exact: undefined, required: [] };
const EMPTY: Facts = { exact: [''], required: [] };
const BOUNDARY_ONLY: Facts = { exact: [BOUNDARY], required: [] };
/** Escapes that stand for one literal character. */
const LITERAL_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  f: '\f',
  v: '\v',
};

class Unsupported extends Error {}

/** Characters with a meaning of their own in a pattern (outside a character class). */
const SPECIAL = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '.', '^', '$', '*', '+', '?']);

function isQuantifier(char: string | undefined): boolean {
  return char === '?' || char === '*' || char === '+' || char === '{';
}

/** The list without repeats, in first-seen order. */
function unique(list: readonly string[]): string[] {
  // Most lists are short: a scan is cheaper than building a set.
  if (list.length > 8) return [...new Set(list)];
  const out: string[] = [];
  for (const item of list) if (!out.includes(item)) out.push(item);
  return out;
}

/** The strings of a clause that hold no other of its strings (which would add nothing). */
function withoutRedundant(clause: readonly string[]): string[] {
  const items = unique(clause);
  if (items.length < 2) return items;
  // Only a shorter string can be held by another (the strings are distinct).
  const byLength = [...items].sort((a, b) => a.length - b.length);
  return items.filter((item) => {
    for (const other of byLength) {
      if (other.length >= item.length) return true;
      if (item.includes(other)) return false;
    }
    return true;
  });
}

/** Joins two folded strings: a boundary run at the seam stays one boundary. */
function join(left: string, right: string): string {
  return left.charCodeAt(left.length - 1) === 0 && right.charCodeAt(0) === 0
    ? left + right.slice(1)
    : left + right;
}

function product(left: readonly string[], right: readonly string[]): string[] | undefined {
  if (left.length * right.length > MAX_EXACT) return undefined;
  const out: string[] = [];
  for (const a of left) for (const b of right) out.push(join(a, b));
  return unique(out);
}

function isOnlyBoundary(exact: readonly string[] | undefined): boolean {
  return exact !== undefined && exact.length === 1 && exact[0] === BOUNDARY;
}

/** A usable clause from a set of exact strings: none may be too short to test. */
function asClause(exact: readonly string[] | undefined): string[] | undefined {
  return exact && exact.length > 0 && exact.every((item) => item.length >= MIN_LITERAL)
    ? [...exact]
    : undefined;
}

function shortest(clause: readonly string[]): number {
  let length = Infinity;
  for (const item of clause) if (item.length < length) length = item.length;
  return length;
}

/** Orders clauses most selective first: the longer shortest string, then the fewer strings. */
function bySelectivity(a: readonly string[], b: readonly string[]): number {
  return shortest(b) - shortest(a) || a.length - b.length;
}

/** The first of the most selective clauses (as `bySelectivity` orders them), if any. */
function mostSelective(clauses: readonly string[][]): string[] | undefined {
  let best: string[] | undefined;
  for (const clause of clauses) if (!best || bySelectivity(clause, best) < 0) best = clause;
  return best;
}

/** Every clause a piece guarantees, its exact strings included. */
function clausesOf(facts: Facts): string[][] {
  const exact = asClause(facts.exact);
  return exact ? [...facts.required, exact] : [...facts.required];
}

/** The facts of pieces matched one after another. */
function inSequence(pieces: readonly Facts[]): Facts {
  const required: string[][] = [];
  let run: string[] = [''];
  let whole: string[] | undefined = [''];
  const closeRun = (): void => {
    const clause = asClause(run);
    if (clause) required.push(clause);
  };
  for (const facts of pieces) {
    required.push(...facts.required);
    if (facts.exact) {
      const longer = product(run, facts.exact);
      if (longer) run = longer;
      else {
        // Too many combinations: keep what the run had, and start a new one here.
        closeRun();
        run = [...facts.exact];
      }
      whole = whole ? product(whole, facts.exact) : undefined;
    } else {
      closeRun();
      run = [''];
      whole = undefined;
    }
  }
  closeRun();
  return { exact: whole, required };
}

class PatternReader {
  readonly #chars: string[];
  #at = 0;

  constructor(source: string) {
    this.#chars = [...source];
  }

  read(): Facts {
    const facts = this.#alternation();
    if (this.#at !== this.#chars.length) throw new Unsupported();
    return facts;
  }

  #peek(offset = 0): string | undefined {
    return this.#chars[this.#at + offset];
  }

  #alternation(): Facts {
    const branches = [this.#sequence()];
    while (this.#peek() === '|') {
      this.#at++;
      branches.push(this.#sequence());
    }
    if (branches.length === 1) return branches[0] as Facts;
    const exact = branches.every((branch) => branch.exact)
      ? unique(branches.flatMap((branch) => branch.exact as string[]))
      : undefined;
    // Each branch contributes its most selective clause; a branch with none voids the union.
    const best = branches.map((branch) => mostSelective(clausesOf(branch)));
    const required = best.every(Boolean)
      ? [unique(best.flatMap((clause) => clause as string[]))]
      : [];
    return { exact: exact && exact.length <= MAX_EXACT ? exact : undefined, required };
  }

  #sequence(): Facts {
    const pieces: Facts[] = [];
    // Plain characters (and `\s+`) are gathered into one string first: most of a phrase is
    // plain words, and one piece per word keeps the products short.
    let plain = '';
    const flushPlain = (): void => {
      if (plain !== '') pieces.push({ exact: [plain], required: [] });
      plain = '';
    };
    for (let next = this.#peek(); next !== undefined && next !== '|' && next !== ')';) {
      const folded = this.#plainCharacter();
      if (folded === undefined) {
        flushPlain();
        pieces.push(this.#quantified());
      } else if (!(folded === BOUNDARY && plain.endsWith(BOUNDARY))) plain += folded;
      next = this.#peek();
    }
    flushPlain();
    return inSequence(pieces);
  }

  /**
   * Reads one plain character that no quantifier follows, or `\s+`, and returns it folded;
   * reads nothing and returns undefined for anything else.
   */
  #plainCharacter(): string | undefined {
    const char = this.#peek() as string;
    if (char === '\\') {
      if (this.#peek(1) !== 's' || this.#peek(2) !== '+' || isQuantifier(this.#peek(3))) {
        return undefined;
      }
      this.#at += 3;
      return BOUNDARY;
    }
    if (SPECIAL.has(char) || isQuantifier(this.#peek(1))) return undefined;
    this.#at++;
    return fold(char);
  }

  #quantified(): Facts {
    const atom = this.#atom();
    const next = this.#peek();
    let min: number;
    let max: number;
    if (next === '?') [min, max] = [0, 1];
    else if (next === '*') [min, max] = [0, Infinity];
    else if (next === '+') [min, max] = [1, Infinity];
    else if (next === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/u.exec(
        this.#chars.slice(this.#at, this.#at + 16).join(''),
      );
      if (!match) throw new Unsupported();
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      this.#at += match[0].length - 1;
    } else return atom;
    this.#at++;
    if (this.#peek() === '?') this.#at++;
    if (max === 0) return EMPTY;
    // Any number of boundaries folds into one boundary.
    if (isOnlyBoundary(atom.exact))
      return min === 0 ? { exact: [BOUNDARY, ''], required: [] } : BOUNDARY_ONLY;
    if (min === 0) {
      return max === 1 && atom.exact
        ? { exact: unique([...atom.exact, '']), required: [] }
        : NO_FACTS;
    }
    return { exact: min === 1 && max === 1 ? atom.exact : undefined, required: clausesOf(atom) };
  }

  #atom(): Facts {
    const char = this.#peek() as string;
    this.#at++;
    switch (char) {
      case '(':
        return this.#group();
      case '[':
        return this.#characterClass();
      case '\\':
        return this.#escape();
      case '.':
        return NO_FACTS;
      case '^':
      case '$':
        return EMPTY;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported();
      default:
        return { exact: [fold(char)], required: [] };
    }
  }

  #group(): Facts {
    let lookaround = false;
    if (this.#peek() === '?') {
      const kind = this.#peek(1);
      if (kind === ':') this.#at += 2;
      else if (kind === '=' || kind === '!') {
        this.#at += 2;
        lookaround = true;
      } else if (kind === '<' && (this.#peek(2) === '=' || this.#peek(2) === '!')) {
        this.#at += 3;
        lookaround = true;
      } else if (kind === '<') {
        const close = this.#chars.indexOf('>', this.#at);
        if (close < 0) throw new Unsupported();
        this.#at = close + 1;
      } else throw new Unsupported();
    }
    const inner = this.#alternation();
    if (this.#peek() !== ')') throw new Unsupported();
    this.#at++;
    // A lookaround matches no characters: it adds nothing to what the match must hold.
    return lookaround ? EMPTY : inner;
  }

  #characterClass(): Facts {
    const members: string[] = [];
    let simple = this.#peek() !== '^';
    for (let char = this.#peek(); char !== ']'; char = this.#peek()) {
      if (char === undefined) throw new Unsupported();
      this.#at++;
      if (char === '\\') {
        const escaped = this.#peek();
        if (escaped === undefined) throw new Unsupported();
        this.#at++;
        if (escaped === 'p' || escaped === 'P' || escaped === 'u' || escaped === 'x') {
          simple = false;
          if (this.#peek() === '{') {
            const close = this.#chars.indexOf('}', this.#at);
            if (close < 0) throw new Unsupported();
            this.#at = close + 1;
          }
        } else if (escaped === 's') {
          members.push(BOUNDARY);
        } else if (/^[\p{L}\p{N}]$/u.test(escaped)) {
          const literal = LITERAL_ESCAPES[escaped];
          if (literal === undefined) simple = false;
          else members.push(fold(literal));
        } else members.push(fold(escaped));
      } else if (char === '-' && members.length > 0 && this.#peek() !== ']') {
        // A range: its members are not listed.
        simple = false;
      } else members.push(fold(char));
    }
    this.#at++;
    const folded = unique(members);
    return simple && folded.length > 0 && folded.length <= MAX_EXACT
      ? { exact: folded, required: [] }
      : NO_FACTS;
  }

  #escape(): Facts {
    const char = this.#peek();
    if (char === undefined) throw new Unsupported();
    this.#at++;
    if (char === 'b' || char === 'B') return EMPTY;
    if (char === 's') return BOUNDARY_ONLY;
    const literal = LITERAL_ESCAPES[char];
    if (literal !== undefined) return { exact: [fold(literal)], required: [] };
    if (char === 'p' || char === 'P') {
      if (this.#peek() !== '{') throw new Unsupported();
      const close = this.#chars.indexOf('}', this.#at);
      if (close < 0) throw new Unsupported();
      this.#at = close + 1;
      return NO_FACTS;
    }
    if (/^[dDSwW]$/u.test(char)) return NO_FACTS;
    // Any other letter or digit escape (backreferences, \u, \x, \c, \k …) is not handled.
    if (/^[\p{L}\p{N}]$/u.test(char)) throw new Unsupported();
    return { exact: [fold(char)], required: [] };
  }
}

/**
 * Clauses of folded literals that every match of a phrase pattern satisfies: for each clause, the
 * folded text around the match holds at least one of its strings. `source` is a regular
 * expression without the `i`, `m`, `s` or `v` flags; with `bounded`, the pattern is known to
 * start and end next to a character that is not a letter or digit, or at the text's edge (the
 * phrase lists' word boundaries), and the folded text is read with a boundary at each edge.
 *
 * @returns the clauses, most selective first; empty when nothing is known (run the pattern).
 * @example
 * requiredLiterals('circle\\s+back|circling\\s+back', true);
 * // [['\u0000circle\u0000back\u0000', '\u0000circling\u0000back\u0000']]
 */
export function requiredLiterals(source: string, bounded = false): string[][] {
  let facts: Facts;
  try {
    facts = new PatternReader(source).read();
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
  if (bounded) facts = inSequence([BOUNDARY_ONLY, facts, BOUNDARY_ONLY]);
  // Within a clause, a string that holds another of its strings adds nothing.
  const clauses = clausesOf(facts).map(withoutRedundant);
  // A clause is implied by another when each string of the other holds one of its strings.
  const implies = (strong: readonly string[], weak: readonly string[]): boolean =>
    strong.every((item) => weak.some((part) => item.includes(part)));
  return clauses
    .filter(
      (clause, index) =>
        !clauses.some(
          (other, at) =>
            at !== index && implies(other, clause) && (!implies(clause, other) || at < index),
        ),
    )
    .sort(bySelectivity);
}
