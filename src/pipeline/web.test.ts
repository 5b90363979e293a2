import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { Fetcher } from '../fetch/fetch.js';
import { PoliteFetcher } from '../fetch/polite.js';
import { startServer, testPolicy } from '../fetch/testing.js';
import { ingestPaths, type IngestOptions } from './run.js';
import type { Article } from './record.js';

const words = (topic: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `The ${topic} crews worked through the night on section ${i + 1}, and the harbour master said the quay would reopen once inspectors signed off the repairs.`).join(' ');

const html = (title: string, body: string, extra = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${extra}</head><body><article><h1>${title}</h1>${body
    .split('. ')
    .map((p) => `<p>${p}.</p>`)
    .join('')}</article></body></html>`;

const rss = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${base}/</link>
  <item><title>Crane repaired at the east quay</title><link>${base}/a</link><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate><description>Crews repaired the crane.</description></item>
  <item><title>Ferry timetable changes</title><link>${base}/b</link><pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate><description>The ferry timetable changes.</description></item>
  <item><title>Gone page</title><link>${base}/missing</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><description>A page that is gone.</description></item>
</channel></rss>`;

const today = new Date().toISOString().slice(0, 10);
let base = '';
const server = await startServer({
  '/robots.txt': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n'),
  '/feed.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base)),
  '/a': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('Crane repaired at the east quay', words('crane', 8))),
  '/b': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(html('Ferry timetable changes', words('ferry', 8))),
  '/moved': (_req, res) => void res.writeHead(301, { location: '/c' }).end(),
  '/c': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', etag: '"c1"', date: 'Wed, 04 Mar 2026 12:00:00 GMT' }).end(html('Storm closes the port', words('storm', 6), `<link rel="canonical" href="${base}/storm-story">`)),
  '/latin': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(Buffer.concat([Buffer.from('<html><head><title>Caf'), Buffer.from([0xe9]), Buffer.from(` owners protest</title></head><body><article><p>${words('caf', 5)}</p><p>The owners said \x93enough\x94 at the meeting.</p></article></body></html>`, 'latin1')])),
  '/private/x': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(html('Private', words('secret', 5))),
  '/list.opml': (_req, res) =>
    void res.writeHead(200, { 'content-type': 'text/x-opml' }).end(`<?xml version="1.0"?><opml version="2.0"><body><outline text="Ports"><outline text="Inner"><outline text="Gazette" xmlUrl="${base}/feed.xml"/></outline></outline></body></opml>`),
  '/sitemap-index.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<sitemapindex><sitemap><loc>${base}/sitemap.xml</loc><lastmod>${today}</lastmod></sitemap></sitemapindex>`),
  '/sitemap.xml': (_req, res) =>
    void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset><url><loc>${base}/c</loc><lastmod>${today}</lastmod></url><url><loc>${base}/b</loc><lastmod>2020-01-01</lastmod></url></urlset>`),
});
base = `http://127.0.0.1:${server.port}`;
const fetcher = new Fetcher(testPolicy(server));
after(async () => {
  await fetcher.close();
  await server.close();
});

async function run(inputs: string[], options: Partial<IngestOptions> = {}) {
  const store = openSqliteStore(':memory:');
  const polite = new PoliteFetcher(fetcher, { delayMs: 0 });
  const summary = await ingestPaths(inputs, { store, maxBytes: 1 << 20, web: { fetch: (url) => polite.fetch(url) }, ...options });
  const articles: Article[] = [];
  for (const id of summary.articleIds) articles.push((await store.getArticle(id))!);
  await store.close();
  return { summary, articles };
}

test('a page URL is fetched and read like a file, and keeps where and how it was answered', async () => {
  const { summary, articles } = await run([`${base}/moved`]);
  assert.equal(summary.failed.length, 0);
  const [a] = articles;
  assert.equal(a!.title, 'Storm closes the port');
  assert.equal(a!.canonicalUrl, `${base}/storm-story`);
  assert.equal(a!.origin, `${base}/moved`);
  assert.deepEqual({ ...a!.fetched, fetchedAt: null }, { url: `${base}/moved`, finalUrl: `${base}/c`, httpDate: '2026-03-04T12:00:00.000Z', etag: '"c1"', lastModified: null, fetchedAt: null });
});

test("the server's charset comes before the page's, and a page robots.txt disallows is an input error", async () => {
  const { summary, articles } = await run([`${base}/latin`, `${base}/private/x`]);
  assert.equal(articles[0]!.title, 'Café owners protest');
  assert.match(articles[0]!.text, /“enough”/);
  assert.deepEqual(summary.failed.map((f) => [f.input, f.code]), [[`${base}/private/x`, 'robots']]);
});

test("a feed of summaries is read with its items' pages, the feed's dates kept; an unreadable page leaves its summary", async () => {
  const { summary, articles } = await run([`${base}/feed.xml`]);
  assert.equal(summary.inputs, 1);
  assert.deepEqual(articles.map((a) => a.title), ['Crane repaired at the east quay', 'Ferry timetable changes', 'Gone page']);
  assert.ok(articles[0]!.text.length > 500, 'the page, not the summary');
  assert.equal(articles[0]!.published.value, '2026-03-02T09:00:00Z');
  assert.equal(articles[0]!.fetched?.finalUrl, `${base}/a`);
  assert.equal(articles[2]!.text, 'A page that is gone.');
  assert.match(articles[2]!.messages.map((m) => m.text).join(' '), /its page could not be read: the server answered 404/);
});

test('an OPML list with nested folders, a sitemap index, and a file of URLs are lists of sources', async () => {
  const opml = await run([`${base}/list.opml`]);
  assert.deepEqual(opml.articles.map((a) => a.title).slice(0, 2), ['Crane repaired at the east quay', 'Ferry timetable changes']);
  const sitemap = await run([`${base}/sitemap-index.xml`], {});
  assert.deepEqual(sitemap.articles.map((a) => a.title), ['Storm closes the port'], 'only the recent entry');
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-web-'));
  writeFileSync(join(dir, 'sources.txt'), `# desk\n${base}/c\n${base}/a\n`);
  const list = await run([join(dir, 'sources.txt')]);
  assert.deepEqual(list.articles.map((a) => a.title), ['Storm closes the port', 'Crane repaired at the east quay']);
  assert.equal(list.summary.inputs, 3, 'the list and its two URLs');
});

test('without fetching, a URL and a list are input errors that say so, and the rest of the batch is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-web-'));
  writeFileSync(join(dir, 'feeds.opml'), `<opml><body><outline xmlUrl="${base}/feed.xml"/><outline xmlUrl="${base}/feed.xml?2"/></body></opml>`);
  writeFileSync(join(dir, 'note.txt'), words('dock', 3));
  const { summary, articles } = await run([`${base}/c`, join(dir, 'feeds.opml'), join(dir, 'note.txt')], { web: {} });
  assert.equal(articles.length, 1);
  assert.deepEqual(summary.failed.map((f) => f.code), ['fetch-off', 'fetch-off']);
  assert.match(summary.failed[1]!.message, /^an OPML list of feeds \(2 URLs\); fetching is off here/);
});

