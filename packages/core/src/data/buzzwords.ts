import { definePhrases } from './phrase-entry.js';

const PLAIN = 'EVIDENCE.md: Boomerang — 3rd-grade reading level 53% vs college level 39%';

/** Abstract nouns that a vague verb can "drive" or "unlock" without anyone saying what happens. */
const ABSTRACT_GOAL =
  '(?:value|growth|synerg(?:y|ies)|efficienc(?:y|ies)|outcomes|engagement|transformation|innovation|potential|insights|excellence|visibility|alignment|impact|roi|spend|experiences?|success|revenue streams?|opportunities|capabilities|agility|resilience|scalability|velocity)';

/** Modifiers that may stand between a vague verb and its abstract object. */
const GOAL_MODIFIER =
  '(?:your|our|their|the|new|more|real|greater|true|hidden|untapped|full|maximum|meaningful|measurable|sustainable|scalable|holistic|end-to-end|operational|digital|strategic|business|customer|patient|guest|member|employee|user|client|shopper|brand|candidate|buyer|donor|student|fan|team|organizational|cross-functional|frictionless|seamless|exponential|incremental|bottom-line|top-line|enterprise-wide|company-wide|long-term|data-driven|actionable|key|critical|core|unprecedented|better|improved|faster)';

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
      'cutting[- ]edge|bleeding[- ]edge|next[- ]gen(?:eration)? (?:platform|solution|technology|software|tool)|next-gen(?:eration)?(?! (?:of|sequencing)\\b)',
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
    pattern: 'value[- ]adds?|value[- ]added(?! (?:tax|taxes|vat|resellers?)\\b)',
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
    pattern:
      'holistic(?:ally)?(?! (?:health|healthcare|medicine|medical|dentist|dentistry|dental|care|healing|practitioners?|nutrition|therapy|therapies|therapist|wellness|veterinary|veterinarian|vet|doctors?|treatments?|massage|chiropractic|approach to (?:your )?(?:health|care|wellness|healing))\\b)',
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
  {
    phrase: 'mission-critical',
    pattern: 'mission[- ]critical',
    note: 'says something matters a lot without saying what or why',
    source: PLAIN,
  },
  {
    phrase: 'right-size',
    pattern: 'right[- ]?siz(?:e|es|ed|ing)',
    note: 'jargon for "change the size of" — say what grows or shrinks',
    source: PLAIN,
  },
  {
    phrase: 'operationalize',
    pattern: 'operationali[sz](?:e|es|ed|ing|ation)',
    note: 'jargon for "put into practice"',
    source: PLAIN,
  },
  {
    phrase: 'digital transformation',
    pattern: 'digital(?:ly)? transform(?:ation|ations|ing|s)?',
    note: 'a slogan, not a change the reader can picture',
    source: PLAIN,
  },
  {
    phrase: 'end-to-end visibility',
    pattern:
      'end[- ]to[- ]end(?=,? (?:[\\p{L}-]+,? ){0,3}?(?:visibility|solutions?|platforms?|experiences?|services|capabilit(?:y|ies)|offerings?|approach|partner(?:ship)?s?|transformation|ecosystems?|journeys?|value|provider)\\b)',
    note: 'a promise of completeness with no detail',
    source: PLAIN,
  },
  {
    phrase: 'ecosystem',
    pattern:
      '(?:supply[- ]chain|partner|product|ticketing|digital|business|tech|technology|platform|app|software|data|integration|payments?|innovation|startup|retail|commerce|e-?commerce|marketing|sales|customer|solutions?|cloud|vendor|developer|martech|fintech|healthtech|ai|api|saas|hr|talent|logistics|freight|carrier|revenue|growth|creator|event|fan|robust|thriving|vibrant|seamless|integrated|connected|holistic|omnichannel) ecosystems?|ecosystems? of (?:[\\p{L}-]+ )?(?:partners|integrations|apps|tools|solutions|vendors|carriers|products|services|providers|plugins|platforms|resources|experts|talent|brands|creators)',
    note: 'jargon for "the tools and partners we work with" — name them',
    source: PLAIN,
  },
  {
    phrase: 'omnichannel',
    pattern: 'omni[- ]?channel',
    note: 'jargon for "on every channel" — name the channels',
    source: PLAIN,
  },
  {
    phrase: 'touchpoint',
    pattern: 'touch[- ]?points?',
    note: 'jargon for the moments someone deals with you — name them',
    source: PLAIN,
  },
  {
    phrase: 'future-proof',
    pattern: 'future[- ]proof(?:s|ed|ing)?',
    note: 'a promise about the future with no detail',
    source: PLAIN,
  },
  {
    phrase: 'laser-focused',
    pattern:
      "laser-focus(?:ed)?|(?<=\\b(?:is|are|'re|'m|am|stay|stays|remain|remains|be|been|get|got|keep|keeps) )laser focus(?:ed)?",
    note: 'a cliché for "focused"',
    source: PLAIN,
  },
  {
    phrase: 'unlock value',
    pattern: `(?:drive|drives|driving|unlock|unlocks|unlocking|unleash|unleashes|unleashing|maximi[sz]e|maximi[sz]es|maximi[sz]ing|optimi[sz]e|optimi[sz]es|optimi[sz]ing|accelerate|accelerates|accelerating|supercharge|supercharges|supercharging|turbocharge|turbocharges|turbocharging|reimagine|reimagines|reimagining|revolutioni[sz]e|revolutioni[sz]es|revolutioni[sz]ing|transform|transforms|transforming|elevate|elevates|elevating|rationali[sz]e|rationali[sz]es|rationali[sz]ing|harness|harnesses|harnessing|catalyze|catalyzes|catalyse|catalyses|amplify|amplifies|amplifying) (?:${GOAL_MODIFIER},? ){0,3}${ABSTRACT_GOAL}`,
    note: 'a vague verb with an abstract goal: say what will change, and by how much',
    source: PLAIN,
  },
  {
    phrase: 'data-driven',
    pattern:
      '(?:ai|data|results|insights?|outcomes?|customer|client|people|mission|purpose|growth|tech|technology|innovation|performance|metrics|impact|value)[- ](?:driven|first|centric|powered|led|obsessed|oriented|enabled)|purpose[- ]built|[\\p{L}]+-agnostic|asset[- ]light|forward[- ]thinking|full[- ]lifecycle|frictionless',
    note: 'a label that sounds modern and says nothing concrete',
    source: PLAIN,
  },
  {
    phrase: 'operational excellence',
    pattern:
      'operational excellence|value proposition|core competenc(?:y|ies)|actionable insights?|key learnings|strategic alignment|centers? of excellence|single pane of glass|mindshare|win[- ]win|secret sauce|boil(?:ing)? the ocean',
    note: 'stock jargon that says nothing the reader can check',
    source: PLAIN,
  },
  {
    phrase: 'cloud-native',
    pattern:
      'cloud[- ](?:native|first|based)|scalable|at scale|api[- ]first|mobile[- ]first|enterprise[- ]grade',
    note: 'a technical label used as hype: counts only among other jargon',
    source: PLAIN,
    subtype: 'technical',
  },
]);
