/**
 * `@sincerely/core/checks`: what checking a message needs — the sincerity heuristics, the
 * compliance and placeholder checks, the phrase data, greeted names, contact windows and the
 * unanswered-streak count — without the relationship model's schemas and file formats (zod,
 * iCalendar, CSV, vCard), which take ≈ 55 ms to load. `@sincerely/lint` imports this entry; the
 * main entry re-exports all of it.
 */
export type {
  MessageField,
  MessageInput,
  MessageKind,
  MessageParagraph,
  MessagePart,
} from './sincerity/message-input.js';
export { countWords, findBodyWords, isBodyParagraph, listParagraphs } from './text/count-words.js';
export type { WordSpan } from './text/count-words.js';
export { findPlaceholders } from './text/find-placeholders.js';
export type {
  FindPlaceholdersOptions,
  PlaceholderFinding,
  PlaceholderKind,
} from './text/find-placeholders.js';
export { findShouting } from './text/find-shouting.js';
export type { FindShoutingOptions, ShoutingFinding } from './text/find-shouting.js';
export { maskMergeFields, MERGE_FIELD_MASK } from './text/mask-merge-fields.js';
export { ACRONYMS, EVERYDAY_WORDS, HYPE_WORDS } from './text/capitalized-words.js';
export type { WordEntry } from './text/capitalized-words.js';
export {
  BARE_MERGE_TOKENS,
  PLACEHOLDER_NOUNS,
  PLACEHOLDER_VERBS,
} from './text/placeholder-words.js';
export * from './sincerity/index.js';
export {
  BUZZWORDS,
  CLAIM_PHRASES,
  GUILT_PHRASES,
  HOLLOW_OPENERS,
  MANIPULATIVE_CLOSES,
  PITCH_OPENERS,
  PRESSURE_PHRASES,
  TIME_GRABS,
  CARE_OCCASIONS,
  COLD_SIGNALS,
  FEATURE_LEAD_INS,
  FEATURE_SENTENCE_STARTS,
  FEATURE_TERMS,
  FIELD_ROLES,
  INTIMACY_CLAIMS,
  MARKETING_PHRASES,
  OPT_OUT_PHRASES,
  POSTAL_ADDRESS_PATTERNS,
  SALES_OFFERS,
  SHARED_HISTORY,
  STEP_VERBS,
  SUBJECT_CLAIMS,
} from './data/index.js';
export type { FieldRole, PhraseEntry, SubjectClaimEntry } from './data/index.js';

export { findGreetedName, matchGreetedName, preferredNameOf } from './model/greeted-name.js';
export type { GreetedName, GreetedNameMatch } from './model/greeted-name.js';
export { checkContactWindow, formatWeekdays, TCPA_WINDOW } from './dates/contact-window.js';
export type { WindowCheck } from './dates/contact-window.js';
export { findUnansweredStreak } from './signals/detect-pushing.js';
