/** Closing techniques; an assumptive close only counts in a first touch. */
import { type Guard, hasSharedHistory } from './shared.js';

export const manipulativeCloseGuard: Guard = ({ match, message }) => {
  if (match.entry.subtype !== 'assumptive') return 0.9;
  // An assumptive close is only out of place in a first touch.
  if (message.kind !== undefined && message.kind !== 'cold') return null;
  if (message.kind === undefined && hasSharedHistory(message)) return null;
  return 0.8;
};
