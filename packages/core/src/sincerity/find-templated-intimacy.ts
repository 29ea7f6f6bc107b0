/**
 * Finds claims of personal knowledge or feeling whose object is a merge field: "I know how much
 * you love {{hobby}}", "I've been thinking about {{company}}'s challenges", "as a fellow {{city}}
 * native". The claim phrase comes from a list; the merge field must stand in the same clause,
 * right after the claim (within a few words, no comma or sentence break between) — or right
 * before it for claims like "{{cause}} is close to my heart". A greeting's name field
 * ("I know how busy you are, {{firstName}}") is set off by a comma, so it is not the object.
 */
import { INTIMACY_CLAIMS } from '../data/intimacy-claims.js';
import { classifyMergeField } from './classify-merge-fields.js';
import { contextOf, toFinding } from './find-phrase-findings.js';
import type { SincerityFinding } from './message-analysis.js';
import type { MessageField } from './message-input.js';
import type { PreparedMessage } from './prepare-message.js';

/** Words allowed between the claim and the field ("I know how much you love the {{team}}"). */
const MAX_WORDS_AFTER = 7;
const MAX_WORDS_BEFORE = 4;
const CLAUSE_BREAK = /[,;:.!?()—–\n]|\s-\s|\b(?:but|because|so|although|though|while)\b/u;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;
}

function isSenderOrSystemField(path: string): boolean {
  const role = classifyMergeField(path);
  return role === 'sender' || role === 'system';
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
  for (const match of message.matchPhrases(INTIMACY_CLAIMS)) {
    const context = contextOf(message, match);
    if (!context) continue;
    const { sentence } = context;
    const before = match.entry.subtype === 'before';
    const limit =
      match.entry.subtype === 'kinship' ? 2 : before ? MAX_WORDS_BEFORE : MAX_WORDS_AFTER;
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
    const start = Math.min(match.start, field.start);
    const end = Math.max(match.end, field.end);
    findings.push({
      ...toFinding('templated-intimacy', context, 0.85),
      start,
      end,
      evidence: message.text.slice(start, end),
    });
  }
  return findings;
}
