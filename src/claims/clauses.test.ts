/** Clause splitting, on sentences of the kinds news is written in. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitClauses } from './clauses.js';
import { wordsOf } from './words.js';

function clauses(sentence: string): string[] {
  const words = wordsOf(sentence);
  return splitClauses(words, sentence).map((c) => {
    const kept = words.slice(c.from, c.to).filter((_, k) => !c.holes.some(([a, b]) => c.from + k >= a && c.from + k < b));
    return kept.map((w) => sentence.slice(w.start, w.end)).join(' ').replace(/ ([,.;:])/gu, '$1');
  });
}

const CASES: [string, string[]][] = [
  ['Halas, who scrapped plans to attend the summit, visited Zelov on Wednesday.', ['Halas visited Zelov on Wednesday.', 'Halas, who scrapped plans to attend the summit']],
  ['The Veyra Dam, completed in 1974, breached on Tuesday after days of heavy rain.', ['The Veyra Dam breached on Tuesday after days of heavy rain.', 'The Veyra Dam, completed in 1974']],
  ['The meeting was cancelled after tensions between the negotiators derailed the talks.', ['The meeting was cancelled', 'after tensions between the negotiators derailed the talks.']],
  ['Police closed the bridge, and trains were halted.', ['Police closed the bridge', 'trains were halted.']],
  ['The river burst its banks, sending water into the town.', ['The river burst its banks', 'sending water into the town.']],
  ['He called off his trip and flew to the valley instead.', ['He called off his trip', 'flew to the valley instead.']],
  ['A kettle had been left on and a fan heater was running.', ['A kettle had been left on', 'a fan heater was running.']],
  ['The rain and the wind were strong.', ['The rain and the wind were strong.']],
  ['He bought a boat and a house in Velde.', ['He bought a boat and a house in Velde.']],
  ['The work was delayed; the pumps failed.', ['The work was delayed', 'the pumps failed.']],
  ['He decided to scrap the meeting — which was expected in May — after the call.', ['He decided to scrap the meeting after the call.', 'which was expected in May']],
  ['Volunteers handed out food, blankets and bottled water.', ['Volunteers handed out food, blankets and bottled water.']],
  ['After three days of rain the dam gave way.', ['After three days of rain the dam gave way.']],
  // A length is whole: "two hours" is not cut at "hours before".
  ['The standoff lasted two hours before the gunman surrendered.', ['The standoff lasted two hours', 'before the gunman surrendered.']],
  ['Hours before the vote the minister resigned.', ['Hours before the vote the minister resigned.']],
];

for (const [sentence, expected] of CASES) {
  test(`clauses of: ${sentence}`, () => {
    assert.deepEqual(clauses(sentence), expected);
  });
}
