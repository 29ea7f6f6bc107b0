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
export type { FindPlaceholdersOptions, PlaceholderFinding, PlaceholderKind } from './text/find-placeholders.js';
export { findShouting } from './text/find-shouting.js';
export type { FindShoutingOptions, ShoutingFinding } from './text/find-shouting.js';
export { maskMergeFields, MERGE_FIELD_MASK } from './text/mask-merge-fields.js';
export { ACRONYMS, EVERYDAY_WORDS, HYPE_WORDS } from './text/capitalized-words.js';
export type { WordEntry } from './text/capitalized-words.js';
export { BARE_MERGE_TOKENS, PLACEHOLDER_NOUNS, PLACEHOLDER_VERBS } from './text/placeholder-words.js';
export { analyzeMessage } from './sincerity/analyze-message.js';
export type {
  AnalyzedSentence,
  AnalyzeMessageOptions,
  Ask,
  AskKind,
  FindingKind,
  MessageAnalysis,
  OpeningAnalysis,
  OpeningSubject,
  PronounFocus,
  PronounMention,
  ReaderFocus,
  SincerityFinding,
  TextSpan,
} from './sincerity/message-analysis.js';
export {
  BUZZWORDS,
  CLAIM_PHRASES,
  GUILT_PHRASES,
  HOLLOW_OPENERS,
  MANIPULATIVE_CLOSES,
  PITCH_OPENERS,
  PRESSURE_PHRASES,
  TIME_GRABS,
} from './data/index.js';
export type { PhraseEntry } from './data/phrase-entry.js';
