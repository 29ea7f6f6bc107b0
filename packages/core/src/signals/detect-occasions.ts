/**
 * Touches on an important date: a note with no pitch is care; a pitch dressed as a birthday
 * note, or any "care" touch that asks for something, spends the trust it claims to build.
 */
import { daysBetween } from '../dates/calendar-date.js';
import { occurrenceInYear } from '../dates/important-date-occurrence.js';
import { toLocalDateTime } from '../dates/local-time.js';
import type { ImportantDate } from '../model/contact.js';
import type { Interaction } from '../model/interaction.js';
import type { CareSignal, SignalDetector } from './care-signal.js';

const DATE_NAMES: Record<ImportantDate['kind'], string> = {
  birthday: 'birthday',
  'purchase-anniversary': 'anniversary as a customer',
  'work-anniversary': 'work anniversary',
  anniversary: 'anniversary',
  custom: 'date',
};

/** How to name an important date in a sentence: "their birthday", "Clinic opening". */
export function describeImportantDate(date: ImportantDate): string {
  return date.kind === 'custom' && date.label ? date.label : `their ${DATE_NAMES[date.kind]}`;
}

function isPitch(interaction: Interaction): boolean {
  return interaction.purpose === 'pitch' || interaction.hasAsk === true;
}

/** The important date a care touch lands on (within a day, in their calendar), if any. */
function findOccasion(
  interaction: Interaction,
  dates: readonly ImportantDate[],
  timeZone: string,
): ImportantDate | undefined {
  if (interaction.occasion) return dates.find((date) => date.id === interaction.occasion);
  if (interaction.purpose !== 'care') return undefined;
  const local = toLocalDateTime(interaction.at, timeZone).date;
  return dates.find(
    (date) => Math.abs(daysBetween(occurrenceInYear(date, local.year).date, local)) <= 1,
  );
}

export const detectOccasions: SignalDetector = ({ contact, interactions }) => {
  const dates = contact.importantDates ?? [];
  const timeZone = contact.timeZone ?? 'UTC';
  const signals: CareSignal[] = [];
  for (const interaction of interactions) {
    if (interaction.direction !== 'outbound') continue;
    const occasion = findOccasion(interaction, dates, timeZone);
    if (occasion && !isPitch(interaction)) {
      signals.push({
        kind: 'acknowledged-date',
        contactId: contact.id,
        at: interaction.at,
        weight: 2,
        evidence: { interactionIds: [interaction.id], importantDateId: occasion.id },
        reason: `Marked ${describeImportantDate(occasion)} without asking for anything.`,
      });
    } else if (isPitch(interaction) && (occasion || interaction.purpose === 'care')) {
      signals.push({
        kind: 'pitched-in-care-touch',
        contactId: contact.id,
        at: interaction.at,
        weight: -3,
        evidence: {
          interactionIds: [interaction.id],
          ...(occasion ? { importantDateId: occasion.id } : {}),
        },
        reason: occasion
          ? `Used ${describeImportantDate(occasion)} to ask for something.`
          : 'A care touch that asked for something.',
      });
    }
  }
  return signals;
};
