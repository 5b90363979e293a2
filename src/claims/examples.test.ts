/**
 * The example corpus against examples/manifest.json: every planted agreement,
 * contradiction (with its type), exclusive, hedge and quote variant is found, and no
 * "false friend" is reported as a contradiction. The 14 articles of the main story are one
 * story, as story clustering will hand them over.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Article } from '../pipeline/record.js';
import { groupWith, readArticles, storyOf, type Story } from './testing.js';
import type { Contradiction } from './types.js';
import { analyzeStory } from './index.js';

interface Phrase {
  file: string;
  phrase: string;
}
interface Manifest {
  files: { id: string; path: string }[];
  contradictions: { id: string; type: string; sides: Phrase[]; quote?: string }[];
  agreements: { id: string; phrases: Phrase[] }[];
  exclusives: { file: string; namedQuotes: string[]; unnamedQuotes: string[]; claims: string[] }[];
  hedged: { file: string; phrases: string[] }[];
  quoteVariants: { id: string; sides: Phrase[] }[];
  undated: string[];
  falseFriends: { note: string; sides: Phrase[] }[];
}

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(examples, 'manifest.json'), 'utf8')) as Manifest;
const all = readArticles(examples, [...new Set(manifest.files.map((f) => f.path))]);
const byOrigin = new Map(all.map((a) => [a.origin, a]));
const article = (id: string): Article => byOrigin.get(id) ?? byOrigin.get(id.replace(/#1$/u, '')) ?? byOrigin.get(`${id}#1`) ?? assert.fail(`no article for ${id}`);
const OTHER_STORIES = new Set(['news/continental-wire-dump.jsonl#2', 'news/radio-dravania-news-rss.xml#1']);
const main = all.filter((a) => !OTHER_STORIES.has(a.origin));

let cached: Promise<Story> | null = null;
const story = (): Promise<Story> => (cached ??= storyOf(main));

function spanOf(p: Phrase): { articleId: string; start: number; end: number } {
  const a = article(p.file);
  const start = a.text.indexOf(p.phrase);
  assert.ok(start >= 0, `${p.file}: phrase not in text: ${p.phrase}`);
  return { articleId: a.id, start, end: start + p.phrase.length };
}

function covers(c: Contradiction, p: Phrase): boolean {
  const s = spanOf(p);
  return c.sides.some((side) => side.articleId === s.articleId && side.start < s.end && s.start < side.end);
}

test('the main story has 14 articles', () => {
  assert.equal(main.length, 14);
});

for (const planted of manifest.contradictions) {
  test(`planted contradiction ${planted.id} is found as ${planted.type}, with both sides' spans`, async () => {
    const { analysis } = await story();
    const found = analysis.contradictions.filter((c) => c.type === planted.type && planted.sides.every((p) => covers(c, p)));
    assert.ok(found.length > 0, `${planted.id}: ${analysis.contradictions.map((c) => `${c.type}: ${c.summary}`).join('\n')}`);
    assert.ok(found.every((c) => !c.internal && c.summary.length > 0));
  });
}

for (const agreement of manifest.agreements) {
  test(`planted agreement ${agreement.id}: every phrase in one corroborated claim`, async () => {
    const s = await story();
    const groups = agreement.phrases.map((p) => groupWith(s, article(p.file).id, p.phrase));
    const ids = groups.map((g) => g?.id ?? 'none');
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [bestId, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const best = groups.find((g) => g?.id === bestId);
    assert.equal(n, agreement.phrases.length, `${agreement.id}: ${agreement.phrases.map((p, i) => `${ids[i]} ← ${p.phrase}`).join('\n')}`);
    assert.equal(best?.status === 'corroborated' || best?.status === 'contested', true);
    assert.ok((best?.independentSources ?? 0) >= 3, `${agreement.id}: ${best?.independentSources} sources`);
  });
}

test('the Northern Standard exclusives: its quotes are its own, its claims single-source', async () => {
  const s = await story();
  const { analysis } = s;
  const ex = manifest.exclusives[0]!;
  const standard = article(ex.file);
  const report = analysis.sources.find((r) => r.articleIds.includes(standard.id));
  assert.ok(report);
  for (const q of [...ex.namedQuotes, ...ex.unnamedQuotes]) {
    const quote = analysis.quotes.find((x) => x.articleId === standard.id && x.text.includes(q.slice(0, 40)));
    assert.ok(quote, `quote not found: ${q}`);
    assert.equal(quote.spread, 'single', q);
    assert.ok(report.exclusiveQuotes.some((x) => x.text === quote.text), `not listed as exclusive: ${q}`);
  }
  for (const claim of ex.claims) {
    const g = groupWith(s, standard.id, claim);
    assert.ok(g, `no claim for: ${claim}`);
    assert.equal(g.status, 'single-source', claim);
    assert.equal(g.independentSources, 1, claim);
  }
});

test('hedged claims keep their hedges', async () => {
  const s = await story();
  for (const h of manifest.hedged) {
    for (const phrase of h.phrases) {
      const g = groupWith(s, article(h.file).id, phrase);
      assert.ok(g, `no claim for: ${phrase}`);
      const e = g.evidence.find((x) => x.articleId === article(h.file).id && x.start <= article(h.file).text.indexOf(phrase) + phrase.length && x.end >= article(h.file).text.indexOf(phrase));
      assert.ok(e && e.hedges.length > 0, `no hedge kept for: ${phrase}`);
      assert.ok(g.hedges.length > 0);
    }
  }
});

test('the altered Vereshin quote is flagged with both spans', async () => {
  const { analysis } = await story();
  for (const variant of manifest.quoteVariants) {
    const [a, b] = variant.sides.map(spanOf) as [ReturnType<typeof spanOf>, ReturnType<typeof spanOf>];
    const q = analysis.quotes.find((x) => x.articleId === a.articleId && x.start <= a.start && x.end >= a.end);
    assert.ok(q, 'quote found');
    assert.equal(q.spread, 'altered');
    assert.ok(q.elsewhere.some((e) => e.articleId === b.articleId && e.relation === 'altered' && e.start <= b.start && e.end >= b.end));
    assert.ok(analysis.contradictions.some((c) => c.type === 'attribution' && covers(c, variant.sides[0]!) && covers(c, variant.sides[1]!)));
  }
});

test('no false friend is reported as a contradiction', async () => {
  const s = await story();
  for (const friend of manifest.falseFriends) {
    for (const side of friend.sides) {
      if (OTHER_STORIES.has(side.file)) continue;
      const hit = s.analysis.contradictions.find((c) => covers(c, side));
      assert.equal(hit, undefined, `${friend.note}: ${hit?.summary}`);
    }
  }
});

test('the unrelated Pellan floods report, given as a story of its own, has no contradictions', async () => {
  const pellan = await storyOf([article('news/continental-wire-dump.jsonl#2')]);
  assert.deepEqual(pellan.analysis.contradictions, []);
  assert.ok(pellan.analysis.claims.every((g) => g.status === 'single-source'));
});

test('the undated article gets an estimated publication date, and its times are marked estimated', async () => {
  const { analysis } = await story();
  for (const id of manifest.undated) {
    const a = article(id);
    const estimate = analysis.estimatedPublication.find((e) => e.articleId === a.id);
    assert.ok(estimate && /^2026-03-1[0-2]$/u.test(estimate.date), JSON.stringify(estimate));
    const only = analysis.timeline.filter((t) => t.articleIds.length === 1 && t.articleIds[0] === a.id);
    assert.ok(only.length > 0 && only.every((t) => t.estimated === true));
  }
  const dated = analysis.timeline.find((t) => t.date.startsWith('2026-03-10'));
  assert.ok(dated && dated.estimated === undefined);
});

test('the verbatim copy adds evidence but no independent source', async () => {
  const { analysis } = await story();
  const copy = article('news/continental-wire-dump.jsonl#1');
  const original = article('news/oskel-courier-wp-post.json');
  const shared = analysis.claims.filter((g) => g.evidence.some((e) => e.articleId === copy.id) && g.evidence.some((e) => e.articleId === original.id));
  assert.ok(shared.length > 10);
  for (const g of shared) {
    const sources = new Set(g.evidence.filter((e) => e.articleId === copy.id || e.articleId === original.id).map((e) => e.source));
    assert.equal(sources.size, 1);
  }
});

test('the analysis does not depend on the order articles and copy groups arrive in', async () => {
  const s = await story();
  const again = analyzeStory([...s.annotated].reverse(), s.canonical, [...s.copyGroups].reverse());
  assert.equal(JSON.stringify(again), JSON.stringify(s.analysis));
});
