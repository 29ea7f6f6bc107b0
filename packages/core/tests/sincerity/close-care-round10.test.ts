/**
 * Round 10 of the blind hold-out sets: papers that go out for a signature unless the reader
 * objects, a yes taken as the premise ("assuming you're moving ahead"), papers sent over for a
 * signature nobody promised, an either/or on which slot to book the reader into, a choice of two
 * contract terms, a block of rooms held in the reader's name; in care touches, pricing offered with
 * the thing it prices and a credit or rate offer. Each idea is phrased in new ways, with honest
 * look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MessageKind } from '../../src/index.js';

function closes(text: string, kind?: MessageKind): string[] {
  return analyzeMessage({ text, ...(kind ? { kind } : {}) }).manipulativeCloses.map(
    (finding) => finding.evidence,
  );
}

function pitches(text: string): string[] {
  return analyzeMessage({ text, kind: 'care' }).carePitches.map((finding) => finding.evidence);
}

describe('manipulative close: a purchase step taken unless the reader objects', () => {
  it.each([
    [
      "I'll process the order on the 1st unless I hear otherwise.",
      "I'll process the order on the 1st unless I hear otherwise",
    ],
    [
      'The renewal agreement goes out for your signature Friday unless you tell me otherwise.',
      'The renewal agreement goes out for your signature Friday unless you tell me otherwise',
    ],
    [
      "We'll lock in the rate for your fleet on Monday unless we hear back.",
      "We'll lock in the rate for your fleet on Monday unless we hear back",
    ],
    [
      "I'm going to send over the contract Tuesday unless you say otherwise.",
      "I'm going to send over the contract Tuesday unless you say otherwise",
    ],
  ])('flags %j', (text, evidence) => {
    expect(closes(text, 'follow-up')).toContain(evidence);
  });

  it.each([
    "I'll assume you're in the office Monday unless I hear otherwise.",
    "I'll send the agenda Monday unless I hear otherwise.",
    "Thanks for confirming on the call: I'll send the contract over Monday unless I hear otherwise.",
    "I'll file the permit application Monday unless you tell me otherwise.",
    "We'll process your refund on Friday unless we hear otherwise.",
    'The contract you asked for goes out for signature Monday unless I hear otherwise.',
  ])('does not flag %j', (text) => {
    expect(closes(text, 'follow-up')).toEqual([]);
  });
});

describe("manipulative close: the reader's yes taken as a premise", () => {
  it.each([
    [
      "Assuming you're moving forward, I'll have the crew there on the 14th.",
      "Assuming you're moving forward",
    ],
    [
      "Assuming you're still on board, here are two install dates to choose from.",
      "Assuming you're still on board",
    ],
    [
      "Assuming that you are ready to sign, I'll bring the paperwork by Thursday.",
      'Assuming that you are ready to sign',
    ],
  ])('flags %j', (text, evidence) => {
    expect(closes(text, 'follow-up')).toContain(evidence);
  });

  it.each([
    "Assuming you're moving ahead with the renovation, here is the permit timeline.",
    "Assuming you're in, I'll save you a seat at the reunion.",
    "Assuming you're good to go for Saturday, I'll bring the kayaks.",
    "Assuming you're still on board with the new parking rules, nothing changes for you.",
    "You said on Tuesday you'd go ahead, so assuming you're still going ahead, the crew comes Monday.",
  ])('does not flag %j', (text) => {
    expect(closes(text, 'follow-up')).toEqual([]);
  });
});

describe('manipulative close: papers sent over for a signature nobody promised', () => {
  it.each([
    [
      "I'll email the agreement over for your e-signature this afternoon.",
      "I'll email the agreement over for your e-signature",
    ],
    [
      "We'll send you the service agreement to sign tomorrow.",
      "We'll send you the service agreement to sign",
    ],
    [
      "Once you pick a start date, I'll shoot over the paperwork for your signature.",
      "I'll shoot over the paperwork for your signature",
    ],
  ])('flags %j', (text, evidence) => {
    expect(closes(text, 'follow-up')).toContain(evidence);
  });

  it.each([
    "As you requested, I'll send the contract over for your signature today.",
    "If you decide to go ahead, I'll send the agreement for signature.",
    "I'll send the consent paperwork for your signature before Emma's visit.",
    "When you're ready, we'll send the contract over for signature.",
    "Once your board approves, I'll send the agreement for signature.",
    "Thanks for signing up! I'll send the agreement over for your signature today.",
  ])('does not flag %j', (text) => {
    expect(closes(text, 'follow-up')).toEqual([]);
  });
});

describe('manipulative close: which slot to book the reader into', () => {
  it.each([
    [
      'Tuesday or Thursday: which day should I book you in for?',
      'which day should I book you in for',
    ],
    ['Which package shall we sign you up for?', 'Which package shall we sign you up for'],
    [
      'I can do the 3rd or the 10th. What date should I pencil you in for?',
      'What date should I pencil you in for',
    ],
  ])('flags %j', (text, evidence) => {
    expect(closes(text, 'cold')).toContain(evidence);
  });

  it.each([
    'You asked for a tour, so which day should I put you down for?',
    'Which day did you put us down for?',
    'Thanks for your order! Which delivery date should I put you down for?',
    'Which day works for the site visit you mentioned?',
  ])('does not flag %j', (text) => {
    expect(closes(text, 'cold')).toEqual([]);
  });
});

describe('manipulative close: a choice of two contract terms', () => {
  it.each([
    [
      'Do you want the 12-month or the 24-month contract?',
      'Do you want the 12-month or the 24-month contract',
    ],
    [
      'Which suits you, a one-year or two-year lease?',
      'Which suits you, a one-year or two-year lease',
    ],
    [
      'Would you prefer the 3-year term or the 5-year term?',
      'Would you prefer the 3-year term or the 5-year term',
    ],
  ])('flags %j', (text, evidence) => {
    expect(closes(text, 'follow-up')).toContain(evidence);
  });

  it.each([
    'As you requested, would you like the 12-month or 24-month contract?',
    'Is the 12-month or the 24-month warranty longer?',
    'Was your last contract a 12-month one or a 24-month one?',
    'Thanks for your order! Shall we bill the 12-month or the 24-month plan?',
    'Did you want the 6-month or 12-month report on your account?',
  ])('does not flag %j', (text) => {
    expect(closes(text, 'follow-up')).toEqual([]);
  });
});

describe("manipulative close: a block of rooms or seats held in the reader's name", () => {
  it.each([
    [
      "We've reserved a block of 20 rooms for your sales kickoff.",
      "We've reserved a block of 20 rooms",
    ],
    [
      'I went ahead and held a room block at the Harbor Inn for your wedding guests.',
      'I went ahead and held a room block at the Harbor Inn for your',
    ],
    [
      "I've blocked off a block of 12 tables for your gala.",
      "I've blocked off a block of 12 tables",
    ],
  ])('flags %j', (text, evidence) => {
    expect(closes(text, 'cold')).toContain(evidence);
  });

  it.each([
    "I've blocked off a block of time on Friday for your questions.",
    "We've reserved a block of 20 rooms for your guests, as you requested.",
    "I've reserved a block of 10 rooms for you, but feel free to release them if plans change.",
    'The hotel reserved a block of 30 rooms for the conference.',
  ])('does not flag %j', (text) => {
    expect(closes(text, 'cold')).toEqual([]);
  });
});

describe('care pitch: pricing offered with the thing it prices', () => {
  it.each([
    [
      'Happy birthday, Joan! A corner unit opens in May, and I can email you the layout and pricing.',
      'email you the layout and pricing',
    ],
    [
      'Congratulations on the new house! Happy to send over the brochure and price list for our window packages.',
      'send over the brochure and price list',
    ],
    [
      "Thank you for ten great years. I'll share the menu and prices for our holiday catering.",
      'share the menu and prices',
    ],
  ])('flags %j', (text, evidence) => {
    expect(pitches(text)).toContain(evidence);
  });

  it.each([
    "Happy birthday! I'll send you the photos and the cake recipe.",
    "Congratulations on the new shop! Send me the menu and prices once they're final and I'll pass them around the office.",
    "Happy retirement! I'll send you the slideshow and the guest list.",
    'Thank you for the lovely card. I shared the photos and the recipe with the team.',
  ])('does not flag %j', (text) => {
    expect(pitches(text)).toEqual([]);
  });
});

describe('care pitch: a credit or rate offer', () => {
  it.each([
    [
      "Happy anniversary! As a thank-you, you're pre-qualified for a home equity line.",
      'pre-qualified for',
    ],
    ['Happy birthday! Celebrate with 0% APR on any new mattress through June.', '0% APR'],
    [
      'Thank you for being a member for five years. Enjoy a loyalty rate on your next CD.',
      'loyalty rate',
    ],
  ])('flags %j', (text, evidence) => {
    expect(pitches(text)).toContain(evidence);
  });

  it.each([
    'Thank you for being a member! Your savings earned 4.1% APY this year.',
    'Congratulations on the new car! We know how hard you worked to get approved for the loan.',
    "Congratulations on getting pre-approved for your mortgage! We're so happy for you.",
    'Thinking of you after the surgery. I hope your heart rate settles soon.',
  ])('does not flag %j', (text) => {
    expect(pitches(text)).toEqual([]);
  });
});
