import { daysBetween, formatCalendarDate, parseCalendarDate } from '../dates/calendar-date.js';
import { toLocalDateTime } from '../dates/local-time.js';
import type { CareSignal, SignalDetector } from './care-signal.js';

/** Promises kept (on time or late), broken, or open past their due date. */
export const detectPromises: SignalDetector = ({ contact, promises }, { now }) => {
  const timeZone = contact.timeZone ?? 'UTC';
  const today = toLocalDateTime(now, timeZone).date;
  const signals: CareSignal[] = [];
  for (const promise of promises) {
    const due = parseCalendarDate(promise.dueOn);
    if (!due) continue;
    const evidence = {
      promiseId: promise.id,
      ...(promise.fromInteraction ? { interactionIds: [promise.fromInteraction] } : {}),
    };
    if (promise.status === 'kept') {
      const settled = promise.settledAt ? toLocalDateTime(promise.settledAt, timeZone).date : due;
      const late = daysBetween(due, settled);
      signals.push({
        kind: 'kept-promise',
        contactId: contact.id,
        at: promise.settledAt ?? `${promise.dueOn}T00:00:00Z`,
        weight: late > 0 ? 1 : 3,
        evidence,
        reason:
          late > 0
            ? `Kept a promise ${late} days late: "${promise.text}".`
            : `Kept a promise: "${promise.text}".`,
      });
    } else if (promise.status === 'broken' || daysBetween(due, today) > 0) {
      const overdue = promise.status === 'open';
      signals.push({
        kind: 'broke-promise',
        contactId: contact.id,
        at: promise.settledAt ?? `${formatCalendarDate(due)}T23:59:59Z`,
        weight: -3,
        evidence,
        reason: overdue
          ? `A promise is ${daysBetween(due, today)} days overdue: "${promise.text}".`
          : `Broke a promise: "${promise.text}".`,
      });
    }
  }
  return signals;
};
