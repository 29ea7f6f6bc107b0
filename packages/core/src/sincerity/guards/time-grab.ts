/** Asking for the reader's time: only a request, not a past meeting or the reader's own words. */
import type { TextSpan } from '../message-analysis.js';
import { type Guard, type MatchContext, PAST_CONTEXT, READER_SAID, REQUEST } from './shared.js';

/**
 * What the time is for, when it serves the sender: a demo or a pitch ("so I can walk you through a
 * demo", "to show you what we built"), qualifying the reader ("to learn about your needs", "to see
 * whether your checkout data is a good test case") or free advice ("pick your brain", "help shape
 * our roadmap"). Time offered for the reader's own errand ("if you want help with the import",
 * "to walk you through the settings you asked about") names none of these.
 */
/** What a seller shows or presents: the product, or the work that sells it. */
const OFFERING =
  '(?:platform|product|products|app|tool|software|solution|solutions|service|services|offering|features|module|demo|portal|dashboard|portfolio|showreel|deck|case studies)';

/** What the sender needs the reader's time for, for their own job ("my quarterly review"). */
const SENDERS_ERRAND =
  '(?:meeting|review|quota|targets?|numbers|report|presentation|kickoff|kick-off|pitch|research|study|survey|thesis|case study|pipeline|forecast|boss|manager|bonus|deadline)';

