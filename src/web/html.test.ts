import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, html, join, safeUrl, trusted } from './html.js';

test('interpolated values are escaped, nested html is kept', () => {
  const title = '<script>alert(1)</script> & "quotes" \'too\' `tick`';
  assert.equal(html`<p title="${title}">${title}</p>`.value, '<p title="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39; &#96;tick&#96;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39; &#96;tick&#96;</p>');
  assert.equal(html`<ul>${['a<', html`<li>b</li>`]}</ul>`.value, '<ul>a&lt;<li>b</li></ul>');
  assert.equal(html`${null}${undefined}${false}${true}${0}`.value, '0');
  assert.equal(join(['x', trusted('<br>'), '<'], ', ').value, 'x, <br>, &lt;');
});

test('no string becomes markup or leaves its attribute', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), (s) => {
      const out = html`<a title="${s}">${s}</a>`.value;
      const inner = out.slice('<a title="'.length, -'</a>'.length);
      assert.ok(!/[<>"'`]/.test(inner.replace('">', '')), out);
      assert.equal(escapeHtml(s).replace(/&(amp|lt|gt|quot|#39|#96);/g, ''), s.replace(/[&<>"'`]/g, ''));
    }),
  );
});

test('only http(s) URLs become links', () => {
  assert.equal(safeUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(safeUrl('HTTP://EXAMPLE.ORG'), 'http://example.org/');
  for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//evil.example', '/relative', '', null, undefined]) {
    assert.equal(safeUrl(bad), null, String(bad));
  }
});
