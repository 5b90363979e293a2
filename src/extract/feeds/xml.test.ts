import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elements, parseXml, serializeChildren, textContent } from './xml.js';

test('text is decoded once, CDATA kept as written, child markup serialized', () => {
  const { root } = parseXml('<d>A &amp;lt;b&amp;gt; <![CDATA[<i>&amp;</i>]]> <em>x &amp; y</em></d>');
  assert.ok(root);
  assert.equal(textContent(root), 'A &lt;b&gt; <i>&amp;</i> <em>x &amp; y</em>');
});

test('unclosed elements are marked, closed ones are not', () => {
  const { root } = parseXml('<r><a>1</a><b>2<c>3</b><d>4');
  assert.ok(root);
  const [a, b, d] = elements(root);
  assert.equal(a?.closed, true);
  assert.equal(b?.closed, true);
  assert.equal(elements(b!)[0]?.closed, false);
  assert.equal(d?.closed, false);
  assert.equal(root.closed, false);
});

test('stray end tags close nothing', () => {
  const { root } = parseXml('<r><a>1</x></a></r>');
  assert.equal(root?.closed, true);
  assert.equal(elements(root!)[0]?.closed, true);
});

test('serialization drops prefixes and flattens absurd depth', () => {
  const { root } = parseXml('<h:div xmlns:h="http://www.w3.org/1999/xhtml"><h:p class="x">Hi</h:p></h:div>');
  assert.equal(serializeChildren(root!.children), '<p class="x">Hi</p>');
  const deep = parseXml(`<r>${'<s>'.repeat(1000)}t${'</s>'.repeat(1000)}</r>`);
  const html = serializeChildren(deep.root!.children);
  assert.equal((html.match(/<s>/g) ?? []).length, 200);
  assert.ok(html.includes('t'));
});
