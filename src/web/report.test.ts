import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { renderReport } from './report.js';
import { analysedArticles, analysedPaths } from './testing.js';
import { invent } from '../claims/testing.js';

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

const sha = (s: string): string => createHash('sha256').update(s).digest('base64');

test('the seeds report is one self-contained file pinned by its CSP', async () => {
  const { doc, texts } = await analysedPaths([seeds]);
  const out = renderReport(doc, texts);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)?.[1]?.replace(/&#39;/g, "'");
  assert.ok(csp, 'CSP meta tag');
  const style = /<style>([\s\S]*?)<\/style>/.exec(out)![1]!;
  const script = /<script>([\s\S]*?)<\/script>/.exec(out)![1]!;
  assert.ok(csp.includes(`script-src 'sha256-${sha(script)}'`));
  assert.ok(csp.includes(`style-src 'sha256-${sha(style)}'`));
  assert.ok(csp.startsWith("default-src 'none'"));
  assert.equal((out.match(/<script/g) ?? []).length, 1, 'one inline script, no script elements from data');
  assert.doesNotMatch(out, /<link\b|<img\b|<iframe\b|@import|url\(|\bsrc=/i, 'nothing to fetch');
  assert.doesNotMatch(out, / style="/, 'no inline style attributes: the CSP would block them');
  for (const story of doc.stories) assert.ok(out.includes(`data-story="${story.id}"`));
  for (const a of doc.articles) assert.ok(out.includes(`data-doc="${a.id}"`), `article ${a.id} readable in the report`);
  assert.match(out, /class="type type-temporal"/);
  assert.match(out, /class="type type-polarity"/);
});

test('hostile titles, bylines, URLs and text stay text', async () => {
  const hostile = invent({
    outlet: 'Bad <b>Outlet</b>',
    title: '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">',
    text: ['The <script>window.pwned=3</script> council said on Tuesday that 40 homes were flooded, "<a href=javascript:alert(1)>click</a>".', '<svg onload=alert(1)> javascript:alert(1) `tick` & done.'],
  });
  const withByline = { ...hostile, byline: '"><script>window.pwned=4</script>', url: 'javascript:alert(1)' };
  const { doc, texts } = await analysedArticles([withByline]);
  const out = renderReport(doc, texts);
  assert.equal((out.match(/<script/gi) ?? []).length, 1);
  assert.doesNotMatch(out, /<img|<svg onload|<a href=javascript|href="javascript/i);
  assert.match(out, /&lt;script&gt;window\.pwned=1&lt;\/script&gt;/);
  assert.match(out, /&lt;img src=x onerror=&quot;window\.pwned=2&quot;&gt;/);
});
