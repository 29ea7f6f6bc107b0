import { definePhrases } from './phrase-entry.js';

const TONE = 'EVIDENCE.md: Boomerang — extreme tone gets fewer responses';
const SPAM = 'EVIDENCE.md: spam-word checkers and CAN-SPAM on misleading messages';

/** Pressure, scarcity and fear of missing out. */
export const PRESSURE_PHRASES = definePhrases([
  {
    phrase: 'act now',
    pattern: 'act (?:now|fast|quickly|today|immediately)',
    note: 'pressure to decide before thinking',
    source: TONE,
    subtype: 'pressure',
  },
  {
    phrase: 'only 3 spots left',
    pattern:
      'only (?:\\d+|one|two|three|four|five|a few|a handful of) (?:\\w+ )?(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?|units?|copies|left|remaining)(?: (?:left|remaining))?',
    note: 'scarcity the reader cannot check',
    source: TONE,
    subtype: 'scarcity',
  },
  {
    phrase: 'offer expires Friday',
    pattern:
      "(?:this |the |our )?(?:offer|deal|discount|promo|promotion|pricing|price|rate|sale) (?:expires|ends|runs out|won't last|is only valid|goes away)",
    note: 'a deadline the sender made up to force a decision',
    source: TONE,
    subtype: 'deadline',
  },
  {
    phrase: 'last chance',
    pattern: 'last chance|final (?:chance|opportunity|call)',
    note: 'pressure by deadline',
    source: TONE,
    subtype: 'deadline',
  },
  {
    phrase: 'don’t miss out',
    pattern:
      "(?:don't|do not) miss out|(?:don't|do not|you won't want to|you don't want to) miss (?:this|the|our) (?:offer|deal|opportunity|chance|discount|sale|launch)",
    note: 'fear of missing out',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'you’ll be left behind',
    pattern:
      "(?:you'll|you will|you'll get|you could be|you'll be|don't get|before you're|before you are) left behind",
    note: 'fear of falling behind competitors',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'your competitors are already',
    pattern: 'your competitors are already',
    note: 'fear of competitors used as leverage',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'limited time only',
    pattern: 'limited[- ]time (?:only|offer|deal|pricing|discount)|for a limited time',
    note: 'an undated deadline',
    source: SPAM,
    subtype: 'deadline',
  },
  {
    phrase: 'before it’s too late',
    pattern: "before it's too late",
    note: 'fear as a reason to act',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'hurry',
    pattern: 'hurry(?: up)?[,!]|hurry(?: up)? (?:and|before|while)',
    note: 'pressure to decide fast',
    source: SPAM,
    subtype: 'pressure',
  },
  {
    phrase: 'today only',
    pattern:
      'today only|(?:ends|expires) (?:tonight|today|at midnight)|only until (?:tonight|midnight)',
    note: 'a same-day deadline to rush the reader',
    source: SPAM,
    subtype: 'deadline',
  },
  {
    phrase: 'while supplies last',
    pattern: 'while (?:supplies|stocks?|spots|seats) last',
    note: 'scarcity the reader cannot check',
    source: SPAM,
    subtype: 'scarcity',
  },
  {
    phrase: 'time is running out',
    pattern:
      'time is running out|(?:spots|seats|slots) are (?:filling up|going) fast|selling out fast',
    note: 'manufactured urgency',
    source: TONE,
    subtype: 'scarcity',
  },
  {
    phrase: 'final notice',
    pattern: 'final (?:notice|warning)',
    note: 'an escalation the sender invented',
    source: SPAM,
    subtype: 'pressure',
  },
  {
    phrase: 'once-in-a-lifetime',
    pattern: 'once[- ]in[- ]a[- ]lifetime|now or never',
    note: 'pressure by exaggeration',
    source: TONE,
    subtype: 'pressure',
  },
]);
