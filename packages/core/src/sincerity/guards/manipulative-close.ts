/**
 * Closing techniques. A conditional close is out of place anywhere; an alternative close only
 * when the reader has not already decided; an assumptive close only in a first touch.
 */
import { type Guard, hasSharedHistory } from './shared.js';

/**
 * The reader has asked for the next step or already decided ("the contract you asked for", "as
 * requested", "now that you've chosen the annual plan"): offering a choice or the papers then
 * serves them.
 */
const READER_DECIDED =
  /\byou(?:'ve| have)? (?:asked|requested|decided|chose|chosen|agreed|confirmed|accepted|approved|signed off|said yes|gave (?:me|us) the go-ahead)\b|\bas (?:you )?(?:requested|asked|agreed)\b|\b(?:at|per|following) your request\b|\b(?:since|now that) you(?:'re| are) (?:ready|going ahead|moving forward)\b|\byou(?:'d| would) like to (?:go ahead|move forward|proceed|sign|buy|order|upgrade|switch)\b/u;

export const manipulativeCloseGuard: Guard = ({ match, message }) => {
  const { subtype } = match.entry;
  if (subtype === 'conditional') return 0.9;
  if (READER_DECIDED.test(message.lower)) return null;
  if (subtype === 'alternative') return 0.9;
  // An assumptive close is only out of place in a first touch.
  if (message.kind !== undefined && message.kind !== 'cold') return null;
  if (message.kind === undefined && hasSharedHistory(message)) return null;
  return 0.8;
};
