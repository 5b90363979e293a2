import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.js';
import { normalizeDate } from '../dates.js';
import { parseJsonLd } from './jsonld.js';
import { cleanNames, extractMetadata, normalizeLanguage, stripSiteName, type PageMetadata } from './metadata.js';

test('dates normalise to ISO 8601 without inventing what the page did not say', () => {
  const cases: [string, string | null][] = [
    ['2024-03-05T08:30:00+01:00', '2024-03-05T07:30:00Z'],
    ['2024-03-05T08:30:00.250Z', '2024-03-05T08:30:00Z'],
    ['2024-03-05 08:30:00 +0530', '2024-03-05T03:00:00Z'],
    ['2024-03-05T08:30', '2024-03-05T08:30:00'],
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['1709627400', '2024-03-05T08:30:00Z'],
    ['March 5, 2024', '2024-03-05'],
    ['Tuesday, 5th March 2024', '2024-03-05'],
    ['5 Sept. 2024', '2024-09-05'],
    ['Tue, 05 Mar 2024 08:30:00 GMT', '2024-03-05T08:30:00Z'],
    ['Tue, 05 Mar 2024 08:30:00', '2024-03-05T08:30:00'],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['03/05/2024', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, want] of cases) assert.equal(normalizeDate(input), want, input);
});

test('site names come off titles only when they name the site or leave a heading of the page', () => {
  const cases: [string, string | null, string[], string][] = [
    ['Storm hits coast | The Daily Planet', 'The Daily Planet', [], 'Storm hits coast'],
    ['The Daily Planet - Storm hits coast', 'Daily Planet', [], 'Storm hits coast'],
    ['Storm hits coast – Weather – The Daily Planet', 'The Daily Planet', [], 'Storm hits coast – Weather'],
    ['Storm hits coast - live updates', null, [], 'Storm hits coast - live updates'],
    ['Storm hits coast :: News', null, ['Storm hits coast'], 'Storm hits coast'],
    ['Mother-in-law wins - and loses', 'Gazette', [], 'Mother-in-law wins - and loses'],
  ];
  for (const [title, site, headings, want] of cases) assert.equal(stripSiteName(title, site, headings), want, title);
});

test('bylines keep names only', () => {
  const cases: [string[], string[]][] = [
    [['By Jane Doe'], ['Jane Doe']],
    [['Jane Doe and John Roe'], ['Jane Doe', 'John Roe']],
    [['Jane Doe, John Roe', 'jane doe'], ['Jane Doe', 'John Roe']],
    [['https://social.example/janedoe', '@janedoe', 'www.example.com'], []],
    [['Written by: Ana Lindqvist'], ['Ana Lindqvist']],
    [['von Mara Keller'], ['Mara Keller']],
  ];
  for (const [raw, want] of cases) assert.deepEqual(cleanNames(raw), want, raw.join(' / '));
});

test('language tags are normalised BCP 47', () => {
  const cases: [string | null, string | null][] = [
    ['en_US', 'en-US'],
    ['EN', 'en'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['pt-br', 'pt-BR'],
    ['en-US,en;q=0.9', 'en-US'],
    ['not a language', null],
    ['', null],
    [null, null],
  ];
  for (const [raw, want] of cases) assert.equal(normalizeLanguage(raw), want, String(raw));
});

test('JSON-LD survives the usual damage', () => {
  assert.deepEqual(parseJsonLd('<!-- {"a": 1} -->'), { a: 1 });
  assert.deepEqual(parseJsonLd('//<![CDATA[\n{"a": 1}\n//]]>'), { a: 1 });
  assert.deepEqual(parseJsonLd('{"a": [1, 2,], "b": "two\nlines",}'), { a: [1, 2], b: 'two lines' });
  assert.deepEqual(parseJsonLd('{"a": 1}\n{"b": 2}'), [{ a: 1 }, { b: 2 }]);
  assert.deepEqual(parseJsonLd('{"a": 1};'), { a: 1 });
  assert.equal(parseJsonLd('{"a": '), null);
  assert.equal(parseJsonLd('   '), null);
});

const meta = (head: string, body = '', url?: string): PageMetadata =>
  extractMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), url ? { url } : {});

const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

