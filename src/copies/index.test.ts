import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CopyIndex, type CopyArticle } from './index.js';
import { inventEvent, inventReport, rng, sentencesOf } from './testing.js';

const art = (id: string, text: string, published: string | null = null): CopyArticle => ({ id, text, published: { value: published } });
const report = inventReport(1, 8);
const chrome = 'Share this story on Facebook, X or by email.\n\nRead more: Flood defences to be reviewed after the winter storms hit the coast';

test('add returns verified matches, one per group, and groups pick the earliest original', () => {
  const index = new CopyIndex();
  assert.deepEqual(index.add(art('orig', report, '2026-03-10T08:00:00Z')), []);
  const [m] = index.add(art('chrome', `${report}\n\n${chrome}`, '2026-03-10T12:00:00Z'));
  assert.equal(m?.id, 'orig');
  assert.equal(m?.relation, 'near-identical');
  const excerpt = sentencesOf(report).slice(0, 6).join(' ');
  const matches = index.add(art('excerpt', excerpt, '2026-03-11'));
  assert.equal(matches.length, 1, 'orig and chrome are one group: one match');
  assert.equal(matches[0]!.relation, 'excerpt');
  assert.ok(matches[0]!.queryInMatch > 0.99);
  index.add(art('other', inventReport(2, 8), '2026-03-09'));

  const groups = index.groups();
  assert.equal(groups.length, 1);
  const g = groups[0]!;
  assert.equal(g.original, 'orig');
  assert.equal(g.id, 'copies:orig');
  assert.deepEqual(
    g.members.map((x) => [x.id, x.relation]),
    [
      ['orig', 'original'],
      ['chrome', 'near-identical'],
      ['excerpt', 'excerpt'],
    ],
  );
  assert.equal(index.groupOf('other'), null);
  assert.deepEqual(index.groupOf('excerpt'), g);
});

test('an earlier copy arriving later becomes the original', () => {
  const index = new CopyIndex();
  index.add(art('late', report, '2026-03-12'));
  index.add(art('early', `${report}\n\n${chrome}`, '2026-03-10'));
  assert.equal(index.groupOf('late')!.original, 'early');
});

test('lookup does not file; adding an id twice files it once', () => {
  const index = new CopyIndex();
  index.add(art('a', report));
  assert.equal(index.lookup(art('b', report))[0]?.relation, 'identical');
  assert.equal(index.size, 1);
  assert.deepEqual(index.add(art('a', report)), []);
  assert.equal(index.size, 1);
  assert.equal(index.groups().length, 0);
});

test('articles without dates: the longest text is the original, then the smallest id', () => {
  const index = new CopyIndex();
  const s = sentencesOf(report);
  index.add(art('m-excerpt', s.slice(0, 8).join(' ')));
  index.add(art('z-full', report));
  index.add(art('b-chrome', `${report}\n\n${chrome}`));
  index.add(art('a-chrome', `${report}\n\n${chrome}`));
  const g = index.groupOf('z-full')!;
  assert.equal(g.original, 'a-chrome');
  assert.deepEqual(
    g.members.map((m) => [m.id, m.relation]),
    [
      ['a-chrome', 'original'],
      ['b-chrome', 'identical'],
      ['z-full', 'near-identical'],
      ['m-excerpt', 'excerpt'],
    ],
  );
});

test('very short articles are copies only when identical', () => {
  const index = new CopyIndex();
  const headlines = ['Dam bursts in Dravania, 14 dead', 'Dam bursts in Dravania, 17 dead', 'Dravania dam bursts: 14 dead', 'Dam bursts in Dravania', 'Breaking'];
  headlines.forEach((h, i) => assert.deepEqual(index.add(art(`h${i}`, h)), [], h));
  assert.equal(index.add(art('again', 'DAM BURSTS IN DRAVANIA, 14 DEAD!'))[0]?.relation, 'identical');
  // A headline is not an excerpt of the report it heads.
  assert.deepEqual(index.add(art('report', `Dam bursts in Dravania, 14 dead.\n\n${report}`)), []);
  assert.equal(index.groups().length, 1);
});

test('articles with no text are never copies', () => {
  const index = new CopyIndex();
  for (let i = 0; i < 20; i++) assert.deepEqual(index.add(art(`e${i}`, i % 2 ? '' : ' — … \n\n ')), []);
  assert.deepEqual(index.add(art('r', report)), []);
  assert.equal(index.groups().length, 0);
});

