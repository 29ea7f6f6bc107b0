export type { PhraseEntry } from './phrase-entry.js';
export { definePhrases } from './phrase-entry.js';
export { BUZZWORDS } from './buzzwords.js';
export { CLAIM_PHRASES } from './claim-phrases.js';
export { GUILT_PHRASES } from './guilt-phrases.js';
export { HOLLOW_OPENERS } from './hollow-openers.js';
export { MANIPULATIVE_CLOSES } from './manipulative-closes.js';
export { PITCH_OPENERS } from './pitch-openers.js';
export { PRESSURE_PHRASES } from './pressure-phrases.js';
export { TIME_GRABS } from './time-grabs.js';
export { CARE_OCCASIONS } from './care-occasions.js';
export { COLD_SIGNALS, MARKETING_PHRASES, SHARED_HISTORY } from './commercial-signals.js';
export {
  ADDRESS_FIELD,
  ADDRESS_TAG,
  OPT_OUT_FIELD,
  OPT_OUT_LINK,
  OPT_OUT_PHRASES,
  OPT_OUT_TAG,
  POSTAL_ADDRESS_PATTERNS,
} from './compliance-markers.js';
export {
  FEATURE_LEAD_INS,
  FEATURE_SENTENCE_STARTS,
  FEATURE_TERMS,
  STEP_VERBS,
} from './feature-words.js';
export { INTIMACY_CLAIMS } from './intimacy-claims.js';
export { FIELD_ROLES } from './merge-field-roles.js';
export type { FieldRole } from './merge-field-roles.js';
export { SALES_OFFERS } from './sales-offers.js';
export { SUBJECT_CLAIMS } from './subject-claims.js';
export type { SubjectClaimEntry } from './subject-claims.js';
