/** ESLint's placeholder syntax: `{{ name }}`, spaces optional. */
const PLACEHOLDER = /\{\{\s*([^{}\s]+?)\s*\}\}/gu;

/**
 * Fills `{{ name }}` placeholders of a rule message from `data`. A placeholder without a value is
 * an error (ESLint would print it as is; we would rather the rule author hear about it).
 *
 * @returns the message with every placeholder replaced.
 * @example
 * interpolate('Say "{{ word }}".', { word: 'hi' }); // 'Say "hi".'
 */
export function interpolate(template: string, data: Record<string, unknown> | undefined): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = data?.[name];
    if (value === undefined || value === null) {
      throw new TypeError(`the message needs data "${name}", but the report did not give it`);
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new TypeError(`data "${name}" must be a string or a number, got ${typeof value}`);
    }
    return String(value);
  });
}
