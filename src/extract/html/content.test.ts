import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPage } from './reader.js';

const texts = (html: string): string[] => extractPage(html).blocks.map((b) => b.text);

const prose = (topic: string, n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} about ${topic}, which goes on for a while, adds a detail, and ends with a full stop.</p>`,
  ).join('');

test('the title heading and a kicker above it are not body text', () => {
  const out = texts(`<html><head><meta property="og:title" content="Wells run dry in the hills"></head><body>
    <div class="story"><span class="kicker">Drought</span><h1>Wells run dry in the hills</h1>${prose('wells', 3)}</div></body></html>`);
  assert.equal(out[0], 'Paragraph 1 about wells, which goes on for a while, adds a detail, and ends with a full stop.');
  assert.equal(out.length, 3);
});

test('a data table reads one row per line', () => {
  const out = texts(`<html><body><article>${prose('results', 3)}
    <table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>12</td></tr><tr><td>Liberals</td><td>9</td></tr></table>
    </article></body></html>`);
  assert.deepEqual(out.slice(3), ['Party Seats', 'Greens 12', 'Liberals 9']);
});

test('a captioned picture is dropped, a quoted post with links is kept', () => {
  const out = texts(`<html><body><article>${prose('floods', 2)}
    <div class="pic"><img src="a.jpg"><p>Water in the main square on Sunday.</p></div>
    <div class="embed"><blockquote><p>Roads closed, see <a href="/x">the map</a> and <a href="/y">updates</a>.</p></blockquote></div>
    ${prose('floods again', 2)}</article></body></html>`);
  assert.ok(!out.some((t) => t.startsWith('Water in the main square')));
  assert.ok(out.includes('Roads closed, see the map and updates.'));
});

test('boxes of links, labels and promo lines inside the article are dropped', () => {
  const out = texts(`<html><body><article>${prose('budget', 2)}
    <p>Advertisement</p>
    <p>Read more: <a href="/other">Last year's budget in charts</a></p>
    <div><a href="/a">One story</a> <a href="/b">Another story</a> <a href="/c">A third story</a></div>
    ${prose('budget again', 2)}</article></body></html>`);
  assert.equal(out.length, 4);
});

test('readers\u2019 comments are never the article, however long', () => {
  const out = texts(`<html><body><main><div class="post">${prose('the vote', 2)}</div>
    <div id="comments">${prose('what a reader thinks', 8)}</div></main></body></html>`);
  assert.deepEqual(out.map((t) => t.includes('the vote')), [true, true]);
});

test('JSON-LD articleBody moves the choice when the scorer misses most of it', () => {
  const body = [
    'The mayor said on Monday that the new tram line will open in spring rather than in winter as planned.',
    'Delays in the delivery of rails from the foundry pushed back the testing of the track by eleven weeks.',
    'Tickets will cost the same as on buses, and the first month of travel on the line will be free for residents.',
  ];
  const letters = Array.from(
    { length: 8 },
    (_, i) => `<p>Letter ${i + 1}: I have lived here, on and off, for years, and, frankly, I think the council, as usual, is wrong.</p>`,
  ).join('');
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body.join('\n') })}</script></head>
    <body><div class="a">${body.map((t) => `<p>${t}</p>`).join('')}</div><div class="b">${letters}</div></body></html>`;
  assert.deepEqual(texts(html), body);
});

test('an article wrapped only in furniture names is still found', () => {
  const out = texts(`<html><body><div class="widget">${prose('harvest', 2)}</div><div class="menu"><a href="/">Home</a></div></body></html>`);
  assert.equal(out.length, 2);
});

test('a page of links alone has no body and says so', () => {
  const page = extractPage('<html><body><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></body></html>');
  assert.deepEqual(page.blocks, []);
  assert.equal(page.messages[0]?.code, 'no-body');
});