const SENDER_PURPOSE = new RegExp(
  [
    String.raw`\b(?:walk|take) you through (?:a|an|our|my|the) (?:quick |short |brief |live |full )?(?:demo|platform|product|solution|software|tool|app|offering|features|deck|presentation|walkthrough|product tour)\b`,
    // "walk you through our capabilities": the sender's firm and what it sells, not the reader's errand.
    String.raw`\b(?:walk|take) you through (?:our|my) (?:[\p{L}-]+ )?(?:capabilities|services|offerings|solutions|portfolio|firm|practice|company|agency|credentials|track record)\b`,
    // "walk everyone through the trial results and our access program", "walk your staff through
    // our full lineup": the sender's range, shown to the reader or the reader's people.
    // "walk everyone at the board meeting through our portfolio", "walk you through our care
    // plans and pricing tiers": the sender's work and price list, shown to sell it.
    String.raw`\b(?:walk|take|run) (?:you|you all|everyone|everybody|the (?:team|staff|board|committee)|your (?:[\p{L}-]+ )?(?:team|staff|people|providers|group|crew|board|committee)) through\b[^.?!\n]{0,60}?\b(?:our|my) (?:[\p{L}-]+ ){0,2}?(?:programs?|programmes?|products|offering|offerings|lineup|line-up|range|catalog|catalogue|packages|solutions|capabilities|portfolio|showreel|credentials|track record|case studies|pricing|price list|rates|tiers|(?:care|service|membership|pricing|payment|coverage|meal|subscription) plans)\b(?! for (?:your|the)\b)`,
    // "run through the course catalog with you", "go over our spring lineup together": the
    // sender's range, gone through with the reader, which is a pitch whatever it is called.
    String.raw`\b(?:walk|run|go|talk|look|page|flip) (?:through|over) (?:(?:our|my) (?:[\p{L}-]+ ){0,2}?(?:catalog|catalogue|course list|lineup|line-up|range|product line|offerings|price list|rate card|menu of services|service menu)|the (?:[\p{L}-]+ ){0,2}?(?:catalog|catalogue|course list|product range|product line|price list|rate card|menu of services|service menu))(?: and (?:the |our )?(?:pricing|prices|rates|packages|options))? (?:with you|together)\b`,
    // "walk you through our methodology and a few case studies", "take you through our search
    // process and some recent placements": other clients' work held up as proof of the sender's.
    String.raw`\b(?:walk|take|run) you through\b(?:(?!\byour\b)[^.?!\n]){0,60}?\b(?:a few|some|a couple of|several|a handful of|two|three) (?:of (?:our|my) )?(?:(?!(?:your|their|his|her)\b)[\p{L}-]+ ){0,2}?(?:case studies|placements|success stories|(?:recent|past|previous|similar|completed|client) projects|client work|testimonials)\b`,
    // "walk you through our proprietary allocation models", "take you through our signature
    // method": the sender's own trademarked way of working, which is what they sell.
    String.raw`\b(?:walk|take|run) you through (?:our|my) (?:[\p{L}-]+ )?(?:proprietary|in-house|signature|exclusive|trademarked|patented|patent-pending|award-winning)\b`,
    // "show you how our clients are positioned", "share what our customers are seeing": other
    // buyers held up as proof, which is a pitch whatever the call is called.
    String.raw`\b(?:show you|share|tell you|walk you through) (?:how|what|where) (?:our|my) (?:other |existing |current |top )?(?:clients|customers|members|investors|subscribers|accounts|partners) (?:are|have|did|got|saw|see|use|do)\b`,
    String.raw`\b(?:show|give) you (?:a (?:quick |short |brief |live )?(?:demo|walkthrough|tour|preview)\b|around (?:our|my)\b)`,
    // "show you our rate tool", "show you our new booking portal": a product of the sender's.
    String.raw`\bshow you (?:(?:our|my) (?:[\p{L}-]+ ){0,2}?${OFFERING}|what (?:we|i)(?:'ve| have)? (?:built|do|offer|make|made|can do|created)|how (?:we|i) (?:can |could |might )?(?:help|work|do it)|how (?:our|my) (?:[\p{L}-]+ ){1,2}?(?:works?|helps?|(?:can|could|would) help))\b`,
    String.raw`\b(?:show you|share|tell you) how (?:we(?:'ve| have)|(?:[\p{L}\p{N}&.-]+ ){1,4}(?:has|have)) helped\b`,
    // "explain how Pinecrest can help": the sender's pitch, named as help.
    String.raw`\b(?:explain|show you|tell you) how (?:we|i|(?:our|my) [\p{L}-]+(?: [\p{L}-]+)?|(?!(?:this|that|these|those|it|they|the|a|an|your|you|he|she|one)\b)[\p{L}\p{N}&.-]+(?: [\p{L}\p{N}&.-]+)?) (?:can|could|might|would) help\b`,
    String.raw`\b(?:demo|pitch|showcase) (?:our|my|the new)\b|\b(?:present|introduce)(?: you to)? (?:our|my|the) (?:new |latest )?${OFFERING}\b`,
    String.raw`\b(?:give|run|do) (?:you )?(?:a|an|our) (?:quick |short |brief |live )?(?:demo|walkthrough|pitch|presentation)\b`,
    String.raw`\btell you (?:a bit |a little |more )?about (?:our|my|what (?:we|i)|how (?:we|i))\b`,
    String.raw`\bpick your brains?\b`,
    String.raw`\b(?:learn|hear|understand) (?:a bit |a little |more )?about your (?:[\p{L}-]+ )?(?:needs|goals|challenges|priorities|business|process|processes|setup|stack|pain points|budget|plans|requirements)\b`,
    String.raw`\b(?:see|find out|figure out|explore|learn|understand|assess|determine|qualify) (?:whether|if) (?:we(?:'d| would)? (?:be a (?:good |great )?(?:fit|match)|can help|could help|might help)|there(?:'s| is) a fit|it(?:'s| is|'d be| would be) a (?:good |great )?fit|(?:you|our [\p{L}-]+|your [\p{L}-]+(?: [\p{L}-]+)?)(?:'re|'d be| is| are| would be| could be| might be) a (?:good |great )?(?:fit|match|test case|candidate|use case))\b`,
    String.raw`\b(?:shape|inform|validate|improve|test|tighten|refine|sharpen) (?:(?:our|my) (?:roadmap|product|idea|research|pitch|offering|thesis|module|prototype)|the (?:roadmap|pitch|prototype))\b`,
    String.raw`\b(?:get|hear) your (?:honest )?(?:feedback|input|thoughts|take|reaction|opinion) (?:on|to|about) (?:our|my|what (?:we|i))\b`,
    // The sender's own errand: "it would really help me with my quarterly review", "our regional
    // sales meeting is on the 18th", "I've been asked to bring feedback from five surgeons".
    String.raw`\b(?:would|will|could) (?:really |so |truly |greatly |hugely |genuinely )?help (?:me|us)(?: out)? (?:with|for|going into|before|ahead of|prepare for|prep for) (?:my|our|that|this) (?:own )?(?:[\p{L}-]+ ){0,2}?${SENDERS_ERRAND}\b`,
    String.raw`\b(?:my|our) (?:own )?(?:[\p{L}-]+ ){0,2}?(?:sales (?:meeting|kickoff|kick-off|review|conference|offsite)|quota|pipeline review|forecast call|sales targets?)\b`,
    String.raw`\b(?:i|we)(?:'ve| have)? been asked to (?:bring|collect|gather|get|find|round up|line up) (?:some |a few |more |the )?(?:feedback|quotes|testimonials|input|references|interviews|case studies|logos)\b`,
  ].join('|'),
  'u',
);