test('--source and --published name what an input does not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-web-'));
  writeFileSync(join(dir, 'pasted.txt'), words('dock', 3));
  const { articles } = await run([join(dir, 'pasted.txt'), `${base}/c`], { context: { source: 'Harbour Radio', published: '2026-03-05' } });
  assert.deepEqual(articles[0]!.source, { name: 'Harbour Radio', domain: null, origin: 'user' });
  assert.deepEqual(articles[0]!.published, { value: '2026-03-05', origin: 'user' });
  assert.notEqual(articles[1]!.source.origin, 'user', 'a page with an address keeps the outlet it names');
});

test("a feed read again does not fetch its items' pages again", async () => {
  const store = openSqliteStore(':memory:');
  const polite = new PoliteFetcher(fetcher, { delayMs: 0 });
  const options = { store, maxBytes: 1 << 20, web: { fetch: (url: string) => polite.fetch(url) } };
  const first = await ingestPaths([`${base}/feed.xml`], options);
  const before = server.requests.length;
  const second = await ingestPaths([`${base}/feed.xml`], options);
  assert.deepEqual(server.requests.slice(before).map((r) => r.path), ['/feed.xml', '/missing'], 'only the feed, and the page that could not be read');
  assert.deepEqual(second.articleIds, first.articleIds);
  assert.equal(second.added, 0);
  await store.close();
});
