/** One telephone line in different digits, on invented reports; and the shapes that are no such dispute. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { invent, inventStory } from './testing.js';
import { phonesIn } from './phones.js';
import { annotateLanguage } from '../language/index.js';

const CASES: { name: string; a: string; b: string; disputed: boolean }[] = [
  { name: 'a digit dropped', a: 'Anyone with information should call Velde police on 0123 456 7890.', b: 'Witnesses are asked to contact Velde police on 0123 456 789.', disputed: true },
  { name: 'spacing only', a: 'Donations can be made by calling 0800 555111.', b: 'Donations can be made by calling 0800 555 111.', disputed: false },
  { name: 'two lines of two bodies', a: 'Call Velde police on 0123 456 7890.', b: 'Call the Lind relief fund on 0800 222 3333.', disputed: false },
  { name: 'one prefix, another line', a: 'Call the Velde switchboard on 0123 456 7890.', b: 'Call the Velde hotline on 0123 459 1111.', disputed: false },
  { name: 'figures, not numbers to call', a: 'The dam held 2008 2009 and 2010 floods back.', b: 'The dam held 2008 2009 and 2011 floods back.', disputed: false },
];

for (const c of CASES) {
  test(`telephone numbers: ${c.name}`, async () => {
    const story = await inventStory([
      { outlet: 'Kresl Post', text: c.a },
      { outlet: 'Osk Daily', text: c.b },
    ]);
    const found = story.analysis.contradictions.filter((x) => x.id.startsWith('contradiction:phone'));
    assert.equal(found.length, c.disputed ? 1 : 0, found.map((x) => x.summary).join(' | '));
    if (c.disputed) {
      assert.equal(found[0]!.internal, false);
      assert.deepEqual(new Set(found[0]!.sides.map((s) => s.articleId)).size, 2);
      for (const s of found[0]!.sides) {
        const text = story.articles.find((a) => a.id === s.articleId)!.text;
        assert.equal(text.slice(s.start, s.end).trim(), s.value);
      }
    }
  });
}

test('telephone numbers: any text is read without error, every number found holds 8 to 15 digits after a cue', () => {
  const chunk = fc.constantFrom('call ', 'on ', '0', '12', '345', ' ', '-', '.', '(01)', '+44 ', '2222', 'x', ', ', '/');
  fc.assert(
    fc.property(fc.array(chunk, { maxLength: 60 }), (parts) => {
      const article = invent({ outlet: 'Kresl Post', text: `Call ${parts.join('')} now.` });
      for (const p of phonesIn({ article, language: annotateLanguage(article) }, 's')) {
        assert.ok(p.digits.length >= 8 && p.digits.length <= 15, p.text);
        assert.equal(article.text.slice(p.start, p.end).replace(/\D/gu, ''), p.digits);
      }
    }),
    { numRuns: 200 },
  );
});
