import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { getOuterHTML } from 'domutils';
import { parseHtml } from './parse.js';

const same = (html: string): void => {
  const mine = getOuterHTML(parseHtml(html).children, { decodeEntities: false });
  const theirs = getOuterHTML(parseDocument(html).children, { decodeEntities: false });
  assert.equal(mine, theirs, html);
};

test('builds the same tree as htmlparser2 on tricky markup', () => {
  for (const html of [
    '<p>one<p>two<div>three</div>',
    '<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>',
    '<table><tr><td>1<td>2<tr><td>3</table>',
    '</p></br><br/>x</span>',
    '<svg><path/><title>t</title><foreignObject><p>x</p></foreignObject></svg><p>y',
    '<select><option>a<option>b</select><input><button>go</button>',
    '<!DOCTYPE html><?xml version="1.0"?><!-- c --><![CDATA[x]]>',
    '<a href="x&amp;y" title=\'q\' data-x=u b>t &amp; &#x41; &notreal; &#0;</a>',
    '<script>if (a < b) { "</div>" }</script><style>p>a{}</style><textarea><b>raw</b></textarea>',
    '<div><span><div>deep</span></div>',
  ]) same(html);
});

test('builds the same tree as htmlparser2 on the fixture pages', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
  for (const d of readdirSync(dir)) same(readFileSync(join(dir, d, 'input.html'), 'utf8'));
});

test('builds the same tree as htmlparser2 on random tag soup', () => {
  const tokens = ['<p>', '</p>', '<div>', '</div>', '<li>', '<ul>', '</ul>', '<td>', '<tr>', '<table>', '</table>', '<br>', '</br>',
    '<svg>', '</svg>', '<x/>', '<b>', '</i>', '<select>', '<option>', '<h2>', '<!--', '-->', 'text', ' ', '&amp;', '<a b=c>'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 60 }), (parts) => same(parts.join(''))),
    { numRuns: 500 },
  );
});
