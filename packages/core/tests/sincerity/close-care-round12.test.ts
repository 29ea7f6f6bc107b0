import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

type Kind = 'cold' | 'follow-up' | 'care';

function timeGrabs(text: string, kind: Kind = 'cold'): string[] {
  return analyzeMessage({ text: `Hi Jo,\n\n${text}`, kind }).timeGrabs.map((f) => f.evidence);
}

function closes(text: string): string[] {
  return analyzeMessage({ text: `Hi Jo,\n\n${text}` }).manipulativeCloses.map((f) => f.evidence);
}

function carePitches(text: string): string[] {
  return analyzeMessage({ text: `Hi Jo,\n\n${text}`, kind: 'care' }).carePitches.map(
    (f) => f.evidence,
  );
}

describe('time grab: the sender’s proprietary method or other clients as the agenda', () => {
  it.each([
    'Could you set aside 30 minutes next week? I will walk you through our proprietary scoring framework.',
    'Can we book an hour on Tuesday? We would take you through our in-house pricing engine.',
    'Could you spare 20 minutes? I want to show you how our clients are cutting freight costs.',
    'Could you find 40 minutes this month? I will share what our customers are seeing with the new rules.',
  ])('flags %j', (text) => {
    expect(timeGrabs(text)).not.toEqual([]);
  });

  it.each([
    'Could you set aside 30 minutes next week? I will walk you through the settings you asked about.',
    'Our proprietary method is described in the attached paper, no call needed.',
    'Could you spare 20 minutes on Thursday so we can go over your own renovation plan?',
    'You asked how our clients handle the audit. Could you spare 20 minutes? I will show you how our clients are preparing.',
    'Our clients are positioned in many ways, and the report you requested explains them.',
  ])('leaves alone %j', (text) => {
    expect(timeGrabs(text)).toEqual([]);
  });
});

describe('time grab: an optional call beside an equal alternative', () => {
  it.each([
    'If you want a quick call next week I can go over the timeline, but email works just as well.',
    'Happy to do a short call about the seating chart; a reply here is fine too.',
    'A quick chat could sort the menu out, though writing back works just as well.',
  ])('leaves alone %j', (text) => {
    expect(timeGrabs(text, 'follow-up')).toEqual([]);
  });

  it.each([
    'Can we hop on a quick call so I can walk you through a demo of our platform? Email works just as well.',
    'Could we grab a quick call this week? I want to show you what we built.',
    'Can we set up a quick call so I can pick your brain about your roadmap?',
  ])('flags %j', (text) => {
    expect(timeGrabs(text)).not.toEqual([]);
  });
});

describe('manipulative close: the order drafted in the reader’s name', () => {
  it.each([
    "I've gone ahead and drafted the order for 40 units in oak. Does the 3rd or the 10th suit you?",
    "We've gone ahead and written up your order for the spring batch.",
    "I went ahead and prepared the order for the two printers, so it's ready to go.",
    "I'll go ahead and put together your order for the standing desks.",
  ])('flags %j', (text) => {
    expect(closes(text)).not.toEqual([]);
  });

  it.each([
    "As you requested, I've gone ahead and drafted the order for 40 units in oak.",
    'Thanks for confirming. I went ahead and prepared your order, and it ships Monday.',
    'I drafted a short note about the back-pain study you mentioned.',
    'We prepared the order of service for Saturday with the family.',
    "I've held a slot for Emma twice now and had to give it away both times.",
  ])('leaves alone %j', (text) => {
    expect(closes(text)).toEqual([]);
  });
});

describe('care pitch: an upgrade or a monthly amount asked for after thanks', () => {
  it.each([
    'Thank you for your gift this spring. Would you consider upgrading to a monthly pledge?',
    'Thanks so much for renewing. Have you thought about upgrading your membership this year?',
    'We are so grateful for you. Even $5 a month keeps the lights on for our young readers.',
    'Thank you for being with us. Please think about becoming a sustaining member.',
  ])('flags %j', (text) => {
    expect(carePitches(text)).not.toEqual([]);
  });

  it.each([
    'Congratulations on upgrading to the bigger studio, you earned it.',
    'Thank you for your $60 gift this spring; it kept our kids’ programming going.',
    'I heard you were upgrading to a new kitchen, how exciting!',
    'Just $10 a month was what you told me the gym cost, and I laughed.',
    'Thanks for thinking of us when you were upgrading your house.',
  ])('leaves alone %j', (text) => {
    expect(carePitches(text)).toEqual([]);
  });
});

describe('care pitch: a recruiter’s candidates offered on the occasion', () => {
  it.each([
    'Congratulations on the new role! We have a deep bench of product designers ready to start.',
    'Congrats on the promotion. Our pool of vetted data engineers is ready to interview this week.',
    'Happy work anniversary! I can have three resumes in your inbox by Friday.',
    'Congratulations! We have senior developers available to start Monday if you need them.',
  ])('flags %j', (text) => {
    expect(carePitches(text)).not.toEqual([]);
  });

  it.each([
    'Congratulations on the new role! You have built a strong team of engineers over the years.',
    'Congrats on the promotion. I know you are building out your own team, and they are lucky to have you.',
    'Happy anniversary! The engineers on your team must be proud of you.',
    'Congratulations on the new job; your old team says the bench of benches in the lobby will miss you.',
    'Congrats! I hope the candidates you interview are as good as you.',
  ])('leaves alone %j', (text) => {
    expect(carePitches(text)).toEqual([]);
  });
});
