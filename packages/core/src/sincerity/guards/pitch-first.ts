/** Openings about the sender are judged by `find-opening`; a list match is kept as is. */
import { type Guard } from './shared.js';

export const pitchFirstGuard: Guard = () => 0.9;
