/**
 * The shape of a message handed to the sincerity heuristics. A template checker builds it from a
 * parsed template (prose with merge fields), a CRM from a plain string.
 */

/** The kinds of outreach a message can be. */
export type MessageKind = 'cold' | 'follow-up' | 'nurture' | 'care' | 'transactional';

/** The parts of an email that a stretch of text can play. */
export type MessagePart =
  | 'subject'
  | 'preheader'
  | 'greeting'
  | 'opening'
  | 'body'
  | 'call-to-action'
  | 'sign-off'
  | 'postscript';

/** A merge field inside `MessageInput.text`; offsets are 0-based, end exclusive. */
export interface MessageField {
  start: number;
  end: number;
  /** The variable path, e.g. `contact.firstName`. */
  path: string;
  /** True when the field renders a fallback for a missing value. */
  hasFallback?: boolean;
}

/** A paragraph of `MessageInput.text` and the part it plays; offsets are 0-based, end exclusive. */
export interface MessageParagraph {
  start: number;
  end: number;
  part: MessagePart;
  /** True when the reader does not see it in the body (preheader, visually hidden text). */
  hidden?: boolean;
  /** True when it is an item of a markup list (an HTML `<li>`). */
  list?: boolean;
}

/** A message: its reader-visible text, where merge fields stand in it, and its parts. */
export interface MessageInput {
  /** The text as the reader reads it; merge fields appear as their source (`{{firstName}}`). */
  text: string;
  fields?: readonly MessageField[];
  /** Paragraphs in order; when absent, the text is split on blank lines. */
  paragraphs?: readonly MessageParagraph[];
  /** The kind of outreach, when known (front matter `kind`). */
  kind?: MessageKind;
}
