/** A phrase a heuristic looks for, with why it matters and where that comes from. */
export interface PhraseEntry {
  /** A readable example of the phrase. */
  readonly phrase: string;
  /**
   * A regular-expression source matched, in lower case, and on word boundaries, against the
   * message text with merge fields masked; a space matches one or more white-space characters (write `\s*` for optional space).
   */
  readonly pattern: string;
  /** Why this phrase is a problem. */
  readonly note: string;
  /** Where the reasoning comes from (EVIDENCE.md entry or public source), when there is one. */
  readonly source?: string;
  /** True when the pattern is matched with case (for capitalised names); lower case otherwise. */
  readonly caseSensitive?: boolean;
  /** A finer category the heuristic uses (for example `assumptive` for a close). */
  readonly subtype?: string;
}

/** Freezes a phrase list and each entry in it (entries may carry extra typed fields). */
export function definePhrases<Entry extends PhraseEntry = PhraseEntry>(
  entries: readonly NoInfer<Entry>[],
): readonly Entry[] {
  return Object.freeze(entries.map((entry) => Object.freeze({ ...entry })));
}