test('metadata: which source wins, field by field', () => {
  const cases: { name: string; head: string; body?: string; url?: string; want: Partial<PageMetadata> }[] = [
    {
      name: 'og:title beats <title> and <h1>',
      head: '<title>Site title | Site</title><meta property="og:title" content="Real headline">',
      body: '<h1>Shown headline</h1>',
      want: { title: 'Real headline' },
    },
    {
      name: 'JSON-LD headline when there is no og:title',
      head: `<title>x</title>${ld({ '@type': 'ReportageNews', headline: 'From linked data' })}`,
      want: { title: 'From linked data' },
    },
    { name: '<h1> before <title>', head: '<title>Page | Site</title>', body: '<h1>The heading</h1>', want: { title: 'The heading' } },
    {
      name: '<title> without its site suffix',
      head: '<title>Local team wins the cup | Sports Desk</title><meta property="og:site_name" content="Sports Desk">',
      want: { title: 'Local team wins the cup', siteName: 'Sports Desk' },
    },
    {
      name: 'JSON-LD author objects, @id references and publisher',
      head: ld({
        '@graph': [
          { '@type': 'Person', '@id': '#p1', name: 'Ines Moreau' },
          { '@type': 'NewsArticle', headline: 'H', author: [{ '@id': '#p1' }, { '@type': 'Person', name: 'Karl Dunn' }], publisher: { '@type': 'Organization', name: 'Daily Example' } },
        ],
      }),
      want: { byline: 'Ines Moreau, Karl Dunn', siteName: 'Daily Example' },
    },
    {
      name: 'article:author URLs are not names; meta author is',
      head: '<meta property="article:author" content="https://social.example/ines"><meta name="author" content="By Ines Moreau">',
      want: { byline: 'Ines Moreau' },
    },
    {
      name: 'microdata author and date',
      head: '',
      body: '<div itemprop="author" itemscope><span itemprop="name">Lea Stone</span></div><meta itemprop="datePublished" content="2020-01-02">',
      want: { byline: 'Lea Stone', published: '2020-01-02' },
    },
    {
      name: 'published: JSON-LD before OpenGraph before <time>',
      head: `${ld({ '@type': 'NewsArticle', datePublished: '2021-05-01T10:00:00Z' })}<meta property="article:published_time" content="2021-05-02">`,
      body: '<time datetime="2021-05-03">May 3</time>',
      want: { published: '2021-05-01T10:00:00Z' },
    },
    {
      name: 'published from <time datetime> when nothing else says',
      head: '',
      body: '<time datetime="2021-05-03T09:15:00-05:00">May 3</time>',
      want: { published: '2021-05-03T14:15:00Z' },
    },
    {
      name: 'unreadable dates are skipped, not guessed',
      head: '<meta name="date" content="sometime in May"><meta property="article:published_time" content="2021-05-04">',
      want: { published: '2021-05-04' },
    },
    {
      name: 'modified from OpenGraph',
      head: '<meta property="article:modified_time" content="2021-05-04T12:00:00+02:00">',
      want: { modified: '2021-05-04T10:00:00Z' },
    },
    {
      name: 'relative canonical resolved against the fetch address',
      head: '<link rel="canonical" href="/story/42?ref=x">',
      url: 'https://news.example/a/b',
      want: { canonicalUrl: 'https://news.example/story/42?ref=x', url: 'https://news.example/a/b' },
    },
    {
      name: 'og:url stands in for the canonical link',
      head: '<meta property="og:url" content="https://news.example/story/42">',
      want: { canonicalUrl: 'https://news.example/story/42', url: 'https://news.example/story/42' },
    },
    {
      name: 'javascript: links are not addresses',
      head: '<link rel="canonical" href="javascript:void(0)">',
      want: { canonicalUrl: null, url: null },
    },
    {
      name: 'language from og:locale when <html> has none',
      head: '<meta property="og:locale" content="de_DE">',
      want: { language: 'de-DE' },
    },
    {
      name: 'description: og before meta',
      head: '<meta name="description" content="plain"><meta property="og:description" content="social">',
      want: { description: 'social' },
    },
    {
      name: 'JSON-LD articleBody is passed on for the content check',
      head: ld({ '@type': 'NewsArticle', articleBody: 'Body text.' }),
      want: { articleBody: 'Body text.' },
    },
    {
      name: 'broken JSON-LD is tolerated, the rest still read',
      head: '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Still here">',
      want: { title: 'Still here' },
    },
  ];
  for (const c of cases) {
    const got = meta(c.head, c.body, c.url);
    for (const [key, value] of Object.entries(c.want)) {
      assert.deepEqual(got[key as keyof PageMetadata], value, `${c.name}: ${key}`);
    }
  }
});

test('an <svg> title is not the page title', () => {
  const got = extractMetadata(parseHtml('<html><body><svg><title>icon</title></svg><h1>Real</h1></body></html>'));
  assert.equal(got.title, 'Real');
});