test('thousands of identical copies: one group, linear work, no bucket growth', () => {
  const index = new CopyIndex({ keepWords: true });
  index.add(art('first', report, '2026-03-10'));
  const before = index.memory();
  for (let i = 0; i < 3000; i++) {
    const m = index.add(art(`copy${String(i).padStart(4, '0')}`, report, '2026-03-11'));
    assert.equal(m.length, 1);
    assert.ok(index.lastLookup.verified <= 1);
  }
  const groups = index.groups();
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.members.length, 3001);
  assert.equal(groups[0]!.original, 'first');
  assert.ok(groups[0]!.members.slice(1).every((m) => m.relation === 'identical'));
  // Identical copies are not filed under band or sentence keys, nor are their words kept.
  assert.ok((index.memory().bytes - before.bytes) / 3000 < 400);
  assert.ok((index.memory().wordBytes - before.wordBytes) / 3000 < 16);
});

test('thousands of near-identical copies: capped buckets, one verification each, one group', () => {
  const index = new CopyIndex();
  index.add(art('first', report, '2026-03-10'));
  for (let i = 0; i < 2000; i++) {
    index.add(art(`near${i}`, `${report}\n\nFiled by desk ${i} of the regional network for subscribers only.`, '2026-03-11'));
    assert.ok(index.lastLookup.candidates <= 64, `candidates ${index.lastLookup.candidates}`);
    assert.ok(index.lastLookup.verified <= 1);
  }
  const groups = index.groups();
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.members.length, 2001);
  assert.ok(groups[0]!.members.slice(1).every((m) => m.relation === 'near-identical'));
});

const GERMAN =
  'Der Damm am Fluss Veyra ist in der Nacht zum Dienstag gebrochen. Nach Angaben der Behörden kamen mindestens vierzehn Menschen ums Leben. ' +
  'Rettungskräfte suchten bis zum Morgen in den Dörfern Zelov und Kamenitsa nach Vermissten.\n\n' +
  'Der Betreiber erklärte, starker Regen am Wochenende habe den Damm geschwächt. Anwohner berichteten dagegen, dass die Pumpen seit Monaten nicht mehr gewartet worden seien. ' +
  'Die Regierung kündigte eine unabhängige Untersuchung an und sagte eine Auslandsreise des Ministerpräsidenten ab.\n\n' +
  'In der Stadt Brodna stand das Wasser in einigen Straßen mehr als einen Meter hoch, und viele Familien verbrachten die Nacht in Turnhallen.';
const ENGLISH =
  'The Veyra dam gave way overnight into Tuesday, and officials said at least fourteen people were killed. ' +
  'Rescue teams searched the villages of Zelov and Kamenitsa for the missing until dawn.\n\n' +
  'The operator blamed heavy weekend rain for weakening the dam, while residents said the pumps had not been serviced for months. ' +
  'The government ordered an independent inquiry and the prime minister called off a trip abroad.\n\n' +
  'In the town of Brodna water stood more than a metre deep in some streets, and many families spent the night in sports halls.';
const CHINESE =
  '周二凌晨，韦拉大坝东侧堤坝决口，洪水涌入奥斯克尔河谷。官方称至少十四人死亡。救援人员一直搜索到清晨，在泽洛夫村和卡梅尼察村寻找失踪者。' +
  '大坝运营方表示，周末的强降雨削弱了堤坝。但居民说，排水泵已经几个月没有维护。政府宣布进行独立调查，总理取消了出访计划。' +
  '在布罗德纳镇，一些街道的积水超过一米，许多家庭在体育馆过夜。';

test('another language: copies are found, a report in another language is not a copy', () => {
  const index = new CopyIndex();
  index.add(art('de', GERMAN, '2026-03-10'));
  index.add(art('en', ENGLISH, '2026-03-10'));
  index.add(art('zh', CHINESE, '2026-03-10'));
  assert.equal(index.groups().length, 0, 'a translation shares names, not shingles');
  assert.equal(index.add(art('de-copy', `${GERMAN}\n\nDiesen Artikel teilen: Facebook, X, E-Mail.`, '2026-03-11'))[0]?.relation, 'near-identical');
  assert.equal(index.add(art('zh-copy', `${CHINESE}\n\n分享到：微信、微博。`, '2026-03-11'))[0]?.relation, 'near-identical');
  const zhExcerpt = CHINESE.slice(0, CHINESE.indexOf('政府'));
  assert.equal(index.add(art('zh-excerpt', zhExcerpt, '2026-03-12'))[0]?.relation, 'excerpt');
  assert.deepEqual(
    index.groups().map((g) => g.members.map((m) => m.id)),
    [
      ['de', 'de-copy'],
      ['zh', 'zh-copy', 'zh-excerpt'],
    ],
  );
});

