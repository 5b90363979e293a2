/** The TimeML reader and the TempEval-3 measures, on an invented document. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTml } from './data.js';
import { scoreDoc, scores } from './metric.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-22" temporalFunction="false" functionInDocument="CREATION_TIME">20251022</TIMEX3></DCT>
<TEXT>
Talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-10-21">Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> &amp; <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3> rest.
</TEXT>
</TimeML>`;

test('a .tml document gives its DCT, its plain text and gold offsets', () => {
  const doc = parseTml(TML, 'X1', 'TimeBank');
  assert.equal(doc.dct, '2025-10-22');
  assert.equal(doc.text, '\nTalks ended Tuesday after three days & now rest.\n');
  assert.deepEqual(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type, g.value]), [
    ['Tuesday', 'DATE', '2025-10-21'],
    ['three days', 'DURATION', 'P3D'],
    ['now', 'DATE', 'PRESENT_REF'],
  ]);
});

test('strict, relaxed and value measures follow TempEval-3', () => {
  const doc = parseTml(TML, 'X1', 'TimeBank');
  const [tue, days, now] = doc.gold;
  const system = [
    { start: tue!.start, end: tue!.end, type: 'DATE', value: '2025-10-21' }, // exact, right value
    { start: days!.start + 6, end: days!.end, type: 'DURATION', value: 'P3D' }, // overlap only, right value
    { start: now!.start, end: now!.end, type: 'DATE', value: '2025-10-22' }, // exact, wrong value
    { start: 0, end: 6, type: 'DATE', value: null }, // spurious
  ];
  const c = scoreDoc(doc.gold, system).counts;
  assert.deepEqual(c, { gold: 3, system: 4, strict: 2, relaxed: 3, value: 2, type: 3 });
  const s = scores(c);
  assert.equal(s.relaxedF1, (2 * 0.75 * 1) / 1.75);
  assert.equal(s.valueAccuracy, 2 / 3);
  assert.equal(s.valueF1, (2 / 3) * s.relaxedF1);
});

test('one system timex pairs with one gold timex at most', () => {
  const gold = [
    { start: 0, end: 5, text: 'a', type: 'DATE', value: '2025' },
    { start: 6, end: 10, text: 'b', type: 'DATE', value: '2025-10' },
  ];
  const c = scoreDoc(gold, [{ start: 0, end: 10, type: 'DATE', value: '2025' }]).counts;
  assert.equal(c.relaxed, 1);
});
