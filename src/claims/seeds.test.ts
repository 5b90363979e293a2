/**
 * The five real reports in ../shared/seeds as one story. Only short acceptance phrases
 * appear here; every expectation is about what the analysis finds in the files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../pipeline/record.js';
import { groupWith, readArticles, storyOf, type Story } from './testing.js';
import type { Contradiction } from './types.js';

const dir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const files = readdirSync(dir).filter((f) => /^\d{3}_/u.test(f)).sort();
const articles = readArticles(dir, files);
const seed = (prefix: string): Article => articles.find((a) => a.origin.startsWith(prefix)) ?? assert.fail(`no seed ${prefix}`);

let cached: Promise<Story> | null = null;
const story = (): Promise<Story> => (cached ??= storyOf(articles));

function side(c: Contradiction, prefix: string, phrase: string): boolean {
  const a = seed(prefix);
  const at = a.text.indexOf(phrase);
  assert.ok(at >= 0, `${prefix} has "${phrase}"`);
  return c.sides.some((s) => s.articleId === a.id && s.start <= at && s.end >= at + phrase.length);
}

test('000 and 001 are one copy group, so one source', async () => {
  const s = await story();
  const group = s.copyGroups.find((g) => g.members.some((m) => m.id === seed('000').id));
  assert.ok(group?.members.some((m) => m.id === seed('001').id));
  const report = s.analysis.sources.find((r) => r.articleIds.includes(seed('000').id));
  assert.ok(report?.articleIds.includes(seed('001').id));
  assert.equal(s.analysis.sources.length, 4);
});

test('the productive Rubio–Lavrov call is corroborated by 3 independent sources', async () => {
  const s = await story();
  const g = groupWith(s, seed('002').id, 'productive call');
  assert.ok(g);
  assert.equal(g.status, 'corroborated');
  assert.equal(g.independentSources, 3);
  for (const prefix of ['002', '003', '004']) assert.ok(g.evidence.some((e) => e.articleId === seed(prefix).id && /productive/u.test(e.text)), prefix);
});

test('no plans for a Trump–Putin meeting in the near future: corroborated by 3 independent sources', async () => {
  const s = await story();
  const g = groupWith(s, seed('002').id, 'in the near future');
  assert.ok(g);
  assert.equal(g.status, 'corroborated');
  assert.equal(g.independentSources, 3);
  assert.equal(g.polarity, 'negative');
  assert.ok(g.evidence.some((e) => e.articleId === seed('004').id && e.text.includes('immediate future')));
  assert.ok(g.evidence.some((e) => e.articleId === seed('003').id && e.text.includes('immediate meeting')));
});

test('statements found only in 000/001 are single-source: the copy is no second source', async () => {
  const s = await story();
  const pair = new Set([seed('000').id, seed('001').id]);
  const only = s.analysis.claims.filter((g) => g.evidence.every((e) => pair.has(e.articleId)));
  assert.ok(only.length > 10);
  for (const g of only) {
    // One source; a statement another source disputes is "contested" rather than "single-source".
    assert.equal(g.status, g.contradictions.length > 0 ? 'contested' : 'single-source', g.text);
    assert.equal(g.independentSources, 1, g.text);
  }
  assert.ok(only.filter((g) => new Set(g.evidence.map((e) => e.articleId)).size === 2).length > 10);
  const venue = groupWith(s, seed('000').id, 'neutral venue');
  assert.ok(venue && venue.status === 'single-source' && venue.evidence.some((e) => e.articleId === seed('001').id));
});

test('the war\u2019s length, "fourth year" against "32-month", is a temporal contradiction with both spans', async () => {
  const { analysis } = await story();
  const c = analysis.contradictions.find((x) => x.type === 'temporal' && side(x, '002', 'fourth year') && side(x, '004', '32-month'));
  assert.ok(c, analysis.contradictions.map((x) => x.summary).join('\n'));
  assert.equal(c.internal, false);
  assert.ok(c.sides.every((x) => x.value.length > 0));
});

test('"productive" against "unproductive" communications is a polarity contradiction', async () => {
  const { analysis } = await story();
  const c = analysis.contradictions.find((x) => x.type === 'polarity' && side(x, '000', 'unproductive') && side(x, '002', 'productive call'));
  assert.ok(c, analysis.contradictions.map((x) => x.summary).join('\n'));
  assert.equal(c.internal, false);
  // The call is still corroborated: three sources say productive, one source says otherwise.
  const productive = analysis.claims.find((g) => g.contradictions.includes(c.id) && g.evidence.some((e) => e.articleId === seed('003').id));
  const unproductive = analysis.claims.find((g) => g.contradictions.includes(c.id) && g.evidence.some((e) => e.articleId === seed('000').id));
  assert.equal(productive?.status, 'corroborated');
  assert.equal(unproductive?.status, 'contested');
});

test('every span indexes the article text it names', async () => {
  const s = await story();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const g of s.analysis.claims) {
    for (const e of g.evidence) assert.equal(byId.get(e.articleId)!.text.slice(e.start, e.end), e.text);
  }
  for (const c of s.analysis.contradictions) for (const x of c.sides) assert.ok(x.end > x.start && x.end <= byId.get(x.articleId)!.text.length);
  for (const q of s.analysis.quotes) assert.equal(byId.get(q.articleId)!.text.slice(q.start, q.end), q.text);
});

test('a "tense" call against one described as "productive" is a polarity contradiction', async () => {
  const { analysis } = await story();
  const c = analysis.contradictions.find((x) => x.type === 'polarity' && side(x, '004', 'tense') && x.sides.some((s) => s.value === 'productive'));
  assert.ok(c, analysis.contradictions.map((x) => x.summary).join('\n'));
  assert.equal(c.internal, false);
});

test('the reasons given for the cancellation differ', async () => {
  const { analysis } = await story();
  assert.ok(analysis.contradictions.some((x) => x.type === 'cause' && side(x, '004', 'cancellation') && side(x, '000', 'unnecessary tensions') && x.sides.some((s) => s.value.includes('refusal'))), analysis.contradictions.map((x) => x.summary).join('\n'));
});

test('two compatible remarks by one speaker are no attribution conflict', async () => {
  const { analysis } = await story();
  const attribution = analysis.contradictions.filter((x) => x.type === 'attribution');
  assert.deepEqual(attribution.map((x) => x.summary), []);
});

test('one refusal in two wordings by the same speaker is corroborated: no wasted meeting, no wasted time', async () => {
  const { analysis } = await story();
  const group = analysis.claims.find((g) => g.status === 'corroborated' && g.evidence.some((e) => /wasted meeting/u.test(e.text)) && g.evidence.some((e) => /waste his time/u.test(e.text)));
  assert.ok(group, analysis.claims.filter((g) => g.evidence.some((e) => /wast/u.test(e.text))).map((g) => `${g.status}: ${g.text}`).join('\n'));
  assert.equal(group.independentSources, 2);
});

test('facts stated inside different statements are corroborated: the earlier Alaska summit, the missiles, last Thursday’s call', async () => {
  const { analysis } = await story();
  const alaska = analysis.claims.find((g) => g.detail?.includes('place:alaska') && g.status === 'corroborated');
  assert.ok(alaska, analysis.claims.filter((g) => g.detail).map((g) => `${g.detail}: ${g.text}`).join('\n'));
  assert.equal(alaska.independentSources, 3);
  for (const [prefix, words] of [['004', 'Tomahawk'], ['002', 'last Thursday']] as const) {
    const at = seed(prefix).text.indexOf(words);
    assert.ok(
      analysis.claims.some((g) => g.detail && g.status === 'corroborated' && g.evidence.some((e) => e.articleId === seed(prefix).id && e.start <= at && e.end >= at)),
      `${prefix}: ${words}`,
    );
  }
});
