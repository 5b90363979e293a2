/**
 * Copy detection against the SQLite store, and on real inputs: the five seed reports
 * (../shared/seeds, read in place, asserted on derived properties only) and the fictional
 * example corpus with its planted copy (examples/manifest.json).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite.js';
import { storeTest, type TestDb } from '../test-support/stores.js';
import type { Store } from '../store/store.js';
import { processInput } from '../pipeline/run.js';
import { extracted, type Article } from '../pipeline/record.js';
import { identify } from '../identify/identify.js';
import { normalize } from '../normalize/normalize.js';
import { CopyIndex, copyGroupsFor, updateCopies, type CopyGroup } from './index.js';
import { FINGERPRINT_VERSION } from './params.js';
import { inventEvent, inventReport, sentencesOf } from './testing.js';

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'corroborate-copies-')), 'c.db');
const repo = fileURLToPath(new URL('../../', import.meta.url));

function article(id: string, text: string, published: string | null = null): Article {
  const e = extracted('text', `in/${id}.txt`, {
    title: id,
    published,
    publishedOrigin: published ? 'text' : 'unknown',
    blocks: text.split('\n\n').map((p) => ({ kind: 'paragraph' as const, text: p })),
  });
  // Ids chosen by the test, so assertions can name members.
  return { ...identify(e, normalize(e)), id };
}

async function stored(db: TestDb, articles: Article[]): Promise<Store> {
  const store = await db.open();
  await store.addArticles(articles);
  return store;
}

const shape = (groups: CopyGroup[]): [string, string][][] => groups.map((g) => g.members.map((m) => [m.id, m.relation]));

function readDir(dir: string, prefix = ''): Article[] {
  const out: Article[] = [];
  for (const name of readdirSync(dir).sort()) {
    const outcome = processInput({ name: prefix + name, bytes: readFileSync(join(dir, name)) });
    assert.equal(outcome.error, null, name);
    out.push(...outcome.articles);
  }
  return out;
}

const report = inventReport(1, 8);
const chrome = 'Share this story on Facebook, X or by email.\n\nRead more: Flood defences to be reviewed after the winter storms hit the coast';

test('migration 3 creates the copy tables', async () => {
  const path = tempDb();
  const store = openSqliteStore(path);
  assert.ok((await store.schemaVersion()) >= 3);
  await store.close();
  const db = new Database(path, { readonly: true });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'copy_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  assert.deepEqual(tables, ['copy_fingerprints', 'copy_groups', 'copy_keys', 'copy_members', 'copy_relations']);
  db.close();
});

storeTest('store: relations and groups are written incrementally, across calls, and agree with the in-memory index', async (db) => {
  const s = sentencesOf(report);
  const articles = [
    article('orig', report, '2026-03-10T08:00:00Z'),
    article('chrome', `${report}\n\n${chrome}`, '2026-03-10T12:00:00Z'),
    article('excerpt', s.slice(0, 6).join(' '), '2026-03-11'),
    article('other', inventReport(2, 8), '2026-03-09'),
    article('same-event', inventReport(3, 8, inventEvent(1)), '2026-03-09'),
  ];
  const store = await stored(db, articles);
  const first = await updateCopies(store, articles.slice(0, 2));
  assert.deepEqual(shape(first), [
    [
      ['orig', 'original'],
      ['chrome', 'near-identical'],
    ],
  ]);
  const second = await updateCopies(store, articles.slice(2), { batchSize: 2 });
  const expected = [
    [
      ['orig', 'original'],
      ['chrome', 'near-identical'],
      ['excerpt', 'excerpt'],
    ],
  ];
  assert.deepEqual(shape(second), expected);
  assert.equal(second[0]!.id, 'copies:orig');

  const index = new CopyIndex();
  for (const a of articles) index.add(a);
  assert.deepEqual(shape(index.groups()), expected);

  // Running again changes nothing; reading back gives the same groups.
  assert.deepEqual(await updateCopies(store, articles), second);
  assert.deepEqual(await copyGroupsFor(store, ['excerpt', 'other']), second);
  assert.deepEqual(await copyGroupsFor(store, ['other']), []);
  await store.close();
});

storeTest('store: an earlier original arriving later takes over the group, and relations are measured against it', async (db) => {
  const late = article('late', `${report}\n\n${chrome}`, '2026-03-12');
  const early = article('early', report, '2026-03-10');
  const store = await stored(db, [late, early]);
  await updateCopies(store, [late]);
  const groups = await updateCopies(store, [early]);
  assert.deepEqual(shape(groups), [
    [
      ['early', 'original'],
      ['late', 'near-identical'],
    ],
  ]);
  await store.close();
});

storeTest('store: merging groups keeps one group and the earliest original', async (db) => {
  const s = sentencesOf(report);
  const a = article('a', s.slice(0, 10).join(' '), '2026-03-11');
  const b = article('b', s.slice(14).join(' '), '2026-03-12');
  const whole = article('whole', report, '2026-03-10');
  const aCopy = article('a-copy', `${s.slice(0, 10).join(' ')}\n\n${chrome}`, '2026-03-13');
  const bCopy = article('b-copy', s.slice(14).join(' '), '2026-03-14');
  const store = await stored(db, [a, b, whole, aCopy, bCopy]);
  const before = await updateCopies(store, [a, b, aCopy, bCopy]);
  assert.equal(before.length, 2, 'two halves, two groups');
  const after = await updateCopies(store, [whole]);
  assert.equal(after.length, 1);
  assert.equal(after[0]!.original, 'whole');
  assert.deepEqual(after[0]!.members.map((m) => m.id).sort(), ['a', 'a-copy', 'b', 'b-copy', 'whole']);
  assert.ok(after[0]!.members.filter((m) => m.id !== 'whole').every((m) => m.relation === 'excerpt'));
  await store.close();
});

storeTest('store: a failing copy transaction leaves nothing behind', async (db) => {
  const x = article('x', report);
  const store = await stored(db, [x]);
  await assert.rejects(
    store.copyTransaction(async (tx) => {
      await tx.putFingerprint({ articleId: 'x', version: FINGERPRINT_VERSION, textHash: '0', tokens: 1, shingles: 1, signature: new Uint8Array(96), filed: 0 }, [1, 2, 3]);
      throw new Error('boom');
    }),
    /boom/,
  );
  assert.deepEqual(await store.copyTransaction((tx) => tx.fingerprints(['x'])), []);
  // The store still works, and the article is processed normally afterwards.
  assert.deepEqual(await updateCopies(store, [x]), []);
  assert.equal((await store.copyTransaction((tx) => tx.fingerprints(['x'])))[0]?.version, FINGERPRINT_VERSION);
  await store.close();
});

storeTest('store: short, empty and many identical articles', async (db) => {
  const articles = [
    article('h1', 'Dam bursts in Dravania, 14 dead'),
    article('h2', 'Dam bursts in Dravania, 17 dead'),
    article('h3', 'Dam bursts in Dravania, 14 dead.'),
    article('empty', ''),
    article('empty2', ''),
  ];
  for (let i = 0; i < 600; i++) articles.push(article(`copy${String(i).padStart(3, '0')}`, report, i === 321 ? '2026-03-01' : null));
  const store = await stored(db, articles);
  const start = process.hrtime.bigint();
  const groups = await updateCopies(store, articles);
  assert.ok(Number(process.hrtime.bigint() - start) / 1e9 < 60);
  assert.deepEqual(
    groups.map((g) => [g.original, g.members.length]),
    [
      ['copy321', 600],
      ['h3', 2],
    ],
  );
  // Undated: the longer text (the one with the full stop) is the original.
  assert.deepEqual(shape([groups[1]!]), [
    [
      ['h3', 'original'],
      ['h1', 'identical'],
    ],
  ]);
  await store.close();
});

storeTest('seeds: 000 and 001 are one report (one group, identical or near-identical); no other pair is a copy', async (db) => {
  const seeds = readDir(join(repo, '..', 'shared', 'seeds'));
  assert.equal(seeds.length, 5);
  const byPrefix = (p: string): Article => seeds.find((a) => a.origin.startsWith(p))!;
  const store = await stored(db, seeds);
  const groups = await updateCopies(store, seeds);
  const index = new CopyIndex();
  for (const a of seeds) index.add(a);
  for (const found of [groups, index.groups()]) {
    assert.equal(found.length, 1);
    const ids = found[0]!.members.map((m) => m.id).sort();
    assert.deepEqual(ids, [byPrefix('000').id, byPrefix('001').id].sort());
    assert.ok(['identical', 'near-identical'].includes(found[0]!.members[1]!.relation));
    // 001 carries a date, 000 none: the dated one is the original.
    assert.equal(found[0]!.original, byPrefix('001').id);
  }
  // And pairwise, so a group cannot hide a relation: only 000–001 verifies as a copy.
  for (const a of seeds) {
    const others = new CopyIndex();
    for (const b of seeds) if (b !== a) others.add(b);
    const matches = others.lookup(a).map((m) => m.id);
    const twin = a === byPrefix('000') ? byPrefix('001').id : a === byPrefix('001') ? byPrefix('000').id : null;
    assert.deepEqual(matches, twin ? [twin] : [], a.origin);
  }
  await store.close();
});

storeTest('examples: the planted syndicated copy is found, and no other pair in examples/news is a copy', async (db) => {
  const manifest = JSON.parse(readFileSync(join(repo, 'examples', 'manifest.json'), 'utf8')) as { copies: { original: string; copy: string }[] };
  const articles = readDir(join(repo, 'examples', 'news'), 'news/');
  assert.ok(articles.length >= 15);
  const idOf = (origin: string): string => articles.find((a) => a.origin === origin)!.id;
  const expected = manifest.copies.map((c) => [idOf(c.original), idOf(c.copy)]);
  assert.equal(expected.length, 1);

  const store = await stored(db, articles);
  const groups = await updateCopies(store, articles);
  const index = new CopyIndex();
  for (const a of articles) index.add(a);
  for (const found of [groups, index.groups()]) {
    assert.deepEqual(
      found.map((g) => g.members.map((m) => m.id)),
      expected,
      'one group: the original (published first) and its copy',
    );
    assert.ok(['identical', 'near-identical'].includes(found[0]!.members[1]!.relation));
  }
  for (const a of articles) {
    const others = new CopyIndex();
    for (const b of articles) if (b !== a) others.add(b);
    const matches = others.lookup(a).map((m) => m.id);
    const pair = expected[0]!;
    const twin = a.id === pair[0] ? pair[1] : a.id === pair[1] ? pair[0] : null;
    assert.deepEqual(matches, twin ? [twin] : [], a.origin);
  }
  await store.close();
});
