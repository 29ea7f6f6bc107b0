/**
 * Finds the name a greeting addresses ("Hi Mitchell," → "Mitchell") and compares it with how the
 * contact likes to be addressed. Deliberately narrow: only a salutation followed by a capitalised
 * word counts, and group greetings ("Hi team,", "Hello all") are never names.
 */
import type { PersonName } from './contact.js';

/** A greeted name and where it stands in the text (0-based, end exclusive). */
export interface GreetedName {
  name: string;
  start: number;
  end: number;
  /** The honorific before it (`Dr`, `Ms`), when there is one. */
  honorific?: string;
}

/** How a greeted name relates to the contact's names. */
export type GreetedNameMatch =
  /** The preferred name, or a formal address (honorific + family name). */
  | { kind: 'preferred' }
  /** One of their names, but not the one they go by (or spelled differently). */
  | { kind: 'not-preferred'; preferred: string }
  /** None of their names: maybe the wrong recipient. Only when a preferred name is recorded. */
  | { kind: 'other'; preferred: string }
  /** Nothing to compare against. */
  | { kind: 'unknown' };

const SALUTATION =
  /^\s*(?:hi|hello|hey|hiya|heya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s*,)?\s+/iu;
/** After the salutation: an optional honorific, then a capitalised word (case-sensitive). */
const ADDRESSEE = /^(?:(Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}'’-]*)(?=[\s,.!:;—–]|$)/u;
const NAME_ONLY = /^\s*(\p{Lu}[\p{L}'’-]*)\s*[,—–]\s*$/u;
const GROUP_WORDS = new Set([
  'all',
  'again',
  'both',
  'colleagues',
  'everybody',
  'everyone',
  'folks',
  'friend',
  'friends',
  'guys',
  'madam',
  'neighbor',
  'neighbour',
  'sir',
  'team',
  'there',
  'you',
  'y’all',
  "y'all",
]);

/**
 * The name a greeting line addresses, or undefined when it greets no one by name.
 *
 * @example
 * findGreetedName('Hi Mitchell,'); // { name: 'Mitchell', start: 3, end: 11 }
 * findGreetedName('Hi team,'); // undefined
 */
export function findGreetedName(text: string): GreetedName | undefined {
  const salutation = SALUTATION.exec(text);
  let offset: number;
  let honorific: string | undefined;
  let name: string | undefined;
  if (salutation) {
    const addressee = ADDRESSEE.exec(text.slice(salutation[0].length));
    if (!addressee) return undefined;
    offset = salutation[0].length + addressee[0].length - (addressee[2]?.length ?? 0);
    honorific = addressee[1];
    name = addressee[2];
  } else {
    const alone = NAME_ONLY.exec(text);
    if (!alone) return undefined;
    name = alone[1];
    offset = text.indexOf(name ?? '');
  }
  if (name === undefined || GROUP_WORDS.has(name.toLowerCase())) return undefined;
  const start = offset;
  const end = start + name.length;
  return honorific ? { name, start, end, honorific } : { name, start, end };
}

/** Made on first use: creating a collator loads ICU's collation data (≈ 5 ms at start-up). */
let collator: Intl.Collator | undefined;

/** True when two names are the same but for case and accents ("Jose" and "josé"). */
function isSameName(a: string, b: string): boolean {
  collator ??= new Intl.Collator('en', { sensitivity: 'base' });
  return collator.compare(a, b) === 0;
}

/**
 * The name to greet a contact by: their preferred name, else their given name, else the first word
 * of their full name.
 *
 * @example
 * preferredNameOf({ full: 'Mitchell Evans', preferred: 'Mitch' }); // 'Mitch'
 */
export function preferredNameOf(name: PersonName): string {
  return name.preferred ?? name.given ?? name.full.trim().split(/\s+/u)[0] ?? name.full;
}

function words(text: string | undefined): string[] {
  return text ? text.split(/[\s.]+/u).filter(Boolean) : [];
}

/**
 * Compares a greeted name with the contact's names.
 *
 * @example
 * matchGreetedName({ name: 'Mitchell', start: 3, end: 11 }, { full: 'Mitchell Evans', preferred: 'Mitch' });
 * // { kind: 'not-preferred', preferred: 'Mitch' }
 */
export function matchGreetedName(greeted: GreetedName, name: PersonName): GreetedNameMatch {
  const preferred = preferredNameOf(name);
  if (greeted.name === preferred) return { kind: 'preferred' };
  const family = name.family ?? words(name.full).at(-1);
  const sameAs = (form: string | undefined) => form !== undefined && isSameName(form, greeted.name);
  if (greeted.honorific && (sameAs(family) || words(name.formal).some(sameAs)))
    return { kind: 'preferred' };
  const forms = [preferred, name.given, ...words(name.full), name.family, ...words(name.formal)];
  if (forms.some(sameAs)) return { kind: 'not-preferred', preferred };
  if (name.preferred === undefined) return { kind: 'unknown' };
  return { kind: 'other', preferred };
}
