import rule from '../../src/rules/max-reading-grade.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('max-reading-grade', rule, {
  valid: [
    'Hi Dana,\n\nThanks for the call. You said the night shift is short two nurses. We can help you find them. Would a list of ten names by Friday help? If so, I will send it.\n\nSam',
    'Pursuant to organizational infrastructure evaluation.',
    {
      code: 'Hi Dana,\n\nPursuant to our comprehensive evaluation of organizational infrastructure, we recommend implementing standardized interoperability protocols across departmental boundaries. Additionally, consolidating heterogeneous documentation repositories would facilitate institutional knowledge preservation and accelerate onboarding considerably.',
      options: [{ max: 40 }],
    },
    {
      code: 'The quarterly reconciliation of intercompany receivables remains outstanding. Consolidated financial statements require comprehensive documentation.',
      options: [{ max: 8, minWords: 50 }],
    },
  ],
  invalid: [
    {
      code: 'Hi Dana,\n\nPursuant to our comprehensive evaluation of organizational infrastructure, we recommend implementing standardized interoperability protocols across departmental boundaries. Additionally, consolidating heterogeneous documentation repositories would facilitate institutional knowledge preservation and accelerate onboarding considerably.\n\nThanks,\nSam',
      errors: [
        {
          messageId: 'paragraphTooHard',
          data: { grade: 32.7, max: 8 },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 336,
        },
      ],
    },
    {
      code: 'Comprehensive organizational infrastructure evaluation.\n\nConsolidated documentation repositories.\n\nInteroperability considerations.',
      options: [{ max: 8, minWords: 5 }],
      errors: [
        {
          messageId: 'messageTooHard',
          data: { grade: 47.2, max: 8 },
          line: 1,
          column: 1,
          endLine: 5,
          endColumn: 33,
        },
      ],
    },
    {
      code: 'The quarterly reconciliation of intercompany receivables remains outstanding. Consolidated financial statements require comprehensive documentation.\n\nPlease confirm.',
      options: [{ max: 8, minWords: 10 }],
      errors: [
        {
          messageId: 'paragraphTooHard',
          data: { grade: 26.8, max: 8 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 149,
        },
      ],
    },
    {
      code: 'Hi Dana, thanks for the update on the renewal and the new budget process.\n\nWe reviewed the numbers with finance yesterday and everything looks good to us.',
      options: [{ max: 3, minWords: 10 }],
      errors: [
        {
          messageId: 'paragraphTooHard',
          data: { grade: 6.7, max: 3 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 74,
        },
        {
          messageId: 'paragraphTooHard',
          data: { grade: 7.6, max: 3 },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 80,
        },
      ],
    },
  ],
});
