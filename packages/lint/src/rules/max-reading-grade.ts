import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [{ max: number; minWords: number }];
export type MessageId = 'paragraphTooHard' | 'messageTooHard';

/** Paragraphs shorter than this are too short for a grade to mean much, so they are not blamed. */
const MIN_PARAGRAPH_WORDS = 12;

export default createRule<Options, MessageId>({
  name: 'max-reading-grade',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce a maximum reading grade level for the body of a message',
      preset: 'strict',
      severity: 'warn',
    },
    messages: {
      paragraphTooHard:
        'This paragraph reads at grade {{ grade }}, above {{ max }}: split long sentences and swap long words for everyday ones, because plain emails get more replies.',
      messageTooHard:
        'This message reads at grade {{ grade }}, above {{ max }}: split long sentences and swap long words for everyday ones, because plain emails get more replies.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          max: {
            type: 'number',
            minimum: 0,
            description: 'The highest Flesch–Kincaid grade level the body may have.',
          },
          minWords: {
            type: 'integer',
            minimum: 1,
            description:
              'Bodies with fewer words than this are never reported, since a grade over a few words is noise.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ max: 8, minWords: 30 }],
  },
  create(context, [{ max, minWords }]) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        const { readingGrade, wordCount, paragraphGrades } = analyzeMessage(message);
        if (wordCount < minWords || readingGrade <= max) return;
        const worst = paragraphGrades.filter(
          (paragraph) => paragraph.wordCount >= MIN_PARAGRAPH_WORDS && paragraph.readingGrade > max,
        );
        for (const paragraph of worst) {
          context.report({
            messageId: 'paragraphTooHard',
            data: { grade: paragraph.readingGrade, max },
            loc: sourceCode.getLocFromMessageRange(paragraph.start, paragraph.end),
          });
        }
        const first = paragraphGrades[0];
        const last = paragraphGrades[paragraphGrades.length - 1];
        if (worst.length > 0 || !first || !last) return;
        context.report({
          messageId: 'messageTooHard',
          data: { grade: readingGrade, max },
          loc: sourceCode.getLocFromMessageRange(first.start, last.end),
        });
      },
    };
  },
});
