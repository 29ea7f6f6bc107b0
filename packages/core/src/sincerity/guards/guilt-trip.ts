/** Guilt and pestering in follow-ups, not empathy about something specific. */
import { type Guard, type MatchContext, READER_SAID } from './shared.js';

/** The sender counting their own attempts ("I've written to you twice …"). */
const SENDER_EFFORT =
  /\b(?:i|we|i've|we've)\b(?:\s+(?:have|had|now|already|also|just))*\s+(?:written|wrote|emailed|e-mailed|sent|called|messaged|texted|reached out|followed up|tried|left|asked)\b/u;

/** Silence from someone else ("… back from the insurer"): a status report, not a reproach. */
const FROM_SOMEONE_ELSE = /^\s+(?:back\s+|anything\s+|nothing\s+(?:back\s+)?)?from\s+(?!you\b)/u;

/**
 * A reply the sender is owed, named near "too much to ask" or "the least you could do": "a simple
 * 'not interested' would have taken you less time …", "the least you could do is reply", "a status
 * update seemed like the least you could do", or a promise the reader broke ("…back on Friday as
 * agreed"). Ad copy ("Is it too much to ask for software that just works?") names none.
 */
const REPLY_OWED =
  /\b(?:repl(?:y|ied|ies)|respon(?:d|se|ded)|answer(?:ed)?|write back|get back to (?:me|us)|hear(?:d)? (?:back|from you)|yes or (?:a )?no|not interested|a quick no|left on read|(?:an?|the|some|any|quick|short|brief|status|progress) update|heads-?up|(?:let|keep) (?:me|us) (?:know|posted|informed|in the loop)|as (?:agreed|promised|discussed)|you (?:agreed|promised|said you would))\b/u;

/** Another party as the object of the sender's attempts ("the third time I've called the county"). */
const OTHER_OBJECT = /^\s+(?:the|a|an|their|his|her|them|him|it|its|our|my)\b/u;
/** Effort made on the reader's behalf. */
const FOR_THE_READER = /\b(?:on your behalf|for you|to get you|so you (?:can|don't|won't))\b/u;
/** A subject other than the sender, right before a "have not received a reply". */
const OTHER_SUBJECT =
  /\b(?:you|they|he|she|it|customers?|clients?|users?|members?|applicants?|[\p{L}-]+s)(?:'ve|'d)?\s+(?:still\s+|yet\s+|also\s+)*$/u;
/** Words that set the sender's messages against the reader's silence. */
const SILENCE =
  /\b(?:repl(?:y|ied|ies)|respon(?:d|se|ses|ded)|answer(?:ed|s)?|heard|hear back|silence|word back|get back to (?:me|us))\b/u;

/**
 * A hedge or a condition before "you haven't opened my last email": "in case", "if", "don't worry
 * if", "you probably": the sender allows for a lost email instead of blaming the reader.
 */
const UNOPENED_EXCUSED =
  /\b(?:if|in case|unless|whether|when|once|maybe|perhaps|probably|possibly|may|might|worry|worries|problem|sorry|understand)\b/u;

/** "…would be appreciated" right after "the courtesy of a reply": a reply asked for as owed. */
const COURTESY_OWED =
  /^\s+would (?:be|have been) (?:(?:much|greatly|really|very|so) )?(?:appreciated|nice|welcome|good|great)\b/u;

