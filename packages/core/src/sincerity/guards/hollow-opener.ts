/** Generic openers, unless something specific follows ("doing well with the new team"). */
import { type Guard } from './shared.js';

export const hollowOpenerGuard: Guard = ({ after, match }) =>
  match.entry.subtype === 'hope' && /^\s*(?:with|in|at|on|after|since|now that)\s/u.test(after)
    ? null
    : 0.9;
