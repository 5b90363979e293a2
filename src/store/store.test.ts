/**
 * The shared store suite: the `Store` interface's behaviour, run on every driver
 * (src/test-support/stores.ts). A driver's own concerns (SQLite's WAL and user_version,
 * PostgreSQL's schemas and locks) are tested beside the driver.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { identify } from '../identify/identify.js';
import { normalize } from '../normalize/normalize.js';
import { extracted, type Article } from '../pipeline/record.js';
import { MemoryStoryTx } from '../stories/memory.js';
import { storeTest } from '../test-support/stores.js';

function article(n: number): Article {
  const e = extracted('text', `in/${n}.txt`, { title: `Story ${n}`, published: `2026-03-0${(n % 9) + 1}`, publishedOrigin: 'text', blocks: [{ kind: 'paragraph', text: `Paragraph of story ${n}.` }] });
  return identify(e, normalize(e));
}

function titled(title: string, text: string): Article {
  const e = extracted('text', `${title}.txt`, { title, blocks: [{ kind: 'paragraph', text }] });
  return identify(e, normalize(e));
}

storeTest('round trip: what is stored comes back whole', async (db) => {
  const store = await db.open();
  const a = article(1);
  assert.deepEqual(await store.addArticles([a]), { added: [a.id], existing: [] });
  assert.deepEqual(await store.getArticle(a.id), a);
  assert.equal(await store.getArticle('nope'), null);
  assert.deepEqual(await store.findIds(a.id.slice(0, 4)), [a.id]);
  const [listed] = await store.listArticles();
  assert.equal(listed!.title, 'Story 1');
  assert.equal(listed!.chars, a.text.length);
  assert.equal(listed!.warnings, a.messages.length);
  const fetched = { ...article(2), fetched: { url: 'https://news.example/r/2', finalUrl: 'https://news.example/2', httpDate: '2026-03-02T10:00:00.000Z', etag: '"x"', lastModified: null, fetchedAt: '2026-03-02T10:00:01.000Z' } };
  await store.addArticles([fetched]);
  assert.deepEqual(await store.getArticle(fetched.id), fetched, 'how a fetched article was answered comes back with it');
  assert.deepEqual(await store.fetchedFrom(['https://news.example/r/2', 'https://news.example/2']), new Map([['https://news.example/r/2', fetched.id]]));
  await store.close();
});

storeTest('re-ingesting adds nothing, and what was stored survives a reopen', async (db) => {
  const store = await db.open();
  const batch = [article(1), article(2)];
  await store.addArticles(batch);
  assert.deepEqual(await store.addArticles(batch), { added: [], existing: batch.map((a) => a.id) });
  assert.equal(await store.countArticles(), 2);
  await store.close();
  const again = await db.open();
  assert.equal(await again.countArticles(), 2);
  await again.close();
});

storeTest('a batch is one transaction: a failure part-way leaves nothing behind, and marks nothing unfinished', async (db) => {
  const store = await db.open();
  const good = article(1);
  const broken = { ...article(2), title: null } as unknown as Article;
  await assert.rejects(store.addArticles([good, broken]));
  assert.equal(await store.countArticles(), 0);
  assert.deepEqual(await store.unfinishedArticles(), []);
  await store.close();
});

storeTest('annotations: saved per article and layer, replaced on rewrite, refused for unknown articles', async (db) => {
  const store = await db.open();
  const a = article(1);
  await store.addArticles([a]);
  await store.saveAnnotations([{ articleId: a.id, layer: 'language', version: 1, data: { sentences: [{ start: 0, end: 5 }] } }]);
  await store.saveAnnotations([{ articleId: a.id, layer: 'language', version: 2, data: { sentences: [] } }]);
  const got = await store.getAnnotations<{ sentences: unknown[] }>('language', [a.id, 'missing']);
  assert.equal(got.size, 1);
  assert.deepEqual(got.get(a.id), { articleId: a.id, layer: 'language', version: 2, data: { sentences: [] } });
  await assert.rejects(store.saveAnnotations([{ articleId: 'nope', layer: 'language', version: 1, data: {} }]));
  await store.close();
});

storeTest('articles are listed in publication order, paged, and counted by language; "en" takes "en-GB" too', async (db) => {
  const store = await db.open();
  const [a, b, c] = [3, 1, 2].map(article);
  await store.addArticles([{ ...a!, language: 'de' }, { ...b!, language: 'en-GB' }, { ...c!, language: 'en' }]);
  assert.deepEqual((await store.listArticles()).map((x) => x.id), [b!.id, c!.id, a!.id]);
  assert.deepEqual((await store.listArticles({ limit: 1, offset: 1 })).map((x) => x.id), [c!.id]);
  assert.deepEqual((await store.listArticles({ language: 'de' })).map((x) => x.id), [a!.id]);
  assert.deepEqual((await store.listArticles({ language: 'EN' })).map((x) => x.id), [b!.id, c!.id]);
  assert.equal(await store.countArticles({ language: 'en' }), 2);
  assert.equal(await store.countArticles({ language: 'pt' }), 0);
  assert.equal(await store.countArticles(), 3);
  await store.close();
});

storeTest('added articles are unfinished, in stored order, until finished; the mark survives a reopen', async (db) => {
  const store = await db.open();
  const [a, b, c] = [article(1), article(2), article(3)];
  await store.addArticles([b, a]);
  await store.addArticles([c]);
  assert.deepEqual(await store.unfinishedArticles(), [b.id, a.id, c.id]);
  await store.finishArticles([a.id, 'not-stored']);
  assert.deepEqual(await store.addArticles([a]), { added: [], existing: [a.id] });
  assert.deepEqual(await store.unfinishedArticles(), [b.id, c.id], 'adding a finished article again does not reopen it');
  await store.close();
  const again = await db.open();
  assert.deepEqual(await again.unfinishedArticles(), [b.id, c.id]);
  await again.finishArticles([b.id, c.id]);
  assert.deepEqual(await again.unfinishedArticles(), []);
  await again.close();
});

storeTest('articles are searched by title and text, every term required, case and accents folded', async (db) => {
  const store = await db.open();
  const dam = titled('Dam breach in Brodná', 'Water reached the lower town before dawn.');
  const tram = titled('Tram strike', 'Drivers in Lesk walk out over pay; the dam is not mentioned twice.');
  await store.addArticles([dam, tram]);
  assert.deepEqual((await store.searchArticles(['brodna'], { limit: 10, offset: 0 })).hits.map((h) => h.id), [dam.id]);
  assert.deepEqual((await store.searchArticles(['BRODNÁ'], { limit: 10, offset: 0 })).hits.map((h) => h.id), [dam.id]);
  const both = await store.searchArticles(['dam'], { limit: 10, offset: 0 });
  assert.equal(both.total, 2);
  assert.equal(both.hits[0]!.id, dam.id, 'a word in the title ranks first');
  assert.ok(both.hits[0]!.score <= both.hits[1]!.score, 'lower scores are better');
  const second = await store.searchArticles(['dam'], { limit: 1, offset: 1 });
  assert.deepEqual([second.total, second.hits[0]!.id], [2, tram.id]);
  assert.deepEqual(await store.searchArticles(['dam'], { limit: 5, offset: 5 }), { total: 2, hits: [] }, 'a page past the end still knows the total');
  assert.equal((await store.searchArticles(['dam', 'pay'], { limit: 10, offset: 0 })).total, 1);
  assert.equal((await store.searchArticles(['dams'], { limit: 10, offset: 0 })).total, 0, 'words match as written, not stemmed');
  for (const syntax of ['"', 'OR', 'title:dam', 'NEAR(dam', '*', '-', '^dam', "dam' | 'pay", '!dam', 'dam:*']) {
    const found = await store.searchArticles([syntax], { limit: 10, offset: 0 });
    assert.ok(found.total <= 2, `${syntax} is read as words`);
  }
  assert.deepEqual(await store.searchArticles([], { limit: 10, offset: 0 }), { total: 0, hits: [] });
  await store.close();
});

storeTest('story documents are kept with their key; their claims are searchable until the story is gone', async (db) => {
  const store = await db.open();
  const claims = [{ claimId: 'c1', text: 'The dam failed at 4:40 a.m.', status: 'corroborated', independentSources: 3, evidence: [{ articleId: 'a', start: 0, end: 10 }] }];
  await store.saveStoryDocument({ storyId: 'story:1', key: 'k1', generated: '2026-03-12T00:00:00Z', document: { n: 1 } }, claims);
  await store.saveStoryDocument({ storyId: 'story:1', key: 'k2', generated: '2026-03-13T00:00:00Z', document: { n: 2 } }, claims);
  assert.equal(await store.keptDocumentKey('story:1'), 'k2');
  assert.equal(await store.keptDocumentKey('story:2'), null);
  assert.deepEqual(await store.getStoryDocument('story:1'), { storyId: 'story:1', key: 'k2', generated: '2026-03-13T00:00:00Z', document: { n: 2 } });
  assert.equal(await store.getStoryDocument('story:2'), null);
  const found = await store.searchClaims(['dam', 'failed'], { limit: 10, offset: 0 });
  assert.equal(found.total, 1, 'saving again replaced the claims rather than adding to them');
  assert.deepEqual({ ...found.hits[0]!, score: 0 }, { storyId: 'story:1', ...claims[0]!, score: 0 });
  // No such story in the stories table: pruned.
  assert.equal(await store.pruneStoryDocuments(), 1);
  assert.equal((await store.searchClaims(['dam'], { limit: 10, offset: 0 })).total, 0);
  await store.close();
});

storeTest('the data version moves when another connection commits', async (db) => {
  const store = await db.open();
  const other = await db.open();
  const before = await store.dataVersion();
  assert.equal(typeof before, 'number');
  await other.addArticles([article(1)]);
  assert.notEqual(await store.dataVersion(), before);
  await Promise.all([store.close(), other.close()]);
});

storeTest('watched sources keep their polling state, in the order they were added', async (db) => {
  const store = await db.open();
  const base = { etag: null, lastModified: null, lastSuccess: null, lastAttempt: null, failures: 0, lastError: null, via: null };
  await store.putWatchSource({ ...base, url: 'https://b.example/feed', nextPoll: 2 });
  await store.putWatchSource({ ...base, url: 'https://a.example/feed', nextPoll: 1 });
  const polled = { ...base, url: 'https://b.example/feed', etag: '"v2"', lastSuccess: 1_765_000_000_000, lastAttempt: 1_765_000_000_000, nextPoll: 1_765_000_600_000 };
  await store.putWatchSource(polled);
  assert.deepEqual(await store.watchSources(), [polled, { ...base, url: 'https://a.example/feed', nextPoll: 1 }]);
  await store.close();
});

const LIMIT = 4;
const posts = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 })), { maxLength: 40 });
const query = fc.tuple(
  fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 5 }),
  fc.array(fc.constantFrom(0, 0.5, 1, 1.5), { minLength: 5, maxLength: 5 }),
  fc.integer({ min: 1, max: LIMIT }),
  fc.integer({ min: 1, max: 5 }),
);

storeTest('reach: the in-memory lookup on story handles finds what the store\'s postings find', async (db) => {
  const store = await db.open();
  try {
    await fc.assert(
      fc.asyncProperty(posts, fc.array(query, { minLength: 1, maxLength: 5 }), async (postList, queries) => {
        const memory = new MemoryStoryTx(LIMIT);
        await store.storyTransaction(async (tx) => {
          await tx.clear();
          let seq = 0;
          for (const [story, terms] of postList) {
            seq++;
            await tx.post(`story:${story}`, terms, seq);
            await memory.post(`story:${story}`, terms);
          }
          for (const [terms, weights, limit, count] of queries) {
            const w = terms.map((_, i) => weights[i]!);
            assert.deepEqual(await memory.reach(terms, w, limit, count), await tx.reach(terms, w, limit, count));
          }
        });
      }),
      { numRuns: db.driver === 'postgres' ? 60 : 200 },
    );
  } finally {
    await store.close();
  }
});
