import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ARTICLE_LIMITS, limitArticle, limitExtracted, type ArticleLimits } from './limits.js';
import { extracted, type Article, type Block, type Paragraph } from './record.js';
import { identify } from '../identify/identify.js';
import { normalize } from '../normalize/normalize.js';
import { processInput } from './run.js';
import { annotateArticles } from './annotate.js';
import { LANGUAGE_VERSION } from '../language/index.js';
import type { Store } from '../store/store.js';

const base = ((): Article => {
  const e = extracted('text', 'in.txt', { title: 'Limits', blocks: [{ kind: 'paragraph', text: 'x' }] });
  return identify(e, normalize(e));
})();

/** An article of these paragraphs, separated by a blank line as normalize separates them. */
function article(paragraphs: readonly string[]): Article {
  const spans: Paragraph[] = [];
  let at = 0;
  for (const p of paragraphs) {
    spans.push({ start: at, end: at + p.length, kind: 'paragraph' });
    at += p.length + 2;
  }
  return { ...base, text: paragraphs.join('\n\n'), paragraphs: spans, messages: [] };
}

const SMALL: ArticleLimits = { chars: 100, paragraphs: 3, sentences: 6, paragraphChars: 30 };

const pieces = (a: Article): string[] => a.paragraphs.map((p) => a.text.slice(p.start, p.end));
const codes = (a: Article): string[] => a.messages.map((m) => m.code);

test('limits, case by case', () => {
  const cases: { name: string; limits?: Partial<ArticleLimits>; in: string[]; pieces: string[]; codes: string[]; text?: RegExp }[] = [
    { name: 'within every limit', in: ['One. Two.', 'Three.'], pieces: ['One. Two.', 'Three.'], codes: [] },
    {
      name: 'a long paragraph is split after a sentence',
      in: ['Ferries stopped on Monday. The port is shut. Day crossings go on.'],
      pieces: ['Ferries stopped on Monday. ', 'The port is shut. ', 'Day crossings go on.'],
      codes: ['long-paragraph'],
    },
    {
      name: 'a long sentence is split between words',
      in: ['ferries stopped on monday and the port is shut and day crossings go on'],
      pieces: ['ferries stopped on monday and ', 'the port is shut and day ', 'crossings go on'],
      codes: ['long-paragraph'],
      text: /2 cuts fell between words/,
    },
    { name: 'a long word is cut at the limit', in: ['x'.repeat(70)], pieces: ['x'.repeat(30), 'x'.repeat(30), 'x'.repeat(10)], codes: ['long-paragraph'] },
    { name: 'a cut never splits a surrogate pair', in: [`${'x'.repeat(29)}😀yy`], pieces: ['x'.repeat(29), '😀yy'], codes: ['long-paragraph'] },
    { name: 'too many paragraphs', in: ['A.', 'B.', 'C.', 'D.', 'E.'], pieces: ['A.', 'B.', 'C.'], codes: ['article-cut'], text: /first 3 of 5 paragraphs/ },
    {
      name: 'too many characters',
      limits: { paragraphs: 10 },
      in: ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30), 'd'.repeat(10)],
      pieces: ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)],
      codes: ['article-cut'],
      text: /\(94 of 106 characters\)/,
    },
    { name: 'too many sentences', in: ['A. B. C.', 'D. E. F.', 'G.'], pieces: ['A. B. C.', 'D. E. F.'], codes: ['article-cut'] },
    { name: 'the first paragraph stays, however many sentences it holds', in: ['A. B. C. D. E. F. G. H.'], pieces: ['A. B. C. D. E. F. G. H.'], codes: [] },
    {
      name: 'split, then cut',
      in: ['a'.repeat(50), 'b'.repeat(50), 'c'],
      pieces: ['a'.repeat(30), 'a'.repeat(20), 'b'.repeat(30)],
      codes: ['long-paragraph', 'article-cut'],
    },
  ];
  for (const c of cases) {
    const given = article(c.in);
    const out = limitArticle(given, { ...SMALL, ...c.limits });
    assert.deepEqual(pieces(out), c.pieces, c.name);
    assert.deepEqual(codes(out), c.codes, c.name);
    assert.ok(given.text.startsWith(out.text), `${c.name}: the text is kept or cut, never changed`);
    if (c.text) assert.match(out.messages.map((m) => m.text).join(' | '), c.text, c.name);
    if (c.codes.length === 0) assert.equal(out, given, `${c.name}: unchanged, the article itself`);
  }
  const fine = article(['One. Two.']);
  assert.equal(limitArticle(fine, SMALL), fine, 'an article within the limits is returned as it is');
});

test('text without paragraphs is read as one paragraph', () => {
  const out = limitArticle({ ...article([]), text: 'y'.repeat(45) }, SMALL);
  assert.deepEqual(pieces(out), ['y'.repeat(30), 'y'.repeat(15)]);
});

test('the default limits, through the ingest path: a 1 MB paragraph is cut before normalization, split and cut, with warnings', () => {
  const sentence = 'The river rose another metre overnight and the valley roads were closed. ';
  const bytes = Buffer.from(`A Very Long Report\n\n${sentence.repeat(Math.ceil(1_000_000 / sentence.length))}\n`);
  const outcome = processInput({ name: 'long.txt', bytes });
  assert.equal(outcome.error, null);
  const [a] = outcome.articles;
  assert.ok(a);
  assert.ok(a.text.length <= ARTICLE_LIMITS.chars);
  assert.ok(a.paragraphs.every((p) => p.end - p.start <= ARTICLE_LIMITS.paragraphChars));
  assert.ok(a.paragraphs.every((p) => a.text.slice(p.start, p.end).endsWith('closed. ') || p === a.paragraphs.at(-1)), 'pieces end at a sentence end');
  assert.deepEqual(codes(a), ['input-cut', 'long-paragraph', 'article-cut']);
});

