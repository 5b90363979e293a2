import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeJsonProblem, lineColumn, locateJsonError } from './json.js';

const cases: Array<[text: string, expected: string | null]> = [
  ['{"a": 1}', null],
  [' [1, 2.5e-3, -0, "x\\u00e9", true, false, null, {}] ', null],
  ['{"a":}', "invalid JSON at line 1, column 6: expected a value, found '}'"],
  ['{"a":1', "truncated JSON at line 1, column 7: expected ',' or '}' after a property value, found end of input"],
  ['[1,2', "truncated JSON at line 1, column 5: expected ',' or ']' after an array element, found end of input"],
  ['{"a" 1}', "invalid JSON at line 1, column 6: expected ':' after a property name, found '1'"],
  ['{\n  "a": 1,\n  "b": "unterminated', "truncated JSON at line 3, column 21: expected a closing '\"', found end of input"],
  ['{"a": tru}', "invalid JSON at line 1, column 10: expected 'true', found '}'"],
  ['{"a": 01}', "invalid JSON at line 1, column 8: expected ',' or '}' after a property value, found '1'"],
  ['{"a": 1.}', "invalid JSON at line 1, column 9: expected a digit, found '}'"],
  ["{'a': 1}", "invalid JSON at line 1, column 2: expected a property name in double quotes or '}', found '''"],
  ['{"a": 1,}', "invalid JSON at line 1, column 9: expected a property name in double quotes, found '}'"],
  ['[1,]', "invalid JSON at line 1, column 4: expected a value, found ']'"],
  ['{"a": 1} x', "invalid JSON at line 1, column 10: expected nothing more after the JSON value, found 'x'"],
  ['"a\nb"', "invalid JSON at line 1, column 3: expected a closing '\"' before the end of the line, found '\\u000a'"],
  ['"\\x"', 'invalid JSON at line 1, column 3: expected one of " \\ / b f n r t u after a backslash, found \'x\''],
  ['', 'truncated JSON at line 1, column 1: expected a value, found end of input'],
];

for (const [text, expected] of cases) {
  test(`locateJsonError(${JSON.stringify(text)})`, () => {
    const p = locateJsonError(text);
    assert.equal(p === null ? null : describeJsonProblem(p), expected);
  });
}

test('lineColumn counts from 1', () => {
  assert.deepEqual(lineColumn('ab\ncd', 0), { line: 1, column: 1 });
  assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
});

test('locateJsonError agrees with JSON.parse on what is valid', () => {
  const valid = (text: string): boolean => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const tokens = ['{', '}', '[', ']', ',', ':', '"a"', '"\\n"', '"\\u12"', '1', '-', '0.5', '1e', 'true', 'nul', ' ', '\n', '"'];
  fc.assert(
    fc.property(fc.oneof(fc.json(), fc.string(), fc.array(fc.constantFrom(...tokens), { maxLength: 20 }).map((t) => t.join(''))), (text) => {
      assert.equal(locateJsonError(text) === null, valid(text), text);
    }),
    { numRuns: 3000 },
  );
});

test('locateJsonError is iterative', () => {
  assert.equal(locateJsonError('['.repeat(200_000) + ']'.repeat(200_000)), null);
  assert.equal(locateJsonError('['.repeat(200_000))?.truncated, true);
});
