/**
 * JSON parsing that can say where and why a document is broken. `JSON.parse` is fast but
 * its messages vary between engines and often lack a position, so on failure a small
 * scanner re-reads the text to find the first offending character.
 */
import { InputError } from '../../pipeline/errors.js';

export interface JsonProblem {
  /** 1-based line and column of the first character that cannot be accepted. */
  line: number;
  column: number;
  /** The text ended while a value was still open: usually a cut-off download. */
  truncated: boolean;
  /** What the scanner wanted there, e.g. "',' or '}' after a property value". */
  expected: string;
  /** What it found instead, quoted, or "end of input". */
  found: string;
}

type Container = 'array' | 'object';
type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value' | 'done';

const EXPECTED: Record<State, string> = {
  value: 'a value',
  'value-or-close': "a value or ']'",
  key: 'a property name in double quotes',
  'key-or-close': "a property name in double quotes or '}'",
  colon: "':' after a property name",
  'after-value': '',
  done: 'nothing more after the JSON value',
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The first syntax error in `text`, or null when it is one valid JSON value. Iterative. */
export function locateJsonError(text: string): JsonProblem | null {
  const stack: Container[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (at: number, expected: string): JsonProblem => problem(text, at, expected);

  while (true) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) {
      return state === 'done' ? null : fail(i, state === 'after-value' ? afterValue(stack) : EXPECTED[state]);
    }
    const c = text[i]!;
    switch (state) {
      case 'done':
        return fail(i, EXPECTED.done);
      case 'colon':
        if (c !== ':') return fail(i, EXPECTED.colon);
        i++;
        state = 'value';
        continue;
      case 'key':
      case 'key-or-close':
        if (c === '}' && state === 'key-or-close') {
          stack.pop();
          i++;
          state = stack.length === 0 ? 'done' : 'after-value';
          continue;
        }
        if (c !== '"') return fail(i, EXPECTED[state]);
        {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.at, end.expected);
          i = end;
        }
        state = 'colon';
        continue;
      case 'after-value': {
        const top = stack[stack.length - 1];
        const close = top === 'array' ? ']' : '}';
        if (c === ',') {
          i++;
          state = top === 'array' ? 'value' : 'key';
        } else if (c === close) {
          stack.pop();
          i++;
          state = stack.length === 0 ? 'done' : 'after-value';
        } else {
          return fail(i, afterValue(stack));
        }
        continue;
      }
      case 'value':
      case 'value-or-close': {
        if (c === ']' && state === 'value-or-close') {
          stack.pop();
          i++;
          state = stack.length === 0 ? 'done' : 'after-value';
          continue;
        }
        if (c === '[' || c === '{') {
          stack.push(c === '[' ? 'array' : 'object');
          i++;
          state = c === '[' ? 'value-or-close' : 'key-or-close';
          continue;
        }
        const end = scanScalar(text, i);
        if (typeof end !== 'number') return fail(end.at, end.expected || EXPECTED[state]);
        i = end;
        state = stack.length === 0 ? 'done' : 'after-value';
        continue;
      }
    }
  }
}

function afterValue(stack: readonly Container[]): string {
  return stack[stack.length - 1] === 'array' ? "',' or ']' after an array element" : "',' or '}' after a property value";
}

interface ScanFailure {
  at: number;
  expected: string;
}

function scanScalar(text: string, i: number): number | ScanFailure {
  const c = text[i]!;
  if (c === '"') return scanString(text, i);
  for (const literal of ['true', 'false', 'null']) {
    if (c !== literal[0]) continue;
    for (let k = 1; k < literal.length; k++) {
      if (i + k >= text.length) return { at: i + k, expected: `'${literal}'` };
      if (text[i + k] !== literal[k]) return { at: i + k, expected: `'${literal}'` };
    }
    return i + literal.length;
  }
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === '-') return { at: i + 1, expected: 'a digit' };
    const end = i + m[0].length;
    const next = text[end];
    if (next === '.' || next === 'e' || next === 'E') return { at: end + 1, expected: 'a digit' };
    return end;
  }
  return { at: i, expected: '' };
}

function scanString(text: string, start: number): number | ScanFailure {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { at: i, expected: "a closing '\"' before the end of the line" };
    if (code === 0x5c) {
      const e = text[i + 1];
      if (e === undefined) return { at: i + 1, expected: 'an escape character' };
      if (e === 'u') {
        for (let k = 2; k < 6; k++) {
          if (i + k >= text.length) return { at: i + k, expected: 'four hex digits after \\u' };
          if (!/[0-9a-fA-F]/.test(text[i + k]!)) return { at: i + k, expected: 'four hex digits after \\u' };
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(e)) return { at: i + 1, expected: 'one of " \\ / b f n r t u after a backslash' };
      i += 2;
      continue;
    }
    i++;
  }
  return { at: i, expected: "a closing '\"'" };
}

function problem(text: string, at: number, expected: string): JsonProblem {
  const { line, column } = lineColumn(text, at);
  const truncated = at >= text.length;
  const ch = text[at];
  const found = truncated || ch === undefined ? 'end of input' : `'${printable(ch)}'`;
  return { line, column, truncated, expected, found };
}

function printable(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** One sentence for a message: "truncated JSON at line 3, column 17: expected ..., found end of input". */
export function describeJsonProblem(p: JsonProblem): string {
  return `${p.truncated ? 'truncated' : 'invalid'} JSON at line ${p.line}, column ${p.column}: expected ${p.expected}, found ${p.found}`;
}

/**
 * Parses a whole input as one JSON value; throws `InputError` naming the position of
 * the first error and what to do about it.
 */
export function parseJsonInput(name: string, text: string): unknown {
  if (text.trim() === '') throw new InputError(name, 'empty', 'the input is empty; there is nothing to read');
  const body = text.replace(/^\ufeff/, '');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const p = locateJsonError(body) ?? { line: 1, column: 1, truncated: false, expected: 'valid JSON', found: 'something else' };
    const hint = p.truncated
      ? 'the file looks cut off; download or export it again'
      : 'fix the JSON there, or give one JSON object per line (JSON Lines)';
    throw new InputError(name, p.truncated ? 'truncated-json' : 'invalid-json', `${describeJsonProblem(p)}; ${hint}`);
  }
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "null", "an array", "a string", … for messages about values of the wrong kind. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
