/**
 * Round 12 of `pitch-first` and `hollow-opener`: a firm opening with "At <Name> we …" without a
 * comma, the sender's founding story told with "When I opened …", the sender's new stock arriving,
 * and a generic wish after a greeting with a title ("Hi Mr. Okafor,"). Each idea has look-alikes
 * that must stay quiet: a place the two share, the reader's order, a real question, a specific wish.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const pitch = (text: string): number => analyzeMessage(text).pitchFirst.length;
const hollow = (text: string): number => analyzeMessage(text).hollowOpeners.length;

describe('pitch-first: round 12', () => {
  const MUST_FLAG = [
    'Hi Omar,\n\nAt Birch & Vale we design handmade wedding stationery for couples across Oregon.\n\nBest,\nLiz\nBirch & Vale',
    'Hello Tessa,\n\nAt Northwind Labs we build inventory software for small breweries.\n\nCheers,\nAmir',
    'Hi Jo,\n\nWhen we opened Copper Kettle Bakery nine years ago, we had one oven and a dream.\n\nWarmly,\nBea\nCopper Kettle Bakery',
    'Hi Sam,\n\nBack when I started Ridgeway Climbing in 2011, the wall was a garage.\n\nTom\nRidgeway Climbing',
    'Hi Rachel,\n\nWe just received our spring shipment of standing desks and wanted to tell you first.\n\nJeff',
    'Hey Pat,\n\nI finally got in a fresh batch of espresso grinders at the shop.\n\nNico',
    'Hi Lee,\n\nOur new fall collection of wool coats just arrived in the showroom.\n\nAnna',
  ];
  const MUST_NOT_FLAG = [
    'Hi Omar,\n\nAt Denver Health we met briefly, and I promised to send the slides.\n\nLiz',
    'Hi Omar,\n\nAt the conference we talked about your hiring plans.\n\nLiz',
    'Hi Jo,\n\nWhen you opened Copper Kettle Bakery nine years ago, I was your first customer.\n\nBea',
    'Hi Rachel,\n\nWe just received the shipment of chairs you ordered, and it will go out Tuesday.\n\nJeff',
    'Hi Rachel,\n\nWe just got a shipment of desks for your office in, as you asked.\n\nJeff',
    'Hi Pat,\n\nWould you like delivery on the 14th or the 21st for the order you placed?\n\nNico',
    'Hi Lee,\n\nYour new fall collection of wool coats just arrived in our showroom, thank you!\n\nAnna',
    'Hi Lee,\n\nWe got the stock report you sent and read it together with the board.\n\nAnna',
  ];
  it.each(MUST_FLAG)('flags %j', (text) => {
    expect(pitch(text)).toBeGreaterThan(0);
  });
  it.each(MUST_NOT_FLAG)('stays quiet on %j', (text) => {
    expect(pitch(text)).toBe(0);
  });
});

describe('hollow-opener: a generic wish after a greeting with a title', () => {
  const MUST_FLAG = [
    'Hi Mr. Okafor,\n\nHope things are going well on your end.\n\nI wrote about the plan.\n\nLaura',
    'Dear Dr. Patel,\n\nI trust the week has been kind to you.\n\nThe report is attached.\n\nSam',
    'Hello Ms. Ruiz,\n\nTrust everything is going smoothly for you.\n\nHere is the quote.\n\nKim',
  ];
  const MUST_NOT_FLAG = [
    'Hi Mr. Okafor,\n\nI hope the surgery went well and that the recovery is going smoothly.\n\nLaura',
    'Dear Dr. Patel,\n\nThanks for the notes from Tuesday. I hope the week has been kind to you after the launch.\n\nSam',
    'Hello Ms. Ruiz,\n\nHope things are going well with the new store in Tucson.\n\nKim',
    'Hi Mr. Okafor,\n\nYou said things are going smoothly for you at the new job, which is great news.\n\nLaura',
  ];
  it.each(MUST_FLAG)('flags %j', (text) => {
    expect(hollow(text)).toBeGreaterThan(0);
  });
  it.each(MUST_NOT_FLAG)('stays quiet on %j', (text) => {
    expect(hollow(text)).toBe(0);
  });
});
