import type { Format } from '../pipeline/record.js';
import { InputError } from '../pipeline/errors.js';
import { splitLines } from '../extract/text/lines.js';
import { hasSiteChrome } from '../extract/text/chrome.js';
import { jsonShape } from '../extract/jsonl/sniff.js';
import { parseJsonInput } from '../extract/jsonl/json.js';
import { xmlRootName, xmlFeedFormat } from '../extract/feeds/sniff.js';

/** Where chrome is looked for: page furniture sits at the top and the bottom. */
const CHROME_WINDOW = 200_000;

/**
 * Which reader an input needs, judged from its content alone: file names lie (the
 * reference WordPress post arrives as ".txt").
 */
export function sniff(name: string, text: string): Format {
  const head = text.trimStart();
  if (head === '') throw new InputError(name, 'empty', 'the file holds only white space');
  const first = head[0];
  if (first === '{' || first === '[') return sniffJson(name, text);
  if (first === '<') {
    const format = sniffMarkup(head);
    if (format) return format;
    const root = xmlRootName(head);
    if (root) throw new InputError(name, 'unknown-format', `XML with root element <${root}> is not a format corroborate reads (HTML, RSS, Atom)`);
  }
  const window = text.length > CHROME_WINDOW ? text.slice(0, CHROME_WINDOW / 2) + '\n' + text.slice(-CHROME_WINDOW / 2) : text;
  return hasSiteChrome(splitLines(window).map((l) => l.text)) ? 'scraped-text' : 'text';
}

function sniffJson(name: string, text: string): Format {
  const shape = jsonShape(text);
  switch (shape) {
    case 'wordpress':
    case 'json-feed':
    case 'jsonl':
      return shape;
    case 'invalid':
      // Parse again only to name the position and kind of the problem.
      parseJsonInput(name, text);
      throw new InputError(name, 'invalid-json', 'invalid JSON');
    case 'other':
      throw new InputError(name, 'not-an-article', 'JSON that is neither an article, a list of articles, a WordPress post nor a JSON Feed');
  }
}

function sniffMarkup(text: string): Format | null {
  const feed = xmlFeedFormat(text);
  if (feed) return feed;
  if (/^<!doctype\s+html/i.test(text)) return 'html';
  const root = xmlRootName(text)?.toLowerCase();
  if (root === 'html') return 'html';
  if (root === undefined) return null;
  // An HTML fragment without <html>: a saved article body or a page missing its head.
  if (/<(?:p|div|body|article|main|h[1-6]|head|meta|title|section|span|a|b|i|em|strong|ul|ol|li|table|img|br|blockquote|figure)\b/i.test(text.slice(0, 100_000))) return 'html';
  return null;
}
