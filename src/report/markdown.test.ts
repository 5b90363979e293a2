import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyOf, invent } from '../claims/testing.js';
import { buildDocument } from './document.js';
import { briefingSources } from './briefing.js';
import { renderMarkdown, escapeMarkdown, safeUrl } from './markdown.js';

/** Unescaped occurrences of `pattern` (a backslash before it makes it literal text). */
function unescaped(text: string, pattern: string): number {
  let n = 0;
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
    let slashes = 0;
    for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n;
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '[click me](javascript:alert(3))',
  '![pixel](https://tracker.example/p.png)',
  'a | b || c',
  '`rm -rf /` and ``code``',
  '*bold* _em_ ~~gone~~ $x$ # not a heading',
  '&lt;b&gt; &amp; &#60;i&#62;',
];

async function hostileMarkdown(): Promise<string> {
  const story = await storyOf([
    invent({
      outlet: '<img src=x onerror=alert(9)> | Wire',
      title: `Dam fails <script>alert("title")</script> | [x](javascript:alert(4))`,
      published: '2026-03-10T08:00:00Z',
      text: [
        `The Veyra Dam collapsed on Tuesday and 14 people died in Brodna, the ministry said. ${PAYLOADS.join(' ')}`,
        `“We saw <script>alert(5)</script> the water | coming [now](javascript:alert(6)),” said Mayor Ana Novak.`,
        '- a line that looks like a list item, 1. and an ordered one, # and a heading',
      ],
    }),
    invent({
      outlet: 'Plain `Wire`',
      title: 'Dam collapse kills 17 in Brodna',
      published: '2026-03-10T09:30:00Z',
      text: [
        'At least 17 people died in Brodna after the Veyra Dam collapsed early on Tuesday, according to the ministry.',
        'Engineers had warned for years that the embankment was leaking, a former inspector told the Plain Wire.',
        `“We saw <script>alert(5)</script> the water | coming [now](javascript:alert(6)),” said Mayor Ana Novak.`,
      ],
    }),
  ]);
  const doc = buildDocument('test', story, 2, []);
  doc.inputs.failed.push({ input: '<svg onload=alert(7)>.html', code: 'binary', message: 'not text | [x](javascript:alert(8))' });
  doc.articles[0]!.url = 'javascript:alert(10)';
  return renderMarkdown(doc, briefingSources(story));
}

const rendered = hostileMarkdown();

test('article text is data in Markdown: no HTML, links or images come through', async () => {
  const md = await rendered;
  assert.ok(!md.includes('<'), 'no raw HTML at all: every < from an article is &lt;');
  assert.match(md, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/u, 'the payload is shown as text, not dropped');
  assert.match(md, /&lt;img src=x onerror=alert\(9\)&gt;/u);
  assert.match(md, /&amp;lt;b&amp;gt;/u, 'entities in the article show as typed');
  for (const line of md.split('\n')) assert.ok(!line.includes('>') || line.startsWith('>'), `a > only opens a blockquote: ${line}`);
  // Every link left is one of ours, to an http(s) address.
  for (const m of md.matchAll(/\]\(([^)]*)\)/gu)) {
    const before = md.slice(0, m.index);
    if (before.endsWith('\\')) continue;
    assert.match(m[1]!, /^https?:\/\//u, `link target ${m[1]}`);
  }
  assert.ok(!/javascript:[^\s]*\)/u.test(md.replace(/\\\[[^\n]*?\\\]\(javascript:[^\s]*\)/gu, '')), 'javascript: only inside escaped brackets');
  assert.equal(unescaped(md, '!['), 0, 'no image');
  assert.equal(unescaped(md, '<'), 0);
});

test('pipes and backticks from articles cannot break a table or open code', async () => {
  const md = await rendered;
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| ---') && !lines[i]!.startsWith('| --- ')) continue;
    const columns = unescaped(lines[i]!, '|');
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) assert.equal(unescaped(lines[j]!, '|'), columns, lines[j]);
  }
  for (const line of lines) {
    if (/^\*\*[^*]+\*\* · /u.test(line)) continue; // the story line's own `story:id`
    assert.equal(unescaped(line, '`'), 0, line);
  }
});

test('text that looks like Markdown block syntax stays in its list item', async () => {
  const md = await rendered;
  assert.ok(!/^- [-+*#]/mu.test(md), 'no nested list or heading inside an item');
  assert.ok(!/^#+ .*[^\\]#$/mu.test(md), 'no heading closed early by a # from the text');
});

test('escapeMarkdown and safeUrl', () => {
  assert.equal(escapeMarkdown('<script>x</script>'), '&lt;script&gt;x&lt;/script&gt;');
  assert.equal(escapeMarkdown('[a](javascript:b)'), '\\[a\\](javascript:b)');
  assert.equal(escapeMarkdown('a|b `c` *d* _e_'), 'a\\|b \\`c\\` \\*d\\* \\_e\\_');
  assert.equal(escapeMarkdown('- item'), '\\- item');
  assert.equal(escapeMarkdown('12. March'), '12\\. March');
  assert.equal(escapeMarkdown('line\nbreak\u0000here'), 'line break here');
  assert.equal(escapeMarkdown('a\\b'), 'a\\\\b');
  assert.equal(safeUrl('javascript:alert(1)'), null);
  assert.equal(safeUrl('data:text/html,<script>'), null);
  assert.equal(safeUrl('not a url'), null);
  assert.equal(safeUrl('https://news.example/a_(b)|c'), 'https://news.example/a%5F%28b%29%7Cc');
});
