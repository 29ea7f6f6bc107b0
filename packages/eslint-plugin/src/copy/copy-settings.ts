/** Reads where copy lives in code from `settings.sincerely.copy`, with React Email defaults. */

/** Which code holds outreach copy. */
export interface CopySettings {
  /** JSX components whose children are copy; each one is a paragraph (`Preview` is the preheader). */
  components: string[];
  /** JSX components whose children are copy inline inside a paragraph, or their own paragraph. */
  inlineComponents: string[];
  /** JSX components whose children are the preheader. */
  preheaderComponents: string[];
  /**
   * Calls whose object argument holds copy, by callee (`sendEmail`, `resend.emails.send`). The
   * dotted callee must end with the name.
   */
  calls: string[];
  /** Object keys of such a call that hold the subject. */
  subjectKeys: string[];
  /** Object keys of such a call that hold the preheader. */
  preheaderKeys: string[];
  /** Object keys of such a call that hold the body text. */
  bodyKeys: string[];
}

/** The defaults: React Email's text components and a `sendEmail({ subject, body })` call. */
export const DEFAULT_COPY_SETTINGS: Readonly<CopySettings> = Object.freeze({
  components: ['Button', 'Heading', 'Preview', 'Section', 'Text'],
  inlineComponents: ['Link'],
  preheaderComponents: ['Preview'],
  calls: ['sendEmail'],
  subjectKeys: ['subject'],
  preheaderKeys: ['preheader', 'previewText'],
  bodyKeys: ['body', 'text'],
});

function readList(value: unknown, fallback: readonly string[], name: string): string[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new TypeError(`settings.sincerely.copy.${name} must be an array of strings.`);
  }
  return [...(value as string[])];
}

/**
 * Reads the copy settings from ESLint's shared settings.
 *
 * @returns the settings, with defaults for what is not set.
 * @example
 * readCopySettings({ sincerely: { copy: { components: ['Text', 'Hero'] } } }).components; // ['Text', 'Hero']
 */
export function readCopySettings(settings: Record<string, unknown> | undefined): CopySettings {
  const sincerely = settings?.['sincerely'] as { copy?: Record<string, unknown> } | undefined;
  const copy = sincerely?.copy ?? {};
  const defaults = DEFAULT_COPY_SETTINGS;
  return {
    components: readList(copy['components'], defaults.components, 'components'),
    inlineComponents: readList(
      copy['inlineComponents'],
      defaults.inlineComponents,
      'inlineComponents',
    ),
    preheaderComponents: readList(
      copy['preheaderComponents'],
      defaults.preheaderComponents,
      'preheaderComponents',
    ),
    calls: readList(copy['calls'], defaults.calls, 'calls'),
    subjectKeys: readList(copy['subjectKeys'], defaults.subjectKeys, 'subjectKeys'),
    preheaderKeys: readList(copy['preheaderKeys'], defaults.preheaderKeys, 'preheaderKeys'),
    bodyKeys: readList(copy['bodyKeys'], defaults.bodyKeys, 'bodyKeys'),
  };
}
