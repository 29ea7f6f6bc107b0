import { definePhrases } from './phrase-entry.js';

const PLAIN = 'EVIDENCE.md: Boomerang — 3rd-grade reading level 53% vs college level 39%';

/** Empty business jargon. */
export const BUZZWORDS = definePhrases([
  {
    phrase: 'synergy',
    pattern: 'synerg(?:y|ies|ize|ise|izes|ises|istic)',
    note: 'says nothing concrete',
    source: PLAIN,
  },
  {
    phrase: 'leverage',
    pattern: 'leverag(?:e|es|ed|ing)',
    note: 'as a verb in the present, a long word for "use"',
    source: PLAIN,
    subtype: 'verb',
  },
  {
    phrase: 'game-changing',
    pattern: 'game[- ]chang(?:ing|er|ers)',
    note: 'hype that asks to be believed',
    source: PLAIN,
  },
  {
    phrase: 'paradigm',
    pattern: 'paradigm(?:s| shift| shifts| shifting)?',
    note: 'jargon for "a change in how things are done"',
    source: PLAIN,
  },
  {
    phrase: 'best-of-breed',
    pattern: 'best[- ]of[- ]breed',
    note: 'jargon with no meaning the reader can check',
    source: PLAIN,
  },
  {
    phrase: 'move the needle',
    pattern: '(?:move|moves|moving|moved) the needle',
    note: 'a cliché for "make a difference"',
    source: PLAIN,
  },
  {
    phrase: 'circle back',
    pattern: 'circle back|circling back',
    note: 'office jargon for "talk again"',
    source: PLAIN,
  },
  {
    phrase: 'disrupt',
    pattern:
      'disrupt(?:s|ed|ing)? (?:the |your |this |an |their )?(?:[\\p{L}-]+ ){0,2}(?:industry|industries|market|markets|space|status quo|category|sector)|disruptive (?:technology|platform|solution|innovation|startup|product)',
    note: 'startup jargon',
    source: PLAIN,
    subtype: 'disrupt',
  },
  {
    phrase: 'rockstar',
    pattern: 'rock[- ]?stars?|ninjas?|jedis?',
    note: 'hiring jargon that says nothing about the work or the person',
    source: PLAIN,
    subtype: 'hire',
  },
  { phrase: 'low-hanging fruit', pattern: 'low[- ]hanging fruit', note: 'a cliché', source: PLAIN },
  {
    phrase: 'think outside the box',
    pattern: 'think(?:ing)? outside (?:of )?the box',
    note: 'a cliché',
    source: PLAIN,
  },
  {
    phrase: 'cutting-edge',
    pattern:
      'cutting[- ]edge|bleeding[- ]edge|next[- ]gen(?:eration)? (?:platform|solution|technology|software|tool)',
    note: 'hype with no detail',
    source: PLAIN,
  },
  {
    phrase: 'seamless',
    pattern:
      'seamless(?:ly)? (?:integration|integrations|experience|solution|platform|workflow|onboarding)|seamlessly (?:integrates?|connects?)',
    note: 'a promise with no detail',
    source: PLAIN,
  },
  {
    phrase: 'value-add',
    pattern: 'value[- ]adds?|value[- ]added (?:services?|solutions?)',
    note: 'jargon for "benefit"',
    source: PLAIN,
  },
  {
    phrase: 'touch base',
    pattern: 'touch(?:ing)? base',
    note: 'office jargon for "talk"',
    source: PLAIN,
  },
  {
    phrase: 'turnkey',
    pattern: 'turn[- ]?key (?:solution|platform|offering|package)',
    note: 'jargon with no detail',
    source: PLAIN,
  },
  {
    phrase: 'holistic',
    pattern: 'holistic(?:ally)? (?:approach|solution|view|platform|strategy)',
    note: 'jargon with no detail',
    source: PLAIN,
  },
  {
    phrase: 'empower',
    pattern:
      'empower(?:s|ing)? (?:you|your|our|their)\\b|empower(?:s|ing)? (?:the )?(?:[\\p{L}-]+ ){0,2}(?:teams?|businesses|companies|organizations|organisations|leaders|employees|workforces?|brands|users|customers|clients|managers|marketers|reps|sellers|agencies|startups|enterprises)',
    note: 'vague verb for what the product does',
    source: PLAIN,
  },
  {
    phrase: 'thought leader',
    pattern: 'thought[- ]leader(?:s|ship)?',
    note: 'jargon',
    source: PLAIN,
  },
  {
    phrase: 'deep dive',
    pattern: 'deep[- ]dive',
    note: 'jargon for "look closely"',
    source: PLAIN,
  },
  {
    phrase: 'ideate',
    pattern: 'ideat(?:e|es|ing|ion)',
    note: 'jargon for "think of"',
    source: PLAIN,
  },
]);
