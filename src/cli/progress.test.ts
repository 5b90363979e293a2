import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressLines } from './progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; lines: string[] } {
  const lines: string[] = [];
  const stream = { isTTY, write: (s: string) => (lines.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, lines };
}

test('a piped run says where it is once per interval, and not before the first has passed', () => {
  let t = 0;
  const { stream, lines } = fakeStream(false);
  const say = progressLines(stream, 5_000, () => t);
  let asked = 0;
  const line = (): string => `step ${++asked}`;
  say(line);
  t = 4_999;
  say(line);
  assert.deepEqual(lines, [], 'a short run prints nothing');
  t = 5_000;
  say(line);
  t = 6_000;
  say(line);
  t = 10_500;
  say(line);
  assert.deepEqual(lines, ['step 1\n', 'step 2\n'], 'one line per interval; the line is only built when printed');
});

test('on a terminal the bar shows instead; with stdout piped, a terminal stderr gets the lines', () => {
  for (const [stdoutIsTTY, expected] of [[true, []], [false, ['x\n']]] as const) {
    const { stream, lines } = fakeStream(true);
    let t = 0;
    const say = progressLines(stream, 10, () => t, stdoutIsTTY);
    t = 20;
    say(() => 'x');
    assert.deepEqual(lines, expected);
  }
});
