import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml, elementsOf } from './dom.js';
import { hintOf, isHidden, nameWords, type Hint } from './hints.js';

const first = (html: string) => elementsOf(parseHtml(html)).find((e) => e.name !== 'html' && e.name !== 'head' && e.name !== 'body')!;

test('class names split into whole words and joined pairs', () => {
  assert.deepEqual(nameWords('c-articleBody__share-bar'), ['c', 'article', 'body', 'share', 'bar', 'carticle', 'articlebody', 'bodyshare', 'sharebar']);
});

test('hints from tags, roles, classes and ids', () => {
  const cases: [string, Hint][] = [
    ['<div class="story-body">', 'content'],
    ['<div itemprop="articleBody" class="share">', 'content'],
    ['<div class="related-content">', 'furniture'],
    ['<div class="header">', 'none'],
    ['<div class="shadow loaded">', 'none'],
    ['<section class="has-comments no-sidebar">', 'none'],
    ['<div class="modal-enabled article">', 'content'],
    ['<div id="comments">', 'discussion'],
    ['<div class="comment-body">', 'discussion'],
    ['<nav>', 'furniture'],
    ['<div role="complementary">', 'furniture'],
    ['<div role="main">', 'content'],
    ['<div role="navigation" class="article">', 'furniture'],
    ['<amp-social-share>', 'furniture'],
    ['<div class="downloads">', 'none'],
  ];
  for (const [html, want] of cases) assert.equal(hintOf(first(html)), want, html);
});

test('hidden elements', () => {
  assert.equal(isHidden(first('<div hidden>')), true);
  assert.equal(isHidden(first('<div style="color:red; display: none">')), true);
  assert.equal(isHidden(first('<div class="sr-only">')), true);
  assert.equal(isHidden(first('<div class="hidden-xs">')), false);
  assert.equal(isHidden(first('<div style="display:block">')), false);
});
