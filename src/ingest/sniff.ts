import type { Format } from '../pipeline/record.js';
import { InputError } from '../pipeline/errors.js';
import { splitLines } from '../extract/text/lines.js';
import { hasSiteChrome } from '../extract/text/chrome.js';

/**
 * Which reader an input needs, judged from its content alone: file names lie (the
 * reference WordPress post arrives as ".txt").
 */
export function sniff(name: string, text: string): Format {
  const head = text.trimStart();
  if (head === '') throw new InputError(name, 'empty', 'the file holds only white space');
  const first = head[0];
  if (first === '{' || first === '[') return sniffJson(name, head);
  if (first === '<') {
    const format = sniffMarkup(head);
    if (format) return format;
  }
  const lines = splitLines(text.length > 200_000 ? text.slice(0, 200_000) : text).map((l) => l.text);
  return hasSiteChrome(lines) ? 'scraped-text' : 'text';
}

function sniffJson(name: string, text: string): Format {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (looksLikeJsonLines(text)) return 'jsonl';
    throw new InputError(name, 'invalid-json', `${describeJsonError(text, error)}; the JSON is truncated or malformed`);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputError(name, 'no-articles', 'an empty JSON array holds no articles');
    return isWordpressPost(value[0]) ? 'wordpress' : 'jsonl';
  }
  if (value === null || typeof value !== 'object') {
    throw new InputError(name, 'not-an-article', 'a JSON value that is not an object or array holds no article');
  }
  const record = value as Record<string, unknown>;
  if (typeof record['version'] === 'string' && record['version'].includes('jsonfeed.org')) return 'json-feed';
  if (isWordpressPost(record)) return 'wordpress';
  return 'jsonl';
}

function isWordpressPost(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const post = value as Record<string, unknown>;
  const rendered = (field: string): boolean => {
    const v = post[field];
    return v !== null && typeof v === 'object' && typeof (v as Record<string, unknown>)['rendered'] === 'string';
  };
  return rendered('content') || (rendered('title') && ('date_gmt' in post || 'slug' in post));
}

/** JSON Lines: the first few non-empty lines are each a whole JSON object. */
function looksLikeJsonLines(text: string): boolean {
  let checked = 0;
  for (const line of text.split('\n', 50)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (!trimmed.startsWith('{')) return false;
    try {
      JSON.parse(trimmed);
      checked++;
    } catch {
      // A truncated last line must not hide a dump whose other lines are fine.
      if (checked === 0) return false;
    }
    if (checked >= 3) break;
  }
  return checked >= 1 && text.trim().includes('\n');
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return /end of (json|data) input/i.test(message) ? 'JSON ends early' : `invalid JSON (${message})`;
  const at = Number(position[1]);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}`;
}

/** The name of the first element, past XML declarations, comments, doctypes and processing instructions. */
export function rootElement(text: string): string | null {
  let i = 0;
  const limit = Math.min(text.length, 100_000);
  while (i < limit) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= limit) return null;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return null;
      i = end + 3;
      continue;
    }
    if (text.startsWith('<?', lt) || text.startsWith('<!', lt)) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return null;
      i = end + 1;
      continue;
    }
    const m = /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(lt, lt + 200));
    return m ? m[1]!.toLowerCase() : null;
  }
  return null;
}

function sniffMarkup(text: string): Format | null {
  const root = rootElement(text);
  if (root === 'rss' || root === 'rdf:rdf' || root === 'rdf') return 'rss';
  if (root === 'feed') return 'atom';
  if (root === 'html' || /^<!doctype\s+html/i.test(text)) return 'html';
  if (root === null) return null;
  // An HTML fragment without <html>: a saved article body or a page missing its head.
  if (/<(?:p|div|body|article|h[1-6]|head|meta|title|section|span|a)\b/i.test(text.slice(0, 100_000))) return 'html';
  return null;
}
