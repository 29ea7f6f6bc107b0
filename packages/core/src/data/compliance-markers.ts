import { definePhrases } from './phrase-entry.js';

const OPT_OUT =
  'EVIDENCE.md: CAN-SPAM requires a clear opt-out; GDPR Art. 21(4) requires the right to object by the first message';
const ADDRESS =
  'EVIDENCE.md: CAN-SPAM requires a valid physical postal address; CASL requires sender contact details';

/** Opt-out wording and email-service unsubscribe tags, found in the reader's text. */
export const OPT_OUT_PHRASES = definePhrases([
  {
    phrase: 'unsubscribe',
    pattern: 'unsubscribe|unsub|opt[- ]?out',
    note: 'a link or instruction to stop the mail',
    source: OPT_OUT,
  },
  {
    phrase: 'manage your preferences',
    pattern:
      '(?:manage|update|change|edit) (?:your )?(?:email |mail |subscription |communication |notification )?(?:preferences|subscriptions?|settings)|email preferences|preference cent(?:er|re)',
    note: 'a link to choose less mail or none',
    source: OPT_OUT,
  },
  {
    phrase: 'reply STOP',
    pattern:
      '(?:reply|respond|text|answer) (?:with )?["“]?stop["”]?|reply ["“]?(?:no|remove|unsubscribe)["”]?',
    note: 'a reply keyword that stops the mail',
    source: OPT_OUT,
  },
  {
    phrase: "let me know and I won't email again",
    pattern:
      "(?:i|we)(?:'ll| will) (?:stop (?:emailing|writing|reaching out|contacting|following up)|not (?:email|write|reach out|contact|follow up)|never (?:email|write|contact)|leave you alone|remove you|take you off|close (?:the|your) file)|(?:i|we) (?:won't|will not) (?:email|write|reach out|contact|follow up|bother|reach back|be in touch)(?: you)? (?:again|further|anymore|any more)|(?:remove|take) you (?:off|from) (?:my|our|this|the) (?:list|sequence|mailing list|emails)|(?:if you(?:'d| would)? (?:rather|prefer) (?:not|i didn't|we didn't))|(?:no longer (?:wish|want) to (?:receive|hear|get))|(?:don't|do not) want to hear from (?:me|us)",
    note: 'a plain-language promise to stop writing on request',
    source: OPT_OUT,
  },
]);

/** Merge variable names (a field's path) for an opt-out link. */
export const OPT_OUT_FIELD =
  /unsub|opt_?out|optout|preference|list[_-]?manage|manage[_-]?subscription/iu;

/** Merge variable names for the sender's postal address. */
export const ADDRESS_FIELD = /address|postal|street|mailing|po_?box|list:addr/iu;

/** Postal address patterns, matched with case against the reader's text. */
export const POSTAL_ADDRESS_PATTERNS = definePhrases([
  {
    phrase: '12 Main St',
    pattern:
      "\\d{1,6}[A-Za-z]?(?:-\\d{1,6})?,? (?:(?:[NSEW]|North|South|East|West|N\\.|S\\.|E\\.|W\\.) )?(?:[A-Z0-9][\\p{L}0-9'’.-]* ){0,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Square|Sq|Parkway|Pkwy|Highway|Hwy|Terrace|Ter|Circle|Cir|Plaza|Broadway|Alley|Row|Crescent|Close|Mews|Gardens|Walk|Wharf|Quay|Hill|Park|Green|Trail|Trl|Pike|Loop)\\b\\.?",
    note: 'a street address (number, name, street type)',
    source: ADDRESS,
    caseSensitive: true,
  },
  {
    phrase: 'Hauptstraße 5',
    pattern:
      "[\\p{Lu}][\\p{L}-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|gade|vej|gatan|vägen|laan|straat|plein|gracht) \\d{1,5}[a-z]?\\b|\\d{1,5}(?:bis|ter)?,? (?:rue|avenue|boulevard|chemin|place|allée|quai) (?:de |du |des |de la |d')?[\\p{Lu}][\\p{L}'-]+|(?:Via|Viale|Piazza|Calle|Avenida|Paseo|Rua|Plaza|Carrer|Corso) (?:de |del |della |dos |da )?[\\p{Lu}][\\p{L}'-]+(?: [\\p{Lu}][\\p{L}'-]+){0,3},? \\d{1,5}",
    note: 'a street address in continental European form',
    source: ADDRESS,
    caseSensitive: true,
  },
  {
    phrase: 'PO Box 123',
    pattern:
      '(?:p\\.?\\s*o\\.?\\s*box|post office box|postfach|apartado|casella postale|boîte postale)\\s*\\d+',
    note: 'a registered post office box (CAN-SPAM accepts one)',
    source: ADDRESS,
  },
  {
    phrase: 'Springfield, IL 62701',
    pattern:
      "[\\p{Lu}][\\p{L}.' -]{1,30}, (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) \\d{5}(?:-\\d{4})?\\b",
    note: 'a US city, state and ZIP code',
    source: ADDRESS,
    caseSensitive: true,
  },
  {
    phrase: 'London EC1A 1BB',
    pattern:
      '\\b[A-Z]{1,2}\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}\\b|\\b[ABCEGHJ-NPRSTVXY]\\d[A-Z]\\s*\\d[A-Z]\\d\\b',
    note: 'a UK or Canadian postcode',
    source: ADDRESS,
    caseSensitive: true,
  },
  {
    phrase: '10115 Berlin',
    pattern:
      '\\b(?:D-|F-|A-|CH-)?\\d{4,5} [\\p{Lu}][\\p{Ll}]{2,}(?:[ -][\\p{Lu}][\\p{Ll}]+)?(?:, (?:Germany|Deutschland|France|Austria|Österreich|Switzerland|Schweiz|Suisse|Spain|España|Italy|Italia|Netherlands|Nederland|Belgium|Denmark|Sweden|Norway|Finland|Poland))\\b',
    note: 'a European postcode, city and country',
    source: ADDRESS,
    caseSensitive: true,
  },
]);

/** Email-service tags that render the list's postal address (Mailchimp, SendGrid, Mailgun …). */
export const ADDRESS_TAG =
  /\*\|(?:html:)?list[:_]address(?:_?html|line)?\|\*|\[(?:sender|company|list)[_ ]address\]|%(?:sender|company|list)_?address%|\{\{\s*[\w.]*address[\w.]*\s*\}\}/iu;

/** Email-service tags that render an unsubscribe link. */
export const OPT_OUT_TAG =
  /\*\|unsub\|\*|%(?:tag_)?unsubscribe(?:_url|_email)?%|<%\s*asm_[\w]*unsubscribe[\w]*\s*%>|\[unsubscribe\]|<unsubscribe>|\{\{\{?\s*(?:pm:)?unsubscribe[\w.]*\s*\}\}\}?|\$\{?unsubscribe\w*\}?|\{%\s*unsubscribe\w*/iu;

/** An `href` (or a template tag inside markup) that points at an unsubscribe or preferences page. */
export const OPT_OUT_LINK =
  /\bhref\s*=\s*["']?[^"'>\s]*(?:unsub|opt-?out|optout|preferences|list-manage)|\{\{[^}!]*unsub[^}]*\}\}|\{%[^%]*unsub[^%]*%\}/iu;
