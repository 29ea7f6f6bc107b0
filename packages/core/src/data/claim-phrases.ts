import { definePhrases } from './phrase-entry.js';

const FTC =
  'EVIDENCE.md: FTC substantiation policy (1984) — objective claims need a reasonable basis';

/** Superlatives and brag numbers a reader cannot check. */
export const CLAIM_PHRASES = definePhrases([
  {
    phrase: 'number one',
    pattern:
      '(?:the |a )?(?:number[- ]one|no\\.\\s*1|#1|number 1)(?! priority| (?:goal|concern|question|fan|reason|thing|rule|tip|mistake))',
    note: 'a ranking claim that needs a source',
    source: FTC,
    subtype: 'rank',
  },
  {
    phrase: 'leading',
    pattern:
      '(?:industry|market|world|category)[- ]leading|(?:the|a) leading (?:provider|platform|company|vendor|solution|supplier|agency|firm|brand|expert|tool|software)',
    note: 'a leadership claim with no basis given',
    source: FTC,
    subtype: 'rank',
  },
  {
    phrase: 'world-class',
    pattern: 'world[- ]class',
    note: 'a quality claim with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'best-in-class',
    pattern: 'best[- ]in[- ](?:class|breed)',
    note: 'a comparative claim with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: '159 of the Fortune 500',
    pattern: '(?:\\d[\\d,]*%?|half|most|many) of the fortune (?:500|100|1000)',
    note: 'a brag number the reader cannot check',
    source: FTC,
    subtype: 'number',
  },
  {
    phrase: 'trusted by 10,000+ companies',
    pattern:
      '(?:trusted|used|loved|chosen) by (?:over |more than )?\\d[\\d,.]*[km]?\\+? (?:companies|customers|teams|businesses|brands|users|organizations|organisations)',
    note: 'a brag number the reader cannot check',
    source: FTC,
    subtype: 'number',
  },
  {
    phrase: 'the most advanced on the market',
    pattern:
      '(?:the )?(?:most (?:advanced|powerful|innovative|complete|comprehensive|trusted|accurate|secure)|fastest|best|only|cheapest|smartest) [\\p{L} -]{0,40}?(?:on the market|in the industry|in the world|available today|available anywhere|out there)',
    note: 'a superlative about the product that needs a source',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'unmatched',
    pattern: 'unmatched|unparalleled|second to none|unbeatable|like no other',
    note: 'a comparative claim with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'guaranteed results',
    pattern: 'guaranteed (?:results|roi|growth|success|leads)|guarantee (?:you|results)',
    note: 'a promise of outcome the sender cannot keep',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'award-winning',
    pattern: 'award[- ]winning',
    note: 'an award claim without naming the award',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: '10x your revenue',
    pattern:
      '(?:\\d+x|double|triple) your (?:revenue|sales|pipeline|leads|roi|growth|conversions?)',
    note: 'a results claim about the reader’s numbers with no basis',
    source: FTC,
    subtype: 'number',
  },
]);
