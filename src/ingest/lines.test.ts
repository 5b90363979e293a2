import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openSqliteStore } from '../store/sqlite.js';
import { ingestPaths, processLines, type InputOutcome } from '../pipeline/run.js';
import { jsonLinesInput, LinesInput } from './lines.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-lines-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function article(i: number): string {
  return JSON.stringify({
    title: `Harbour crane number ${i} is repaired`,
    text: `Workers at the eastern harbour repaired crane number ${i} on Tuesday after a week of delays. The port authority said the crane would lift containers again by Friday.`,
    source: `Outlet ${i % 3}`,
    published: '2026-03-0' + String(1 + (i % 9)),
  });
}

const lines = (n: number): string[] => Array.from({ length: n }, (_, i) => article(i + 1));

async function outcomes(path: string, batchLines = 7, maxLineBytes = 1 << 20): Promise<InputOutcome[]> {
  const input = await jsonLinesInput(path, path, { maxLineBytes, batchLines });
  assert.ok(input instanceof LinesInput, 'read as lines');
  const out: InputOutcome[] = [];
  for await (const o of processLines(input)) out.push(o);
  return out;
}

async function ingested(path: string, streamFromBytes: number) {
  const store = openSqliteStore(':memory:');
  try {
    const summary = await ingestPaths([path], { store, maxBytes: 1 << 20, streamFromBytes, batchSize: 5 });
    const articles = [];
    for (const id of summary.articleIds) articles.push(await store.getArticle(id));
    return { summary, articles };
  } finally {
    await store.close();
  }
}

test('a JSON Lines file read in batches gives the articles, ids, origins and warnings of the file read whole', async () => {
  const content = [...lines(12).slice(0, 5), '{"broken": ', '', '[1, 2]', ...lines(12).slice(5), '{"id": 3}'].join('\n') + '\n';
  const path = file('dump.jsonl', content);
  const whole = await ingested(path, Number.MAX_SAFE_INTEGER);
  const parts = await ingested(path, 0);
  assert.equal(whole.articles.length, 12);
  assert.deepEqual(parts.summary, whole.summary);
  assert.deepEqual(parts.articles, whole.articles);
  const warned = parts.articles.flatMap((a) => a!.messages.filter((m) => m.stage === 'extract').map((m) => m.text));
  assert.deepEqual(warned.map((w) => w.replace(/ \(.*\)/, '')), ['line 6 is not valid JSON; skipped', 'line 8 holds an array, not an article object; skipped', 'line 16 has no title, text or description; skipped']);
});

test('batches hold a bounded number of lines and every article but the last leaves with its batch', async () => {
  const out = await outcomes(file('twenty.jsonl', lines(20).join('\n')), 7);
  assert.deepEqual(
    out.map((o) => [o.articles.length, o.partial === true]),
    [[6, true], [7, true], [6, true], [1, false]],
  );
  assert.deepEqual(out.flatMap((o) => o.articles.map((a) => a.origin)), Array.from({ length: 20 }, (_, i) => `${join(dir, 'twenty.jsonl')}#${i + 1}`));
});

test('gzipped JSON Lines are read in batches too', async () => {
  const out = await outcomes(file('dump.jsonl.gz', gzipSync(lines(9).join('\r\n') + '\r\n')), 4);
  assert.equal(out.flatMap((o) => o.articles).length, 9);
  assert.ok(out.every((o) => o.error === null));
});

test('a line over the size limit and a line that is not UTF-8 are skipped with why, and cost only themselves', async () => {
  const huge = JSON.stringify({ title: 'Long', text: 'word '.repeat(5_000) });
  const content = Buffer.concat([Buffer.from([lines(3)[0], huge, lines(3)[1], ''].join('\n')), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), Buffer.from(lines(3)[2]!)]);
  const out = await outcomes(file('mixed.jsonl', content), 2, 10_000);
  const articles = out.flatMap((o) => o.articles);
  assert.equal(articles.length, 3);
  const warnings = articles.flatMap((a) => a.messages.filter((m) => m.code === 'bad-line').map((m) => m.text));
  assert.equal(warnings.length, 2);
  assert.match(warnings[0]!, /^line 2 is 24\.4 KB, over the 9\.8 KB limit for one article; raise it with --max-size; skipped$/);
  assert.match(warnings[1]!, /^line 4 is not valid UTF-8/);
});

test('a file broken off part way keeps the articles before the break and says where it stopped', async () => {
  const packed = gzipSync(lines(3000).join('\n'));
  const out = await outcomes(file('cut.jsonl.gz', packed.subarray(0, Math.floor(packed.length * 0.6))), 500);
  const last = out[out.length - 1]!;
  assert.equal(last.error?.code, 'unreadable');
  assert.match(last.error!.message, /^reading stopped after line \d+ \(.+\); the articles before it were kept$/);
  assert.ok(out.flatMap((o) => o.articles).length > 1000);
});

test('a file without one readable line fails as a whole, and a file that is not JSON Lines is read whole', async () => {
  const out = await outcomes(file('junk.jsonl', '{"a": 1}\n{"b": 2}\n'));
  assert.equal(out.at(-1)!.error?.code, 'no-readable-lines');
  assert.equal(await jsonLinesInput(file('pretty.json', JSON.stringify(JSON.parse(article(1)), null, 2)), 'pretty.json', { maxLineBytes: 1000 }), null);
  assert.equal(await jsonLinesInput(file('page.html', '<html><body><p>hi</p></body></html>\n'.repeat(50)), 'page.html', { maxLineBytes: 1000 }), null);
  assert.equal(await jsonLinesInput(file('one.jsonl', article(1)), 'one.jsonl', { maxLineBytes: 10_000 }), null, 'one line is read whole, as JSON');
});

test('fuzz: lines split from chunks of any size are the lines of the whole, and long ones come out as their length', async () => {
  const fc = (await import('fast-check')).default;
  const { splitBuffers } = await import('./lines.js');
  await fc.assert(
    fc.asyncProperty(fc.array(fc.string({ maxLength: 30 }).map((s) => s.replace(/\n/g, ''))), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1 }), fc.integer({ min: 1, max: 25 }), async (parts, cuts, max) => {
      const bytes = Buffer.from(parts.join('\n'));
      const chunks: Buffer[] = [];
      for (let at = 0, i = 0; at < bytes.length; i++) {
        const size = cuts[i % cuts.length]!;
        chunks.push(bytes.subarray(at, at + size));
        at += size;
      }
      const [head, ...rest] = chunks;
      const iterator = rest[Symbol.iterator]();
      const asyncRest: AsyncIterator<Buffer> = { next: () => Promise.resolve(iterator.next()) };
      const got: (string | number)[] = [];
      for await (const line of splitBuffers(head ?? Buffer.alloc(0), asyncRest, max)) got.push(typeof line === 'number' ? line : line.toString());
      const expected = (bytes.length === 0 ? [] : parts.join('\n').split('\n'))
        .map((l) => (Buffer.byteLength(l) > max ? Buffer.byteLength(l) : l))
        .filter((l, i, all) => !(i === all.length - 1 && l === ''));
      assert.deepEqual(got, expected);
    }),
    { numRuns: 300 },
  );
});
