import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOf, stem, storyFeatures, textHash } from './features.js';

const day = (iso: string): number => dayOf(iso)!;

test('names: capitalised mid-sentence, not at a sentence start or in a title-case headline', () => {
  const f = storyFeatures({
    title: 'Rescue Teams Search Flooded Valley',
    text: 'Rescue teams searched the valley on Tuesday. Officials in Brodna said Petra Lind led them.\n\nTeams found three people.',
  });
  assert.ok(f.identity.has('n:brodna'));
  assert.ok(f.identity.has('n:petra') && f.identity.has('n:lind'));
  // "Rescue", "Teams", "Officials" are capitalised only where capitals say nothing.
  assert.ok(!f.identity.has('n:rescue') && !f.identity.has('n:teams') && !f.identity.has('n:officials'));
  assert.ok(f.topic.has('rescue') && f.topic.has('team') && f.topic.has('valley'));
  // Titles and weekdays are not names.
  assert.ok(!f.identity.has('n:tuesday'));
});

test('a word capitalised at a sentence start counts as a name when the article also writes it so mid-sentence', () => {
  const f = storyFeatures({ title: '', text: 'Lind spoke first. Later, Lind and Horvat met in Zelov.' });
  assert.ok(f.identity.has('n:lind') && f.identity.has('n:horvat') && f.identity.has('n:zelov'));
  assert.ok(f.identity.get('n:lind')! > f.identity.get('n:horvat')!, 'both mentions count');
});

test('a dateline dash ends the dateline: the next word is not taken for a name', () => {
  const f = storyFeatures({ title: '', text: 'LESK – Shares in Dravhydro fell on Wednesday.' });
  assert.ok(f.identity.has('n:dravhydro'));
  assert.ok(!f.identity.has('n:shares'));
});

test('acronyms are names; all-capital lines are not', () => {
  const f = storyFeatures({ title: '', text: 'The FBI and the ATF offered a reward.\n\nBREAKING NEWS FROM THE VALLEY' });
  assert.ok(f.identity.has('n:fbi') && f.identity.has('n:atf'));
  assert.ok(!f.identity.has('n:breaking') && !f.identity.has('n:news') && !f.identity.has('n:valley'));
});

test('figures, counts and years: "5.6" and "1,200" are figures, "three" a count, years are years, dates and clock times are neither', () => {
  const f = storyFeatures({ title: '', text: 'A 5.6 quake on May 3, 2013 at 7:15 killed three and left 1,200 homeless. It was the worst since 2005.' });
  assert.ok(f.identity.has('#5.6') && f.identity.has('#1200') && f.identity.has('c:3'));
  assert.ok(f.identity.has('y:2013') && f.identity.has('y:2005'));
  assert.ok(!f.identity.has('#7') && !f.identity.has('c:7') && !f.identity.has('c:5'), 'the day of the month is not a figure');
  assert.ok(!f.identity.has('#7:15') && !f.identity.has('#15'));
});

test('counts: whole numbers up to a dozen, written as digits or words, meet at one key; larger ones and fractions stay figures', () => {
  const keys = (text: string): string[] => [...storyFeatures({ title: '', text }).identity.keys()].filter((k) => k.startsWith('c:') || k.startsWith('#')).sort();
  assert.deepEqual(keys('Four men fled. The 4 robbers fired a dozen shots.'), ['c:12', 'c:4']);
  assert.deepEqual(keys('It killed 13 people, twenty more were hurt and 2.5 tonnes fell.'), ['#13', '#2.5', '#20']);
  assert.deepEqual(keys('Room 0 and 012 apples.'), ['c:0', 'c:12']);
});

test('months named in the text are months, even without a year; "May" the verb, "March" the verb and "Jan" the name are not', () => {
  const month = (text: string): string[] =>
    [...storyFeatures({ title: '', text }).identity.keys()].filter((k) => k.startsWith('m:')).sort();
  assert.deepEqual(month('He hurt his knee against Carolina on October 19 and had surgery in December.'), ['m:10', 'm:12']);
  assert.deepEqual(month('The next updates are due Jan. 13, and the last came on Dec 9.'), ['m:1', 'm:12']);
  // A full date names its month once, however it is written.
  assert.deepEqual(month('Posted 2013-09-18. Microsoft issued a fix.'), ['m:9']);
  const once = storyFeatures({ title: '', text: 'It happened in September at noon.' }).identity.get('m:9');
  assert.equal(storyFeatures({ title: '', text: 'It happened on September 18, 2013 at noon.' }).identity.get('m:9'), once);
  assert.deepEqual(month('May the talks go well, he said. Protesters march to the square. Jan Novak spoke.'), []);
  assert.deepEqual(month('Talks in May failed. Supporters will march in June.'), ['m:5', 'm:6']);
  // Months are no names and no topic words.
  const f = storyFeatures({ title: '', text: 'Talks in October failed, officials in Zelov said.' });
  assert.ok(!f.identity.has('n:october') && !f.topic.has('october'));
});

