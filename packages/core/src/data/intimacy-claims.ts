import { definePhrases } from './phrase-entry.js';

const INTIMACY =
  'EVIDENCE.md: Granovetter 1973 — intimacy is earned over time; a template cannot claim it';

/**
 * Claims of personal knowledge or feeling. On their own they can be sincere; filled in by a merge
 * field ("I know how much you love {{hobby}}") the same words go to everyone, which the reader
 * notices. Subtype `before` means the merge field stands before the claim ("{{cause}} is close to
 * my heart"); otherwise it follows it. Subtype `knowing` ("we know", "I'm sure") claims to know a
 * fact whose subject is the field, and counts only when a `bond` follows the field in the same
 * clause ("we know {{petName}} has become your best friend"): the sender claims to know how the
 * reader feels about someone a template names. A `bond` alone is never a finding.
 */
export const INTIMACY_CLAIMS = definePhrases([
  {
    phrase: 'I know how much you love …',
    pattern:
      "(?:i|we) know (?:just )?how much you (?:love|enjoy|care about|value|adore|like)|(?:i|we) know you (?:love|adore|care (?:so much|deeply) about)|(?:i|we) know you(?:'re| are) (?:(?:so|really|truly|very) )?(?:passionate about|obsessed with|a (?:huge |big )?fan of|into|excited about)|(?:i|we) know you (?:can't|cannot|couldn't|could not) (?:imagine|picture) (?:your )?(?:life|a day|a morning|home|your days|the house) without",
    // A firm's "we" claims the same knowledge as a rep's "I": the whole clinic cannot know it
    // either when a field fills it in.
    note: 'claims to know what the reader loves, filled in by a field',
    source: INTIMACY,
    subtype: 'knowledge',
  },
  {
    phrase: 'I know how hard … can be',
    pattern:
      "(?:i|we) know (?:exactly |firsthand |first-hand )?(?:how|what) (?:hard|difficult|busy|stressful|tough|exciting|important|frustrating|painful|overwhelming|much|it's like|it feels)",
    note: 'claims to know the reader’s feelings about a topic a field names ("we know how much {{pet}} means to you")',
    source: INTIMACY,
    subtype: 'knowledge',
  },
  {
    phrase: "I've been thinking about …",
    pattern:
      "i(?:'ve| have)? (?:been |was )?(?:just )?(?:thinking|worrying|wondering) (?:a lot |so much |lately )?(?:about|of)|i (?:couldn't|could not|can't|cannot) stop thinking about|(?:i'll|i will|i'd never|i never) (?:never )?forget(?: how)?|we(?:'ll| will|'d| would)? never forget(?! to\\b)(?: how| the way| the day| when)?|(?:i|we) (?:could|can) (?:already |really |just |clearly )?(?:see|tell) how much",
    // "We can already tell how much {{childName}} loves building things": a firm's "we" claims the
    // same insight as a rep's "I" when a field names whose delight it is.
    note: 'claims the reader has been on the sender’s mind',
    source: INTIMACY,
    subtype: 'feeling',
  },
  {
    phrase: 'Everyone here still talks about …',
    pattern:
      "(?:everyone|everybody|all of us|the (?:whole |entire )?(?:team|staff|office|clinic|crew)|our (?:whole |entire )?(?:team|staff|crew)|we)(?: here)?(?:'ll| will)?(?: all)? (?:still (?:talks?|talking) about|(?:still|always) remembers?|(?:can't|cannot|couldn't) stop (?:talking|thinking) about)",
    // "Still" and "always" make it a claim of lasting feeling; "we talked about {{topic}}" (a real
    // conversation with the reader) and "we always talk about {{topic}} first" are plain.
    note: 'claims the sender’s whole team keeps the reader (or their pet, child or home) in mind',
    source: INTIMACY,
    subtype: 'feeling',
  },
  {
    phrase: 'Everyone on our team has heard all about …',
    pattern:
      "(?:everyone|everybody|all of us|the (?:whole |entire )?(?:team|staff|office|clinic|crew|front desk)|our (?:whole |entire )?(?:team|staff|crew|front desk))(?: (?:here|on (?:our|the) (?:team|staff)|at the (?:clinic|office|shop|studio)))?(?:'s| has| have)(?: all)? (?:heard|been hearing) (?:all|so much|plenty|stories) about|we(?:'ve| have) all (?:heard|been hearing) (?:all |so much |plenty |stories )?about|(?:everyone|everybody|all of us|the (?:whole |entire )?team|our (?:whole |entire )?team)(?: here)? (?:knows|know) all about",
    // A whole team that "has heard all about {{petName}}'s obsession with {{favoriteActivity}}"
    // claims stories the reader never told them; a bare "we've heard about {{company}}'s
    // expansion" is news, so it needs the team or "all" to count.
    note: 'claims the sender’s whole team has heard stories about the reader (or their pet or child)',
    source: INTIMACY,
    subtype: 'feeling',
  },
  {
    phrase: 'as a fellow …',
    pattern: '(?:as a|a|another|being a) fellow',
    note: 'claims kinship (a shared city, school or hobby) that a field fills in',
    source: INTIMACY,
    subtype: 'kinship',
  },
  {
    phrase: "I've always admired …",
    pattern:
      "i(?:'ve| have) (?:always |long |really |truly )?(?:admired|loved|been (?:a (?:huge |big )?fan|impressed|inspired|following))|i (?:really |truly |absolutely |just |genuinely )?(?:love|admire|adore) (?:what|how|that|your|the way)",
    note: 'claims admiration for something a field names',
    source: INTIMACY,
    subtype: 'feeling',
  },
  {
    phrase: 'I was so moved by …',
    pattern:
      "i (?:was|am|'m) (?:so |really |truly |deeply |genuinely )?(?:moved|touched|inspired|blown away|amazed|struck) (?:by|with)",
    note: 'claims an emotional reaction to something a field names',
    source: INTIMACY,
    subtype: 'feeling',
  },
  {
    phrase: 'I feel like I know you',
    pattern: '(?:i|we) (?:feel|felt) (?:like |as if )?(?:i|we) (?:already )?know (?:you|your)',
    note: 'claims familiarity',
    source: INTIMACY,
    subtype: 'feeling',
  },
  {
    phrase: 'I remember how much you …',
    pattern:
      "i (?:still |always |distinctly |clearly )?remember(?:ed)? (?:how much you|how you|when you|that|you(?:r)? (?:love|loving|said|saying|told|telling|mentioned|mentioning|talking about|sharing|describing|raving about|going on about))|(?:and )?remembered (?:that|how|when)|(?:i|we)(?:'ve| have)? never forgot(?:ten)? (?:how|that|you)",
    // A memory of the reader telling someone something ("I remember you telling our tech how much
    // you love hosting {{holiday}}") claims the same closeness as "I remember you said"; filled in
    // by a field, everyone on the list gets the same memory.
    note: 'claims a personal memory of the reader',
    source: INTIMACY,
    subtype: 'knowledge',
  },
  {
    phrase: 'I was looking at …',
    pattern:
      "i(?:'ve| have)? (?:was |been )?(?:just )?(?:looking at|reading|browsing|checking out|digging into|poring over|admiring)",
    note: 'claims a personal look at something a field names',
    source: INTIMACY,
    subtype: 'knowledge',
  },
  {
    phrase: 'your passion for …',
    pattern: 'your (?:passion|love|enthusiasm) for',
    note: 'claims to know what the reader loves',
    source: INTIMACY,
    subtype: 'knowledge',
  },
  {
    phrase: 'We know {{petName}} …',
    pattern:
      "(?:i|we) (?:already |just |all |truly |both )?know(?: that)?|(?:i'm|i am|we're|we are) (?:so |quite )?(?:sure|certain)(?: that)?|(?:i|we) (?:can|could) (?:tell|see)(?: that)?|(?:there's |there is )?no doubt(?: that)?",
    // On its own "we know {{petName}} is due for a booster" is a plain fact; it is intimacy only
    // with a `bond` right after the field.
    note: 'claims to know something about the person or thing a field names',
    source: INTIMACY,
    subtype: 'knowing',
  },
  {
    phrase: '… has become your best friend',
    pattern:
      "(?:has (?:truly |really |quickly |since )?become|(?:has )?(?:always )?been|is|'s|will always be|became|remains) (?:truly |really |still |now |clearly )?(?:your|the family's) (?:very )?(?:best friend|best buddy|whole world|everything|pride and joy|rock|sunshine|heart and soul)|(?:is|'s|has become|became) the (?:light of your life|apple of your eye|cent(?:er|re) of your (?:world|universe))|means (?:so much|a lot|the world|everything|more than (?:words|anything)) to (?:you|your)|(?:is|'s|has become|became) (?:such |a |an )?(?:(?:huge|big|special|important|beloved|cherished) )?(?:part|member) of your (?:family|life|lives|world|heart|home|story)|(?:holds|has) (?:a )?(?:special )?place in your heart|(?:is|'s) (?:so |very |especially )?(?:close|dear|precious|special) to (?:you|your heart)|(?:loves|adores) you|(?:brings|has brought|gives) you (?:so much|such|endless) (?:joy|happiness|comfort)|(?:will be|'ll be) (?:so |deeply |dearly |greatly |terribly |sorely )?missed|(?:is|are) (?:so |deeply |dearly |greatly |terribly |sorely )missed",
    note: 'says how the reader feels about someone a field names: their pet, child, parent or team',
    source: INTIMACY,
    subtype: 'bond',
  },
  {
    phrase: '… is close to my heart',
    pattern:
      '(?:is|are) (?:so |very |also )?(?:close|dear) to my heart|means (?:so much|a lot|the world) to me|(?:is|are) my (?:favorite|favourite)|caught my (?:eye|attention)|(?:stood|stands) out to me|(?:really )?(?:impressed|inspired|resonated with) me',
    note: 'claims a shared feeling about something a field names',
    source: INTIMACY,
    subtype: 'before',
  },
]);
