import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readList, recentEntries } from './lists.js';

test('OPML: feeds in nested folders, with their titles; folders and links without a feed are skipped', () => {
  const opml = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Desk</title></head><body>
  <outline text="Ports">
    <outline text="Harbour Gazette" type="rss" xmlUrl="https://gazette.example/feed.xml"/>
    <outline text="Inner">
      <outline title="Quay Daily" xmlURL="http://quay.example/rss?x=1&amp;y=2"/>
    </outline>
  </outline>
  <outline text="A page" type="link" url="https://page.example/a"/>
  <outline text="Broken" xmlUrl="javascript:alert(1)"/>
</body></opml>`;
  assert.deepEqual(readList(opml), {
    kind: 'opml',
    entries: [
      { url: 'https://gazette.example/feed.xml', date: null, title: 'Harbour Gazette' },
      { url: 'http://quay.example/rss?x=1&y=2', date: null, title: 'Quay Daily' },
      { url: 'https://page.example/a', date: null, title: 'A page' },
    ],
  });
});

test('a sitemap index and a news sitemap; only recent entries are read', () => {
  const index = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://news.example/sitemap-1.xml</loc><lastmod>2026-03-02</lastmod></sitemap>
    <sitemap><loc> https://news.example/sitemap-2.xml </loc></sitemap></sitemapindex>`;
  assert.deepEqual(readList(index)?.entries.map((e) => [e.url, e.date]), [
    ['https://news.example/sitemap-1.xml', '2026-03-02'],
    ['https://news.example/sitemap-2.xml', null],
  ]);
  const news = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
    <url><loc>https://news.example/a</loc><image:image><image:loc>https://img.example/1.jpg</image:loc></image:image>
      <news:news><news:publication_date>2026-03-05T08:00:00Z</news:publication_date><news:title>Cranes back</news:title></news:news></url>
    <url><loc>https://news.example/b</loc><lastmod>2026-01-01</lastmod></url>
    <url><loc>https://news.example/c</loc></url></urlset>`;
  const list = readList(news)!;
  assert.equal(list.kind, 'sitemap');
  assert.deepEqual(list.entries[0], { url: 'https://news.example/a', date: '2026-03-05T08:00:00Z', title: 'Cranes back' });
  assert.deepEqual(recentEntries(list, new Date('2026-03-01'), 100).map((e) => e.url), ['https://news.example/a']);
  const undated = readList('<urlset><url><loc>https://x.example/1</loc></url><url><loc>https://x.example/2</loc></url></urlset>')!;
  assert.deepEqual(recentEntries(undated, new Date('2026-03-01'), 1).map((e) => e.url), ['https://x.example/1'], 'an undated sitemap is read up to the cap');
});

test('a plain list of URLs, with blank lines and comments; anything else is not a list', () => {
  assert.deepEqual(readList('# my sources\nhttps://a.example/1\n\n  http://b.example/feed  \r\n')?.entries.map((e) => e.url), ['https://a.example/1', 'http://b.example/feed']);
  for (const text of ['https://a.example/1\nand a sentence', 'Harbour cranes are back at work.', '<html><body><a href="https://a.example">x</a></body></html>', '<rss><channel></channel></rss>', '', '# only a comment', 'ftp://a.example/file']) {
    assert.equal(readList(text), null, text);
  }
});

test('fuzz: any text is a list or not, without throwing', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.constantFrom('<opml>', '<urlset>', '<sitemapindex>').chain((head) => fc.string().map((s) => head + s))), (text) => {
      const list = readList(text);
      if (list) for (const e of list.entries) assert.match(e.url, /^https?:\/\//i);
    }),
    { numRuns: 500 },
  );
});
