/**
 * The plain values the model is made of (channels, weekdays, time zone names), without the schemas
 * that validate them: the message checks use these, and load nothing else of the model.
 */

/** The ways a touch can reach a person. */
export const CHANNELS = ['email', 'call', 'meeting', 'message', 'letter', 'gift'] as const;
/** A way a touch reaches a person. */
export type Channel = (typeof CHANNELS)[number];

/** The days of the week, as short English names (Monday first, ISO order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

const IANA_NAME = /^(?:UTC|[A-Za-z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)+)$/u;

/**
 * True when `value` is an IANA time zone name the runtime knows (`America/New_York`, `UTC`).
 * Offsets such as `+05:00` are not names and return false.
 *
 * @example
 * isTimeZone('Pacific/Kiritimati'); // true
 */
export function isTimeZone(value: string): boolean {
  if (!IANA_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The runtime's canonical spelling of a time zone name (`america/denver` → `America/Denver`), or
 * undefined when it is not a time zone name. A correctly spelled name the runtime knows under an
 * older alias (`Asia/Kolkata`) is kept as written.
 *
 * @example
 * canonicalTimeZone('europe/berlin'); // 'Europe/Berlin'
 */
export function canonicalTimeZone(value: string): string | undefined {
  if (!isTimeZone(value)) return undefined;
  const lower = value.toLowerCase();
  // Prefer the IANA spelling the runtime lists; `resolvedOptions` may give a legacy alias
  // (`Asia/Calcutta` for `Asia/Kolkata`), so it is used only to fix the case, or when the name
  // was written all in lower case and has no listed spelling.
  const listed = Intl.supportedValuesOf('timeZone').find((zone) => zone.toLowerCase() === lower);
  if (listed) return listed;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === lower || value === lower ? resolved : value;
}
