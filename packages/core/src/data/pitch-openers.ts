import { definePhrases } from './phrase-entry.js';

const GONG = 'EVIDENCE.md: Gong Labs talk-to-listen ratio (top reps talk 43%)';

/** Openings that start with the sender or the product instead of the reader. */
export const PITCH_OPENERS = definePhrases([
  {
    phrase: 'My name is …',
    pattern: "my name(?:'s| is)",
    note: 'introduces the sender before the reader has a reason to care',
    source: GONG,
  },
  {
    phrase: "I'm reaching out from …",
    pattern:
      "(?:i'm|i am|we're|we are) (?:just )?reaching out (?:from|on behalf of|to introduce|to tell you about|to share (?:our|my))",
    note: 'the reason for writing is the sender',
    source: GONG,
  },
  {
    phrase: 'I wanted to introduce …',
    pattern:
      "(?:i|we) (?:just )?(?:wanted|want|would like|'d like|am writing|'m writing) to introduce",
    note: 'an introduction of the sender or product as the first thing the reader reads',
    source: GONG,
  },
  {
    phrase: 'Allow me to introduce …',
    pattern: '(?:allow|let|permit) me to introduce|let me introduce',
    note: 'asks for attention for the sender',
    source: GONG,
  },
  {
    phrase: 'We are a leading …',
    pattern:
      "(?:we are|we're|[\\p{L}\\p{N}&]+ is) (?:a|an|the) (?:leading|premier|top|fast-growing|fastest-growing|innovative|global|trusted)",
    note: 'a company description in place of anything about the reader',
    source: GONG,
  },
  {
    phrase: 'At Acme, we …',
    pattern: 'At \\p{Lu}[\\p{L}\\p{N}&.-]*(?: \\p{Lu}[\\p{L}\\p{N}&.-]*)?, (?:we|our)',
    caseSensitive: true,
    note: 'the opening is about the sender’s company',
    source: GONG,
  },
  {
    phrase: 'I am the … at …',
    pattern:
      "(?:i'm|i am) (?:the |a |an )?(?:founder|co-founder|ceo|head of [\\p{L}]+|account executive|sales (?:director|manager|rep(?:resentative)?)|business development (?:manager|rep(?:resentative)?)) (?:at|of|with)",
    note: 'a job title before a reason the reader should care',
    source: GONG,
  },
  {
    phrase: 'Our company …',
    pattern:
      '(?:our|my) (?:company|firm|agency|startup|platform|product|solution) (?:helps|provides|offers|specializes|specialises|is (?:a|an|the))',
    note: 'the product is the subject of the opening',
    source: GONG,
  },
  {
    phrase: 'We help companies …',
    pattern:
      '(?:we|our team) (?:help|helps|work with|partner with) (?:companies|businesses|teams|organizations|organisations|brands|leaders|firms)',
    note: 'a positioning statement about the sender, not about this reader',
    source: GONG,
  },
]);
