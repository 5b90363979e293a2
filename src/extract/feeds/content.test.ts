import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, anyBlocks, cleanByline, htmlLine, looksLikeHtml, normalizeLanguage, plainBlocks, unescapeMarkup } from './content.js';

test('looksLikeHtml tells markup from prose with angle brackets', () => {
  assert.equal(looksLikeHtml('<p>x</p>'), true);
  assert.equal(looksLikeHtml('a<br/>b'), true);
  assert.equal(looksLikeHtml('x < y and y > z'), false);
  assert.equal(looksLikeHtml('Why <sarcasm> fails'), false);
});

test('unescapeMarkup undoes one escape too many, and only then', () => {
  assert.equal(unescapeMarkup('&lt;p&gt;Hi&lt;/p&gt;'), '<p>Hi</p>');
  assert.equal(unescapeMarkup('Use &lt;b&gt; sparingly'), 'Use &lt;b&gt; sparingly');
  assert.equal(unescapeMarkup('<p>&lt;p&gt;</p>'), '<p>&lt;p&gt;</p>');
});

test('anyBlocks reads HTML as HTML and text as paragraphs', () => {
  assert.deepEqual(anyBlocks('<p>A</p><p>&nbsp;</p><p>B</p>').map((b) => b.text), ['A', 'B']);
  assert.deepEqual(anyBlocks('A &amp; B\n\nC').map((b) => b.text), ['A & B', 'C']);
  assert.deepEqual(plainBlocks('A &amp; B', false).map((b) => b.text), ['A &amp; B']);
  assert.deepEqual(plainBlocks('\r\n  \r\n', true), []);
});

test('htmlLine decodes entities, double-encoded ones included', () => {
  assert.equal(htmlLine('It&#8217;s &amp;amp; done'), 'It’s & done');
  assert.equal(htmlLine('  '), null);
});

test('cleanByline extracts names', () => {
  assert.equal(cleanByline('desk@x.example (Jo Ames)'), 'Jo Ames');
  assert.equal(cleanByline('By Jo Ames'), 'Jo Ames');
  assert.equal(cleanByline('noreply@blogger.com'), null);
  assert.equal(cleanByline('Jo &amp; Al'), 'Jo & Al');
});

test('normalizeLanguage gives BCP 47 case', () => {
  assert.equal(normalizeLanguage('en-us'), 'en-US');
  assert.equal(normalizeLanguage('EN_gb'), 'en-GB');
  assert.equal(normalizeLanguage('zh-hant-tw'), 'zh-Hant-TW');
  assert.equal(normalizeLanguage('english please'), null);
});

test('absoluteUrl keeps absolute links as published and resolves relative ones', () => {
  assert.equal(absoluteUrl('https://x.example/?p=1'), 'https://x.example/?p=1');
  assert.equal(absoluteUrl('/a', 'https://x.example/b/'), 'https://x.example/a');
  assert.equal(absoluteUrl('/a'), null);
  assert.equal(absoluteUrl('javascript:alert(1)'), null);
  assert.equal(absoluteUrl('mailto:a@b.example'), null);
});