test('weekdays named in the title or lead are weekdays, with half a weight on each neighbour; later ones are not counted', () => {
  const weekdays = (title: string, text: string): Record<string, number> =>
    Object.fromEntries([...storyFeatures({ title, text }).identity].filter(([k]) => k.startsWith('w:')).map(([k, w]) => [k, Math.round(w * 100) / 100]));
  const lead = weekdays('Robbers ram a jeweller on Monday', 'Four men drove a car through the window.');
  assert.deepEqual(Object.keys(lead).sort(), ['w:1', 'w:2', 'w:7']);
  assert.ok(lead['w:1']! > lead['w:2']! && lead['w:2'] === lead['w:7'], 'Sunday and Tuesday get half of Monday');
  const filler = Array.from({ length: 90 }, () => 'the crowd watched').join(' ');
  assert.deepEqual(weekdays('', `Thieves struck. ${filler}. Police said Friday that no one was hurt.`), {}, 'a weekday deep in the body is what followed');
  assert.deepEqual(weekdays('', 'They met on sunday.'), {}, 'only as a name is written');
});

test('other days named in full are kept beside the article\'s own day', () => {
  const f = storyFeatures({
    title: '',
    text: 'April 12, 2013 — The trial opened. The shooting on October 21, 2011 was filmed. A hearing on October 21, 2011 and one on 2012-05-02 followed.',
  });
  assert.equal(f.day, day('2013-04-12'));
  assert.deepEqual(f.refDays, [day('2011-10-21'), day('2012-05-02')]);
  const many = Array.from({ length: 20 }, (_, i) => `On March ${i + 1}, 2010 it rained.`).join(' ');
  assert.equal(storyFeatures({ title: '', text: many }).refDays.length, 8, 'bounded');
});

test('day: the publication date when there is one, else the first full date near the top, else null', () => {
  assert.equal(storyFeatures({ title: 't', text: 'Posted May 3, 2013. Text.', published: { value: '2013-05-04T10:00:00Z' } }).day, day('2013-05-04'));
  assert.equal(storyFeatures({ title: 't', text: 'Posted May 3, 2013. Text.' }).day, day('2013-05-03'));
  assert.equal(storyFeatures({ title: 't', text: '05/02/2013 Text.' }).day, day('2013-05-02'));
  assert.equal(storyFeatures({ title: 't', text: '14 June 2013 Text.' }).day, day('2013-06-14'));
  assert.equal(storyFeatures({ title: 't', text: 'Nothing dated here, only "on Tuesday".' }).day, null);
  // A date far into the text is background, not the report's date.
  assert.equal(storyFeatures({ title: 't', text: `${'word '.repeat(200)}She was there from September 3, 2010.` }).day, null);
  // Impossible dates are not dates.
  assert.equal(storyFeatures({ title: 't', text: 'On February 30, 2013 nothing happened.' }).day, null);
});

test('stemming meets inflections at one term', () => {
  assert.equal(stem('checks'), stem('checked'));
  assert.equal(stem('checking'), stem('check'));
  assert.equal(stem('injuries'), 'injury');
});

test('the text hash ignores case, spacing and punctuation but not words', () => {
  assert.equal(textHash('The dam broke.\n\nTwo died'), textHash('the  dam broke — two died!'));
  assert.notEqual(textHash('The dam broke'), textHash('The dam held'));
  assert.match(textHash(''), /^[0-9a-f]{16}$/);
});

test('title and lead words weigh more than the body', () => {
  const f = storyFeatures({ title: 'Flood', text: `flood ${'word '.repeat(100)}harvest` });
  assert.ok(f.topic.get('flood')! > f.topic.get('harvest')!);
});

test('name phrases are kept as written, for a story\'s main entities', () => {
  const f = storyFeatures({ title: '', text: 'The inquiry into the Veyra Dam began. Engineers at the Veyra Dam had warned Dravhydro.' });
  assert.equal(f.phrases.get('Veyra Dam'), 2);
  assert.equal(f.phrases.get('Dravhydro'), 1);
});

test('empty and odd inputs give empty features, never an error', () => {
  for (const text of ['', ' ', '\n\n\n', '!!!', '12345', 'ÄÖÜ', '\u0000\u0001', '🙂 🙂']) {
    const f = storyFeatures({ title: '', text });
    assert.ok(f.topic instanceof Map && f.identity instanceof Map);
    assert.equal(typeof f.hash, 'string');
  }
});
