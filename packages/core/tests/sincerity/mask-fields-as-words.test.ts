import { describe, expect, it } from 'vitest';
import { maskFieldsAsWords } from '../../src/sincerity/mask-fields-as-words.js';

describe(maskFieldsAsWords, () => {
  it.each([
    [{ text: 'Hi {{name}}!' }, 'Hi Xxxxxxxx!'],
    [{ text: 'At {% company %}, hi.' }, 'At Xxxxxxxxxxxxx, hi.'],
    [{ text: 'Hi {{name}}!', fields: [{ start: 3, end: 11, path: 'name' }] }, 'Hi Xxxxxxxx!'],
    [{ text: 'Hi {{name}}!', fields: [] }, 'Hi {{name}}!'],
    [{ text: 'No fields here.' }, 'No fields here.'],
  ])('masks %j at the same length', (input, expected) => {
    const masked = maskFieldsAsWords(input);
    expect(masked).toBe(expected);
    expect(masked).toHaveLength(input.text.length);
  });
});