/**
 * The ask and the reason around it: its sentence, the next one in the same paragraph ("Could you
 * spare 20 minutes? I'd love to show you what we built."), and what comes right before it: the
 * sentence before, or the whole paragraph before when the ask stands in a paragraph of its own
 * ("…learn more about your hiring needs. / Please let me know a good time for a call.").
 */
function requestSpan(context: MatchContext): TextSpan {
  const { message, sentence } = context;
  const index = message.sentenceAt(sentence.start);
  const next = message.sentences[index + 1];
  const end = next && next.paragraph === sentence.paragraph ? next.end : sentence.end;
  const previous = message.sentences[index - 1];
  if (!previous || previous.quoted) return { start: sentence.start, end };
  if (previous.paragraph === sentence.paragraph) return { start: previous.start, end };
  const paragraph = message.paragraphs[previous.paragraph];
  return { start: paragraph ? paragraph.start : previous.start, end };
}

/**
 * An equal way to answer without any call: "email works just as well", "or just reply here, whichever
 * is easier". A call offered beside it is an option, not a claim on the reader's time.
 */
const EQUAL_ALTERNATIVE =
  /\b(?:e-?mail|a (?:quick )?reply|replying|a note|writing back|text(?:ing)?|a text)(?: here| back)? (?:works|is|would be|does) (?:just as well|equally well|(?:fine|great|good) (?:too|as well)|just as good|every bit as good)\b|\b(?:or|otherwise) (?:just )?(?:reply|answer|write back|email me) (?:here|to this (?:email|note|message))?,? (?:whichever|whatever) (?:is|'s) easier\b|\b(?:whichever|whatever) is easier(?: for you)?,? (?:a )?(?:call|email|phone|reply) or (?:a |an )?(?:call|email|reply|note|text)\b|\bno need for a call\b|\b(?:a )?call (?:isn't|is not|is never) (?:necessary|needed|required)\b/u;

/**
 * How far on each side of the ask `judgeTimeRequest` reads: far beyond any real sentence pair, and
 * a text with no sentence marks (a 1 MB paste) is not read whole once per ask.
 */
const REQUEST_WINDOW = 1200;

/**
 * The lower-cased text of `span` within `REQUEST_WINDOW` of the match, without the words cut in
 * two where the window is narrower than the span.
 */
function near(context: MatchContext, span: TextSpan): string {
  const { message, match } = context;
  const start = Math.max(span.start, match.start - REQUEST_WINDOW);
  const end = Math.min(span.end, match.end + REQUEST_WINDOW);
  let window = message.lower.slice(start, end);
  if (end < span.end) window = window.slice(0, Math.max(0, window.search(/\s\S*$/u)));
  if (start > span.start) window = window.slice(Math.max(0, window.search(/\s/u)));
  return window;
}

/** "Could you spare 20 minutes so I can walk you through a demo?": time for the sender's ends. */
function judgeTimeRequest(context: MatchContext): number | null {
  const text = near(context, requestSpan(context));
  // "Since you asked for a demo, could you spare 20 minutes?": the reader wants it.
  if (READER_SAID.test(text) || !SENDER_PURPOSE.test(text)) return null;
  return 0.85;
}

export const timeGrabGuard: Guard = (context) => {
  const { match, before, sentence, message } = context;
  if (READER_SAID.test(before)) return null;
  // "after our quick call" is past; "interested in a deep dive" is a request.
  if (PAST_CONTEXT.test(before) && !/\binterested in\s*$/u.test(before)) return null;
  if (match.entry.subtype === 'time-request') {
    // "Thank you for finding 20 minutes to see the demo": time already given.
    return /\b(?:thanks?|thank you|appreciated?)\b/u.test(before)
      ? null
      : judgeTimeRequest(context);
  }
  const whole = near(context, sentence);
  // "A quick call next week, if you like, but email works just as well": an option beside an equal
  // one, unless the call is still for the sender's pitch.
  const around = near(context, requestSpan(context));
  if (EQUAL_ALTERNATIVE.test(around) && !SENDER_PURPOSE.test(around)) return null;
  const ownsTime = /of your (?:time|day|calendar)|on your calendar|pick your brain/u.test(
    message.lower.slice(match.start, match.end),
  );
  if (!ownsTime && !REQUEST.test(whole) && !/^(?:let's|hop|jump|grab|book)\b/u.test(whole))
    return null;
  return ownsTime ? 0.9 : 0.8;
};
