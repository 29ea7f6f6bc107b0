import { describe, expect, it } from 'vitest';
import { findJsonErrorOffset, locateJsonError } from '../../src/model/locate-json-error.js';

describe(findJsonErrorOffset, () => {
  // Everything JSON.parse accepts must pass: a false alarm here would hide the real error.
  it.each([
    '{}',
    '[]',
    ' \t\r\n{ "a" : [ 1 , -2.5e+3 , 0 , 0.0 , 1E9 , true , false , null , "x" ] } \n',
    '"\\u00e9\\n\\"\\\\\\/\\b\\f\\r\\t"',
    '-0',
    '"emoji 😀 and é"',
    '{"nested":{"deeper":[[[{}]]]}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
  ])('accepts valid JSON %#', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonErrorOffset(text)).toBeUndefined();
  });

  it.each([
    ['{"full": Mitchell Secret}', 9],
    ['{"a":1', 6],
    ['', 0],
    ['   ', 3],
    ['{"a":1,}', 7],
    ['[1 2]', 3],
    ['[1,]', 3],
    ['{"a":"x\ny"}', 5],
    ['"abc', 0],
    ['{"a":1}x', 7],
    ['{"a":tru}', 5],
    ['{"a":-}', 5],
    ['{"a":1.}', 5],
    ['{"a":1e}', 5],
    ['{"a":01}', 6],
    ['{"a" 1}', 5],
    ['{a:1}', 1],
    ["{'a':1}", 1],
    ['"\\x"', 0],
    ['"\\u12G4"', 0],
    ['[NaN]', 1],
    ['{"a":[1,2}', 9],
    ['\uFEFF{}', 0],
  ])('finds the token that breaks %j at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonErrorOffset(text)).toBe(offset);
  });
});

describe(locateJsonError, () => {
  it('gives the line and column, counting characters and any line break', () => {
    expect(locateJsonError('{\n  "name": Mitchell\n}')).toEqual({
      offset: 12,
      line: 2,
      column: 11,
    });
    expect(locateJsonError('{\r\n"a":\r\n😀}')).toEqual({ offset: 9, line: 3, column: 1 });
    expect(locateJsonError('{"é😀": x}')).toEqual({ offset: 8, line: 1, column: 8 });
    expect(locateJsonError('{"a":1}')).toBeUndefined();
  });
});
