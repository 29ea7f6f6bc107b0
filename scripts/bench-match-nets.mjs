#!/usr/bin/env node
/**
 * Why `@sincerely/core` matches phrase lists with regular expressions over the lower-cased text
 * and not with compromise's precompiled match nets (`buildNet` / `sweep`): a net sweeps a
 * tokenized document, and tokenizing (even with `compromise/one`) costs more than our whole
 * analysis of an email. This script measures the three on the same emails, with every sentence
 * made unique so no cache helps.
 *
 * Usage: `npm run build && node scripts/bench-match-nets.mjs`.
 */
import nlp from 'compromise/one';
import { analyzeMessage } from '@sincerely/core';

const SENTENCES = [
  'I saw your post about hiring night-shift nurses in Denver, and the {n} open roles you listed.',
  'When we spoke last week, you said scheduling was the hard part for your {n} clinics.',
  'Our customers in Boise cut overtime by a fifth after moving shift swaps to text message.',
  'I put together a one-page summary of how they did it, with the numbers from quarter {n}.',
  'Would it help if I sent it over?',
  'If the timing is wrong, no worries at all; I will check back after your audit in June.',
  'How are the {n} new hires settling in?',
];
const PHRASES = [
  'act now',
  'last chance',
  'only a few left',
  'limited time',
  "don't miss out",
  'world class',
  'best in class',
  'number one',
  'industry leading',
  'synergy',
  'leverage',
  'game changing',
  'paradigm shift',
  'quick call',
  'few minutes',
  'pick your brain',
  'just bumping',
  'per my last email',
  'circle back',
  'touch base',
];
const net = nlp.buildNet(PHRASES.map((match) => ({ match })));
const patterns = PHRASES.map((phrase) => new RegExp(`\\b${phrase}\\b`, 'gu'));

let counter = 0;
function email() {
  const body = SENTENCES.map((sentence) => sentence.replace('{n}', String(counter++))).join(' ');
  return `Hi Dana,\n\n${body}\n\nBest,\nSam`;
}

function measure(label, run, rounds = 2000) {
  for (let index = 0; index < 500; index++) run(email());
  const inputs = Array.from({ length: rounds }, email);
  const start = process.hrtime.bigint();
  for (const input of inputs) run(input);
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / rounds;
  console.log(`${label.padEnd(52)} ${ms.toFixed(3)} ms per email`);
}

measure('compromise/one: tokenize', (text) => nlp(text));
measure('compromise/one: tokenize + sweep a 20-phrase net', (text) => nlp(text).sweep(net));
measure('20 regular expressions over the lower-cased text', (text) => {
  const lower = text.toLowerCase();
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    while (pattern.exec(lower));
  }
});
measure('@sincerely/core analyzeMessage (every heuristic)', (text) => analyzeMessage(text));
