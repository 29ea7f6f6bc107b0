import { analyzeMessage, type CareOccasionKind } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'pitchInCareTouch';

const OCCASION_NAMES: Record<CareOccasionKind, string> = {
  birthday: 'birthday',
  anniversary: 'anniversary',
  congratulations: 'congratulations',
  condolence: 'sympathy',
  holiday: 'holiday',
  thanks: 'thank-you',
};

export default createRule<Options, MessageId>({
  name: 'no-pitch-in-care-touch',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow sales asks, offers and upsells in birthday, thank-you, congratulation and condolence messages',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      pitchInCareTouch:
        'This is a {{ occasion }} note, and "{{ phrase }}" turns it into a pitch: send the note on its own, and keep any offer for a separate message on another day.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        const analysis = analyzeMessage(message);
        const found = analysis.classification.occasion?.occasion;
        const occasion = found ? OCCASION_NAMES[found] : 'care';
        for (const pitch of analysis.carePitches) {
          context.report({
            messageId: 'pitchInCareTouch',
            data: { occasion, phrase: pitch.evidence },
            loc: sourceCode.getLocFromMessageRange(pitch.start, pitch.end),
          });
        }
      },
    };
  },
});
