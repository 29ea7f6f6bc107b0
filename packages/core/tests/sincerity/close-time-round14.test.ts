import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

type Kind = 'cold' | 'follow-up' | 'care';

function timeGrabs(text: string, kind: Kind = 'cold'): string[] {
  return analyzeMessage({ text: `Hi Sam,\n\n${text}`, kind }).timeGrabs.map((f) => f.evidence);
}

function closes(text: string, kind?: Kind): string[] {
  return analyzeMessage({ text: `Hi Sam,\n\n${text}`, kind }).manipulativeCloses.map(
    (f) => f.evidence,
  );
}

describe('manipulative close: what it would take to move the reader’s custom over', () => {
  it.each([
    'Honestly, what would it take for you to move your mortgage over to Lakeside Bank?',
    'What would it take for you to bring your payroll across to us this quarter?',
    'So what would it take for you to switch your business lines over to Northwind?',
  ])('flags %j', (text) => {
    expect(closes(text)).not.toEqual([]);
  });

  it.each([
    'What would it take for you to move your account over to the new portal?',
    'What would it take for you to move your statements over to paperless?',
    'What would it take to get you feeling stronger before the surgery?',
    'What would it take for you to move your appointment to a Friday?',
  ])('leaves alone %j', (text) => {
    expect(closes(text)).toEqual([]);
  });
});

describe('manipulative close: what it would take to get the sale signed', () => {
  it.each([
    'The updated pricing for the forklifts is attached. What would it take to get this signed off?',
    'What would it take to get the agreement signed before the quarter closes?',
    'What would it take to get the order over the line this week?',
  ])('flags %j', (text) => {
    expect(closes(text, 'follow-up')).not.toEqual([]);
  });

  it.each([
    'What would it take to get this signed off by your board? Happy to prepare a summary for them.',
    'What would it take to get your team feeling confident with the new rota?',
    'The permit still needs the council. What would it take to get the plans approved there?',
  ])('leaves alone %j', (text) => {
    expect(closes(text, 'follow-up')).toEqual([]);
  });
});

describe('manipulative close: the papers sent for a signature presumed', () => {
  it.each([
    "I'll send the agreement over today and we can iron out the delivery dates once it's signed.",
    "We'll email the contract across now, and after it's signed we'll book your install crew.",
  ])('flags %j', (text) => {
    expect(closes(text, 'follow-up')).not.toEqual([]);
  });

  it.each([
    "I'll send the contract over so you can review it, and once it's signed we'll book the crew.",
    "As you requested, I'll send the agreement over now and we'll schedule things once it's signed.",
    "I'll send the consent form over today so the clinic has it once it's signed.",
  ])('leaves alone %j', (text) => {
    expect(closes(text, 'follow-up')).toEqual([]);
  });
});

describe('manipulative close: two ways of signing as the only answers', () => {
  it.each([
    'Would you prefer to do the contract online this evening, or come into the showroom Saturday and sign in person?',
    'Would you rather sign the agreement by email, or drop by the office and sign on paper?',
  ])('flags %j', (text) => {
    expect(closes(text, 'follow-up')).not.toEqual([]);
  });

  it.each([
    'Would you rather do the intake paperwork online, or sign in person at the front desk?',
    'Now that you’ve decided on the Juniper suite, would you rather do the paperwork by email or sign in person?',
    'Would you rather meet at the café on Tuesday, or come by the office on Thursday?',
  ])('leaves alone %j', (text) => {
    expect(closes(text, 'follow-up')).toEqual([]);
  });
});

describe('time grab: a block of time to show the sender’s product or past work', () => {
  it.each([
    'Could we grab 20 minutes next week so I can show you our quoting dashboard?',
    'Could you set aside 30 minutes so we can walk you through our approach and a few recent placements?',
    'Can we get an hour in the diary to take you through our process and some client projects?',
    'Could you find half an hour so I can walk you through a couple of case studies from the sector?',
  ])('flags %j', (text) => {
    expect(timeGrabs(text)).not.toEqual([]);
  });

  it.each([
    'Could we grab 30 minutes on Monday so I can walk you through the claim form you asked about?',
    'Could you set aside half an hour so I can take you through the results of your audit?',
    'Could you spare 20 minutes so I can take you through some of your recent projects?',
    'Since you asked for a demo, could we grab 30 minutes so I can show you our booking tool?',
    'Thanks for booking your onboarding call for Tuesday at 10; I will show you where your reports live.',
    'You asked to meet; would Tuesday at 2 or Wednesday at 4 suit you better?',
  ])('leaves alone %j', (text) => {
    expect(timeGrabs(text)).toEqual([]);
  });

  it('leaves alone a free in-home assessment offered to a new homeowner', () => {
    expect(
      timeGrabs('Could I stop by one afternoon next week for a free 30-minute insulation check?'),
    ).toEqual([]);
  });
});