test('a lookup never scans the index: candidates stay few among thousands of reports of one event', () => {
  const index = new CopyIndex();
  const event = inventEvent(4);
  for (let i = 0; i < 3000; i++) index.add(art(`r${i}`, inventReport(1000 + i, 6, i % 2 ? event : null)));
  assert.equal(index.groups().length, 0, 'reports sharing an event, its names and its quote are not copies');
  index.lookup(art('q', inventReport(99_999, 6, event)));
  assert.ok(index.lastLookup.candidates < 50, `candidates ${index.lastLookup.candidates}`);
  const copy = `${inventReport(1000 + 17, 6, event)}\n\n${chrome}`;
  const [m] = index.lookup(art('q2', copy));
  assert.equal(m?.id, 'r17');
  assert.ok(index.lastLookup.verified <= 2);
  const memory = index.memory();
  assert.ok(memory.bytesPerArticle < 1024, `${memory.bytesPerArticle} bytes per article`);
});

test('lookups are the same whether verification reads kept words or the texts', () => {
  const withWords = new CopyIndex({ keepWords: true });
  const fromTexts = new CopyIndex();
  const event = inventEvent(6);
  const r = rng(3);
  const texts: string[] = [];
  for (let i = 0; i < 300; i++) {
    const own = inventReport(5000 + i, 5, i % 3 ? event : null);
    const roll = r();
    const from = texts[Math.floor(r() * texts.length)];
    // Copies of earlier reports of every kind, so that verification runs and says yes and no.
    const text =
      from === undefined || roll < 0.5
        ? own
        : roll < 0.65
          ? from
          : roll < 0.8
            ? `${from}\n\n${chrome}`
            : roll < 0.9
              ? sentencesOf(from).slice(0, 5).join(' ')
              : `${sentencesOf(own).slice(0, 6).join(' ')} ${sentencesOf(from).slice(3, 12).join(' ')}`;
    texts.push(text);
    const a = art(`a${i}`, text, `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`);
    assert.deepEqual(withWords.add(a), fromTexts.add(a));
  }
  assert.deepEqual(withWords.groups(), fromTexts.groups());
  assert.ok(withWords.groups().length > 10);
  assert.ok(withWords.memory().wordBytes > 0);
  assert.equal(fromTexts.memory().wordBytes, 0);
});

test('random texts never crash the index, and relations found do not depend on order (property)', () => {
  const words = ['dam', 'flood', 'river', 'the', 'of', 'said', 'minister', 'village', 'water', 'rose', '14', 'people', 'Brodna', 'é', '大'];
  const sentenceArb = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 25 }).map((w) => `${w.join(' ')}.`);
  const textArb = fc.oneof(fc.array(sentenceArb, { maxLength: 30 }).map((s) => s.join(' ')), fc.string({ maxLength: 200 }), fc.constant(''));
  fc.assert(
    fc.property(fc.array(textArb, { minLength: 1, maxLength: 12 }), fc.integer(), (texts, seed) => {
      const r = rng(seed);
      const forward = new CopyIndex();
      const articles = texts.map((t, i) => art(`t${i}`, t));
      for (const a of articles) forward.add(a);
      // Copies of random members, shuffled in.
      const extra = articles.filter(() => r() < 0.5).map((a, i) => art(`c${i}`, `${a.text} ${a.text.slice(0, a.text.length >> 1)}`));
      for (const a of extra) forward.add(a);
      for (const g of forward.groups()) {
        assert.ok(g.members.length >= 2);
        assert.equal(g.members[0]!.relation, 'original');
        assert.equal(new Set(g.members.map((m) => m.id)).size, g.members.length);
      }
      // Pairwise relations are symmetric: a lookup either way finds the same kind.
      for (const a of articles.slice(0, 4)) {
        for (const b of articles.slice(0, 4)) {
          if (a === b) continue;
          const ab = new CopyIndex();
          ab.add(a);
          const ba = new CopyIndex();
          ba.add(b);
          assert.equal(ab.lookup(b)[0]?.relation, ba.lookup(a)[0]?.relation);
        }
      }
    }),
    { numRuns: 60 },
  );
});