/** Texts of pathological shapes, at small scale: long runs, no spaces, no stops, surrogates. */
const paragraphText = fc
  .array(fc.constantFrom('a', 'bb', ' ', '. ', '! ', '.', 'Word', '😀', '”. ', '\n', 'x'.repeat(40)), { maxLength: 60 })
  .map((parts) => parts.join('').trim())
  .filter((p) => p.length > 0);

const limits: fc.Arbitrary<ArticleLimits> = fc
  .record({ chars: fc.integer({ min: 2, max: 400 }), paragraphs: fc.integer({ min: 1, max: 8 }), sentences: fc.integer({ min: 1, max: 20 }), paragraphChars: fc.integer({ min: 2, max: 80 }) })
  .map((l) => ({ ...l, paragraphChars: Math.min(l.paragraphChars, l.chars) }));

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

test('fuzz: any shape comes out within the limits, as a prefix of the text, covered by its pieces', () => {
  fc.assert(
    fc.property(fc.array(paragraphText, { maxLength: 12 }), limits, (texts, l) => {
      const given = article(texts);
      const out = limitArticle(given, l);
      assert.ok(given.text.startsWith(out.text));
      assert.ok(out.paragraphs.length <= l.paragraphs);
      let covered = 0;
      let last = 0;
      for (const p of out.paragraphs) {
        assert.ok(p.start < p.end && p.start >= last && p.end <= out.text.length, 'ordered, non-empty, inside the text');
        assert.ok(p.end - p.start <= l.paragraphChars);
        assert.ok(!isHigh(out.text.charCodeAt(p.end - 1)) || p.end - p.start === 1, 'no piece ends inside a surrogate pair');
        covered += p.end - p.start;
        last = p.end;
      }
      // The pieces cover exactly what the kept paragraphs covered.
      const kept = given.paragraphs.filter((p) => p.start < out.text.length).reduce((n, p) => n + Math.min(p.end, out.text.length) - p.start, 0);
      assert.equal(covered, kept);
      assert.ok(out.text.length <= l.chars || out.paragraphs.length === 1, 'within the characters, or only the first paragraph is left');
      assert.equal(out === given, out.messages.length === given.messages.length, 'a warning for every change, none without');
      assert.deepEqual(limitArticle(out, l).paragraphs, out.paragraphs, 'limiting twice changes nothing more');
    }),
    { numRuns: 400 },
  );
});

test('an article stored over the limits is limited before the language layer, and its stale annotations are not reused', async () => {
  const long = article([`${'The river rose again. '.repeat(400)}`]);
  const saved: number[] = [];
  const store = {
    // What an older run would have cached for the article as it was stored, unsplit.
    getAnnotations: async () => new Map([[long.id, { articleId: long.id, layer: 'language', version: LANGUAGE_VERSION, data: { stale: true } }]]),
    saveAnnotations: async (records: unknown[]) => void saved.push(records.length),
  } as unknown as Store;
  const [annotated] = await annotateArticles(store, [long]);
  assert.ok(annotated);
  assert.ok(annotated.article.paragraphs.length > 1 && annotated.article.paragraphs.every((p) => p.end - p.start <= ARTICLE_LIMITS.paragraphChars));
  assert.deepEqual(codes(annotated.article), ['long-paragraph']);
  assert.ok(!('stale' in annotated.language));
  assert.ok(annotated.language.sentences.every((s) => s.paragraph < annotated.article.paragraphs.length));
  assert.deepEqual(saved, [1], "the new annotation is saved");
});

test('an extraction is cut at five times the character limit before normalization', () => {
  const limits = { ...SMALL, chars: 10 };
  const blocks = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
  const cases: { name: string; in: Block[]; out: string[] }[] = [
    { name: 'within', in: blocks('a'.repeat(20), 'b'.repeat(30)), out: ['a'.repeat(20), 'b'.repeat(30)] },
    { name: 'cut between words', in: blocks('a'.repeat(20), `${'b'.repeat(20)} ${'c'.repeat(20)}`), out: ['a'.repeat(20), 'b'.repeat(20)] },
    { name: 'cut in a word without spaces', in: blocks('a'.repeat(20), 'b'.repeat(40)), out: ['a'.repeat(20), 'b'.repeat(30)] },
    { name: 'later blocks dropped', in: blocks('a'.repeat(50), 'b', 'c'), out: ['a'.repeat(50)] },
    { name: 'never half a surrogate pair', in: blocks(`${'a'.repeat(49)}😀`), out: ['a'.repeat(49)] },
  ];
  for (const c of cases) {
    const e = extracted('text', 'in.txt', { blocks: c.in });
    const out = limitExtracted(e, limits);
    assert.deepEqual(out.blocks.map((b) => b.text), c.out, c.name);
    if (c.name === 'within') assert.equal(out, e, 'within the limit, the extraction itself');
    else assert.deepEqual(out.messages.map((m) => m.code), ['input-cut'], c.name);
  }
});
