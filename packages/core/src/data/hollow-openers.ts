import { definePhrases } from './phrase-entry.js';

const GREETING = 'EVIDENCE.md: Boomerang — "Hi/Hello/Hey" ≈ 63–64% vs "Dear" 56.5%';
const LENGTH = 'EVIDENCE.md: Boomerang and Lavender — shorter emails get more replies';

/** Generic openers and greetings that say nothing about this reader. */
export const HOLLOW_OPENERS = definePhrases([
  {
    phrase: 'I hope this email finds you well',
    pattern:
      '(?:i )?(?:hope|trust) (?:this|my|the) (?:email|e-mail|note|message|letter) (?:finds|reaches) you (?:well|in good health|in good spirits|safe and well)',
    note: 'a filler sentence every inbox has seen',
    source: LENGTH,
    subtype: 'hope',
  },
  {
    phrase: 'I hope you’re doing well',
    pattern:
      "(?:i )?hope (?:you're|you are|you've been|you have been|you're all|all is) (?:doing )?(?:well|good|great|fine)|(?:i )?hope all is (?:well|good)(?: with you| on your end)?|(?:i )?hope you(?:'re| are) (?:having|enjoying) (?:a|an|your) (?:great|good|wonderful|fantastic|lovely|productive|nice) (?:week|day|weekend|monday|tuesday|wednesday|thursday|friday|morning|afternoon)|(?:i )?hope you had a (?:great|good|wonderful|lovely|nice|relaxing) (?:weekend|week|day)",
    note: 'a generic wish instead of something about this reader',
    source: LENGTH,
    subtype: 'hope',
  },
  {
    phrase: 'Dear Sir/Madam',
    pattern: 'dear (?:sir\\s*/\\s*madam|sir or madam|madam or sir|sirs|sir|madam)',
    note: 'tells the reader nobody looked up their name',
    source: GREETING,
    subtype: 'greeting',
  },
  {
    phrase: 'To whom it may concern',
    pattern: 'to whom it may concern',
    note: 'tells the reader nobody looked up their name',
    source: GREETING,
    subtype: 'greeting',
  },
  {
    phrase: 'Dear valued customer',
    pattern:
      'dear (?:valued |esteemed |loyal )(?:customer|client|partner|member|user|subscriber)s?|dear (?:customer|client|user|subscriber|friend|business owner|homeowner)s?(?=[,!:\\n])',
    note: 'a form letter greeting',
    source: GREETING,
    subtype: 'greeting',
  },
]);
