/** Superlatives and brag numbers about the sender, not praise of the reader or a third party. */
import { type Guard, isAboutOthers, OTHERS_POSSESSIVE, READER_SAID } from './shared.js';

export const unverifiableClaimGuard: Guard = ({ before }) => {
  if (READER_SAID.test(before) || OTHERS_POSSESSIVE.test(before)) return null;
  if (/\bcongrat/u.test(before) || isAboutOthers(before)) return null;
  return 0.8;
};