/** A reply named right before "would have been the courteous thing" ("a quick no", "a reply"). */
const REPLY_BEFORE =
  /\b(?:repl(?:y|ies)|response|answer|word|line|note|no|not interested|no thanks|thanks|thank you|heads-up)[\s"'”’]*$/u;
/** A reply named right after "it would have been polite": "…to reply", "…of you to say no". */
const REPLY_AFTER =
  /^\s+(?:of you )?to (?:(?:just|simply) )?(?:reply|respond|answer|write back|say no|let (?:me|us) know|get back to (?:me|us))\b/u;

/** The sender owning the lapse the courtesy line names ("I should have replied; sorry"). */
const SENDER_OWNS_IT =
  /\b(?:sorry|apologi[sz]e|apologies|my (?:bad|fault|mistake))\b|\b(?:i|we) (?:should|ought|didn't|did not|forgot|failed|never)\b/u;

function sentenceAndNext(message: MatchContext['message'], sentence: MatchContext['sentence']) {
  const next = message.sentences[message.sentenceAt(sentence.start) + 1];
  return message.lower.slice(sentence.start, next ? next.end : sentence.end);
}

export const guiltTripGuard: Guard = ({ before, after, message, match, sentence }) => {
  if (READER_SAID.test(before)) return null;
  const { subtype } = match.entry;
  // "I haven't heard back from the insurer yet, so I'll call them Monday" is honest status.
  const phrase = message.lower.slice(match.start, match.end);
  if (
    /\b(?:hear|heard|hearing|back|anything|nothing|something|answer|reply|response)$/u.test(
      phrase,
    ) &&
    FROM_SOMEONE_ELSE.test(after)
  )
    return null;
  // "You must be busy with the new clinic" is empathy about something specific, not a guilt line.
  if (
    subtype === 'busy' &&
    /^\s*(?:with|after|since|now that|preparing|getting|running)\s/u.test(after)
  )
    return null;
  // "without a reply" is a guilt line only after the sender's own attempts to reach the reader.
  if (subtype === 'unanswered' && !SENDER_EFFORT.test(before)) return null;
  // "I was hurt to be ignored by my old bank, so I built …" is a founder's story, not a reproach.
  if (subtype === 'hurt' && /^\s+by\s+(?!you\b)/u.test(after)) return null;
  if (subtype === 'entitled') {
    // "…by Friday, if that's not too much to ask" is a courteous hedge, not a reproach.
    if (/\b(?:if|hope|unless)\s+$/u.test(before)) return null;
    const index = message.sentenceAt(sentence.start);
    const previous = message.sentences[index - 1];
    const around = message.lower.slice(previous ? previous.start : sentence.start, sentence.end);
    if (!REPLY_OWED.test(around)) return null;
  }
  // "Did I do something wrong with the order form?" asks for help, not for sympathy.
  if (subtype === 'wrong' && /^\s*(?:with|on|in|when|while|during)\s/u.test(after)) return null;
  // "The third time I've called the county on your behalf" is effort for the reader.
  if (subtype === 'count' && (OTHER_OBJECT.test(after) || FOR_THE_READER.test(before + after)))
    return null;
  // "I've sent you two emails today: the invoice and the map" counts nothing against the reader.
  if (subtype === 'sent-count' && !SILENCE.test(sentenceAndNext(message, sentence))) return null;
  if (subtype === 'no-reply') {
    // "If you haven't received a reply from support…", "once we have not had a response": a
    // process or someone else's silence, not the reader's.
    if (OTHER_SUBJECT.test(before) || /\b(?:if|in case|unless|once|when|whether)\b/u.test(before))
      return null;
    // "I've never had a reply this fast from a vendor" is praise.
    if (/^\s+(?:this|that|so|as|more)\b/u.test(after)) return null;
  }
  // "We extend the courtesy of a reply to every applicant" reproaches no one.
  // "…the courtesy of a heads-up would be appreciated" asks for it as owed.
  if (
    subtype === 'courtesy' &&
    !/n't\b|\b(?:not|no|nobody|no one|never|without|lack|even|least)\b/u.test(before) &&
    !COURTESY_OWED.test(after)
  )
    return null;
  // "I'm not surprised, since you seemed so keen" and "pleasantly surprised" reproach no one.
  if (
    subtype === 'keen' &&
    /(?:\bnot|n't|\bnever|\bpleasantly|\bhappily)\s+(?:[\p{L}']+\s+)?$/u.test(before)
  )
    return null;
  // "I'm not sure what else I'm supposed to do with the old sofa" asks for help.
  if (
    subtype === 'at-a-loss' &&
    /^\s*(?:with|about|for|to|regarding|on|when|if|after|before)\s/u.test(after)
  )
    return null;
  // "If you haven't opened my last email, the invoice is attached again" offers help, not blame.
  if (subtype === 'unopened' && UNOPENED_EXCUSED.test(before)) return null;
  if (subtype === 'rude') {
    // "A quick no would've been the courteous thing", "it would have been polite to reply": the
    // courtesy is a reply. "It would have been polite to call ahead" names none.
    if (!phrase.startsWith('the ') && !REPLY_BEFORE.test(before) && !REPLY_AFTER.test(after))
      return null;
    // "The polite thing would have been to reply sooner; I'm sorry" is the sender owning a lapse.
    if (SENDER_OWNS_IT.test(`${before}${phrase}${after}`)) return null;
  }
  return 0.9;
};
