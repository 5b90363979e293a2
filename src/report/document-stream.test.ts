import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RunCollector, writeDocument, type DocumentParts } from './document-stream.js';
import type { AnalysisDocument, ArticleEntry, EntityEntry } from './document.js';

async function written(parts: DocumentParts): Promise<string> {
  let out = '';
  await writeDocument(async (chunk) => {
    out += chunk;
  }, parts);
  return out;
}

function article(id: string, published: string | null, source: string): ArticleEntry {
  return {
    id, source, sourceDomain: null, sourceOrigin: 'input', title: `Title “${id}”\n`, byline: null, url: null, published, publishedOrigin: 'metadata', modified: null,
    format: 'text', input: `${id}.txt`, language: null, partial: false, chars: 10, copyGroup: `copies:${id}`, copyRelation: 'original', storyId: 's', counts: { sentences: 1, mentions: 0, quotes: 0, times: 0, quantities: 0 }, messages: [],
  };
}

function storyDoc(id: string, articles: ArticleEntry[], entities: EntityEntry[], quotes: unknown[]): AnalysisDocument {
  return {
    corroborate: 'x', generated: 'g', inputs: { read: 0, failed: [] }, articles, copyGroups: [], entities, quotes: quotes as AnalysisDocument['quotes'],
    stories: [{ id, title: `Story ${id}`, articleIds: articles.map((a) => a.id), independentSources: articles.length, span: { start: null, end: null }, entities: [] } as unknown as AnalysisDocument['stories'][number]],
  };
}

test('the streamed document is, byte for byte, the whole document as JSON.stringify lays it out', async () => {
  const docs = new Map([
    ['s1', storyDoc('s1', [article('b', '2026-03-02', 'Ledger'), article('a', null, 'Courier')], [{ id: 'person:ana', name: 'Ana', type: 'person', aliases: ['A.'], articleIds: ['b'] }], [{ text: 'said "so"', articleId: 'b' }])],
    ['s2', storyDoc('s2', [article('c', '2026-03-01', 'Radio')], [{ id: 'person:ana', name: 'Ana', type: 'person', aliases: ['Ana R.'], articleIds: ['c'] }], [])],
  ]);
  const run = new RunCollector();
  for (const d of docs.values()) run.add(d);
  const head = { corroborate: '1.0.0', generated: '2026-03-03T00:00:00Z', inputs: { read: 3, failed: [{ input: 'bad.json', code: 'parse', message: 'not JSON' }] } };
  const copyGroups = [{ id: 'g1', original: 'c', members: [{ id: 'c', relation: 'original' }, { id: 'b', relation: 'rewrite' }] }];
  const text = await written(run.parts(head, copyGroups, async (id) => docs.get(id) ?? null));
  const whole = {
    ...head,
    articles: [docs.get('s2')!.articles[0], docs.get('s1')!.articles[0], docs.get('s1')!.articles[1]],
    stories: [...docs.values()].flatMap((d) => d.stories),
    copyGroups,
    entities: [{ id: 'person:ana', name: 'Ana', type: 'person', aliases: ['A.', 'Ana R.'], articleIds: ['b', 'c'] }],
    quotes: [...docs.values()].flatMap((d) => d.quotes),
  };
  assert.equal(text, `${JSON.stringify(whole, null, 2)}\n`, 'articles by date (undated last), one entity for a name met in two stories');
});

test('empty sections, and a story whose document has gone, keep the layout', async () => {
  const run = new RunCollector();
  const parts = { ...run.parts({ corroborate: '1', generated: 'g', inputs: { read: 0, failed: [] } }, [], async () => null), storyIds: ['gone'] };
  const text = await written(parts);
  assert.equal(text, `${JSON.stringify({ corroborate: '1', generated: 'g', inputs: { read: 0, failed: [] }, articles: [], stories: [], copyGroups: [], entities: [], quotes: [] }, null, 2)}\n`);
});

test('any JSON in the pieces is written as JSON.stringify would (fast-check)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(fc.jsonValue(), { maxLength: 4 }), { maxLength: 4 }), fc.array(fc.jsonValue(), { maxLength: 4 }), async (perStory, groups) => {
      const docs = perStory.map((quotes, i) => ({ ...storyDoc(`s${i}`, [], [], quotes) }));
      const run = new RunCollector();
      for (const d of docs) run.add(d);
      const head = { corroborate: 'v', generated: 'g', inputs: { read: 1, failed: [] } };
      const text = await written(run.parts(head, groups as never[], async (id) => docs[Number(id.slice(1))] ?? null));
      const whole = { ...head, articles: [], stories: docs.flatMap((d) => d.stories), copyGroups: groups, entities: [], quotes: docs.flatMap((d) => d.quotes) };
      assert.equal(text, `${JSON.stringify(whole, null, 2)}\n`);
    }),
    { numRuns: 200 },
  );
});
