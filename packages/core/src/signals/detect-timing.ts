import { checkContactWindow, TCPA_WINDOW } from '../dates/contact-window.js';
import { whoInitiated } from '../model/interaction.js';
import type { CareSignal, SignalDetector } from './care-signal.js';

const INTERRUPTING = new Set(['call', 'message']);
const DAY_NAMES = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/**
 * Calls and texts we started: inside their window shows respect for their time; outside it (or,
 * for calls, outside the TCPA's 08:00–21:00) intrudes. Emails wait in the inbox, so they are not
 * judged here.
 */
export const detectTiming: SignalDetector = ({ contact, interactions }) => {
  const { timeZone, contactWindow } = contact;
  if (!timeZone) return [];
  const signals: CareSignal[] = [];
  for (const interaction of interactions) {
    if (interaction.direction !== 'outbound' || whoInitiated(interaction) !== 'us') continue;
    if (!INTERRUPTING.has(interaction.channel)) continue;
    const legal = checkContactWindow(interaction.at, TCPA_WINDOW, timeZone);
    const check = contactWindow
      ? checkContactWindow(interaction.at, contactWindow, timeZone)
      : legal;
    const evidence = { interactionIds: [interaction.id] };
    if (!legal.inside || !check.inside) {
      signals.push({
        kind: 'intruded',
        contactId: contact.id,
        at: interaction.at,
        weight: -2,
        evidence,
        reason: `Reached them by ${interaction.channel} at ${check.local.time} on ${DAY_NAMES[check.local.weekday]} in ${timeZone}, outside ${
          check.days === 'every day' ? check.hours : `${check.days} ${check.hours}`
        }.`,
      });
    } else if (contactWindow) {
      signals.push({
        kind: 'respected-time',
        contactId: contact.id,
        at: interaction.at,
        weight: 1,
        evidence,
        reason: `Reached them by ${interaction.channel} inside their window (${check.local.time} in ${timeZone}).`,
      });
    }
  }
  return signals;
};
