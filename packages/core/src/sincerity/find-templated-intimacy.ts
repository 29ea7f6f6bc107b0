/**
 * Finds claims of personal knowledge or feeling whose object is a merge field: "I know how much
 * you love {{hobby}}", "I've been thinking about {{company}}'s challenges", "as a fellow {{city}}
 * native". The claim phrase comes from a list; the merge field must stand in the same clause,
 * right after the claim (within a few words, no comma or sentence break between) — or right
 * before it for claims like "{{cause}} is close to my heart". A greeting's name field
 * ("I know how busy you are, {{firstName}}") is set off by a comma, so it is not the object.
 * A claim to know a fact whose subject is the field ("we know {{petName}} …") counts only when the
 * same clause then says how the reader feels about it ("… has become your best friend").
 */
import { INTIMACY_CLAIMS } from '../data/intimacy-claims.js';
import type { PhraseMatch } from '../nlp/match-phrases.js';
import { classifyMergeField } from './classify-merge-fields.js';
import { contextOf, toFinding } from './find-phrase-findings.js';
import type { SincerityFinding } from './message-analysis.js';
import type { MessageField } from './message-input.js';
import type { PreparedMessage } from './prepare-message.js';

/** Words allowed between the claim and the field ("I know how much you love the {{team}}"). */
const MAX_WORDS_AFTER = 7;
const MAX_WORDS_BEFORE = 4;
/**
 * Words allowed between the claim and the field by subtype: a kinship claim names its field at
 * once ("a fellow {{city}} native"), and so does a `knowing` claim, whose field is the subject of
 * what it claims to know ("we know your {{petName}} …").
 */
const WORDS_ALLOWED: Readonly<Record<string, number>> = {
  kinship: 2,
  knowing: 1,
  before: MAX_WORDS_BEFORE,
};
/** Words allowed between a `knowing` claim's field and its bond ("{{petName}} has truly become"). */
const MAX_WORDS_TO_BOND = 3;
const CLAUSE_BREAK = /[,;:.!?()—–\n]|\s-\s|\b(?:but|because|so|although|though|while)\b/u;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;
}

function isSenderOrSystemField(path: string): boolean {
  const role = classifyMergeField(path);
  return role === 'sender' || role === 'system';
}

/**
 * The bond that follows a `knowing` claim's field in the same clause, within a few words: "we know
 * {{petName}} has become your best friend" (not "we know {{petName}} is due, and your best friend
 * …", where a comma ends the clause).
 */
function findBond(
  message: PreparedMessage,
  bonds: readonly PhraseMatch[],
  from: number,
  sentenceEnd: number,
): PhraseMatch | undefined {
  return bonds.find((bond) => {
    if (bond.start < from || bond.end > sentenceEnd) return false;
    const between = message.lower.slice(from, bond.start);
    return !CLAUSE_BREAK.test(between) && wordCount(between) <= MAX_WORDS_TO_BOND;
  });
}

/**
 * Finds templated intimacy in a prepared message.
 *
 * @returns findings of kind `templated-intimacy` spanning the claim and its field.
 */
export function findTemplatedIntimacy(
  message: PreparedMessage,
  fields: readonly MessageField[],
): SincerityFinding[] {
  const readerFields = fields.filter((field) => !isSenderOrSystemField(field.path));
  if (readerFields.length === 0) return [];
  const findings: SincerityFinding[] = [];
  const matches = message.matchPhrases(INTIMACY_CLAIMS);
  const bonds = matches.filter((match) => match.entry.subtype === 'bond');
  for (const match of matches) {
    const { subtype } = match.entry;
    if (subtype === 'bond') continue;
    const context = contextOf(message, match);
    if (!context) continue;
    const { sentence } = context;
    const before = subtype === 'before';
    const limit = WORDS_ALLOWED[subtype ?? ''] ?? MAX_WORDS_AFTER;
    const field = before
      ? [...readerFields]
          .reverse()
          .find((candidate) => candidate.end <= match.start && candidate.start >= sentence.start)
      : readerFields.find(
          (candidate) => candidate.start >= match.end && candidate.end <= sentence.end,
        );
    if (!field) continue;
    const between = before
      ? message.masked.slice(field.end, match.start)
      : message.masked.slice(match.end, field.start);
    if (CLAUSE_BREAK.test(between.toLowerCase()) || wordCount(between) > limit) continue;
    const bond = subtype === 'knowing' ? findBond(message, bonds, field.end, sentence.end) : null;
    if (subtype === 'knowing' && !bond) continue;
    const start = Math.min(match.start, field.start);
    const end = Math.max(match.end, bond?.end ?? field.end);
    findings.push({
      ...toFinding('templated-intimacy', context, 0.85),
      start,
      end,
      evidence: message.text.slice(start, end),
    });
  }
  return findings;
}
