/**
 * A story has a life: series stay series, weeks-apart siblings stay apart, and a late report
 * that names the event's day still joins it. Invented outlets, people and events.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, type ClusterArticle } from './online.js';
import { reclusterArticles } from './recluster.js';
import { makeArticle } from './testing.js';

async function groupsOf(articles: readonly ClusterArticle[]): Promise<{ online: string[][]; reclustered: string[][] }> {
  const c = new StoryClusterer();
  for (const a of articles) await c.add(a);
  const online = [...(await c.assignments()).values()].map((ids) => [...ids].sort()).sort();
  const r = await reclusterArticles(articles);
  const by = new Map<string, string[]>();
  for (const m of r.members) by.set(m.storyId, [...(by.get(m.storyId) ?? []), m.articleId]);
  return { online, reclustered: [...by.values()].map((ids) => [...ids].sort()).sort() };
}

const day = (start: string, plus: number): string => new Date(Date.parse(start) + plus * 86_400_000).toISOString().slice(0, 10);

/** One issue of an invented weekly gadget column: the same name, author and sign-off every week, a new subject each time. */
function columnIssue(n: number, subject: string, detail: string): ClusterArticle {
  return makeArticle(
    `col${n}`,
    `Bits and Pieces: ${subject}`,
    `This week in Bits and Pieces, Marta Quell looks at ${subject.toLowerCase()}. ${detail}\n\n` +
      `Quell has tested consumer technology for the Fenwick Gazette since the column began, and every week she answers readers' questions about the gadgets they own. ` +
      `Readers can send their questions to the Bits and Pieces desk at the Fenwick Gazette, and Quell picks three of them for the following week.\n\n` +
      `Bits and Pieces appears in the Fenwick Gazette every Thursday.`,
    day('2026-01-08', 7 * n),
    'Fenwick Gazette',
  );
}

test('a weekly column of one outlet is a series of stories, not one story, online and re-clustered', async () => {
  const issues = [
    columnIssue(0, 'Cheap phones that last', 'She kept four budget handsets in daily use for a month and counted how often each froze.'),
    columnIssue(1, 'Keeping old laptops useful', 'A lighter operating system and a new battery gave a nine-year-old machine another life.'),
    columnIssue(2, 'Smart plugs worth buying', 'Most of the plugs she tried worked, but two lost their settings after every power cut.'),
    columnIssue(3, 'Backing up family photos', 'Two copies at home and one elsewhere is still the rule she trusts, whatever the cloud promises.'),
    columnIssue(4, 'Headphones for the commute', 'Noise cancelling helped on the tram, but the cheapest pair hissed in quiet rooms.'),
    columnIssue(5, 'Printers that do not waste ink', 'Tank printers cost more at first and far less after a year of school projects.'),
  ];
  const { online, reclustered } = await groupsOf(issues);
  const apart = issues.map((a) => [a.id]).sort();
  assert.deepEqual(online, apart);
  assert.deepEqual(reclustered, apart);
});

test("one outlet's updates of a breaking story on one day still join each other", async () => {
  const base = 'Firefighters from three stations fought a blaze at the Harlow Mills paper warehouse in Tessby, the Tessby fire service said. Station officer Dara Venn said the roof had collapsed.';
  const updates = [
    makeArticle('u1', 'Fire at Harlow Mills warehouse in Tessby', `${base}\n\nResidents of Quarry Lane were told to keep windows shut.`, '2026-02-02T07:00:00Z', 'Tessby Echo'),
    makeArticle('u2', 'Harlow Mills fire: roof collapses, Quarry Lane told to shut windows', `${base}\n\nSmoke could be seen across Tessby, and Quarry Lane residents were told to keep windows shut.`, '2026-02-02T11:00:00Z', 'Tessby Echo'),
  ];
  const { online } = await groupsOf(updates);
  assert.deepEqual(online, [['u1', 'u2']]);
});

/** A strike at one invented port, told by three outlets; two strikes six weeks apart share the port, the union and its leader. */
function strikeReports(tag: string, date: string, workers: string, demand: string): ClusterArticle[] {
  const lead = `Dockworkers at Port Orlen walked out on ${date === '2026-03-02' ? 'Monday' : 'Tuesday'}, halting container traffic, the Orlen Dock Union said.`;
  return [
    makeArticle(`${tag}1`, `Port Orlen halted as ${workers} dockworkers strike`, `${lead} About ${workers} members joined the walkout over ${demand}.\n\nUnion leader Sefa Brandt said the strike would last until the port authority returned to talks.`, date, 'Coast Wire'),
    makeArticle(`${tag}2`, `Strike shuts Port Orlen`, `${workers} workers of the Orlen Dock Union stopped work at Port Orlen over ${demand}. Sefa Brandt, who leads the union, said members were united.\n\nShips waited at anchor outside Port Orlen.`, day(date, 1), 'Harbour Daily'),
    makeArticle(`${tag}3`, `Port Orlen strike enters second day`, `The strike by ${workers} Orlen Dock Union members at Port Orlen entered its second day. The dispute is over ${demand}, Sefa Brandt said.\n\nThe port authority said it was ready to talk.`, day(date, 1), 'Orlen Radio'),
  ];
}

test('two strikes at one port six weeks apart are two stories, though they share the port, the union and its leader', async () => {
  const first = strikeReports('p', '2026-03-02', '1,400', 'a pay offer of 2.5% a year');
  const second = strikeReports('q', '2026-04-14', '900', 'plans for automated cranes');
  const { online, reclustered } = await groupsOf([...first, ...second]);
  const expected = [first.map((a) => a.id).sort(), second.map((a) => a.id).sort()].sort();
  assert.deepEqual(online, expected);
  assert.deepEqual(reclustered, expected);
});

test('a report weeks later that names the day of the event joins its story', async () => {
  const first = strikeReports('p', '2026-03-02', '1,400', 'a pay offer of 2.5% a year');
  const late = makeArticle(
    'late',
    'Port Orlen counts the cost of the March 2 strike',
    'Five weeks after the March 2, 2026 strike by 1,400 Orlen Dock Union members, Port Orlen said the walkout over a pay offer of 2.5% a year had cost it two weeks of container traffic. Sefa Brandt said the union stood by the strike.',
    '2026-04-07',
    'Coast Wire',
  );
  const { online } = await groupsOf([...first, late]);
  assert.deepEqual(online, [[...first.map((a) => a.id), 'late'].sort()]);
});
