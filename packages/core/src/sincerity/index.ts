export { analyzeMessage } from './analyze-message.js';
export { checkCompliance } from './check-compliance.js';
export type {
  CheckComplianceOptions,
  CommercialBasis,
  ComplianceCheck,
  ComplianceMarker,
} from './check-compliance.js';
export { classifyMergeField, isShallowRole } from './classify-merge-fields.js';
export type { ClassifiedField, MergeFieldRole } from './classify-merge-fields.js';
export type {
  AnalyzedSentence,
  AnalyzeMessageOptions,
  Ask,
  AskKind,
  CareOccasion,
  CareOccasionKind,
  FeatureDump,
  KindEvidence,
  MessageClassification,
  ParagraphGrade,
  Personalization,
  FindingKind,
  MessageAnalysis,
  OpeningAnalysis,
  OpeningSubject,
  PronounFocus,
  PronounMention,
  ReaderFocus,
  SincerityFinding,
  TextSpan,
} from './message-analysis.js';
