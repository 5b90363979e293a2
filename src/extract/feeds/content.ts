/**
 * Turning the text-bearing fields of structured formats into blocks and one-line values.
 * Feeds, WordPress and JSON dumps all mix HTML, escaped HTML and plain text in the same
 * fields, so every reader goes through these few functions and behaves the same way.
 */
import { linesToBlocks, splitLines } from '../text/lines.js';
import { decodeHTMLStrict } from 'entities';
import type { Block } from '../../pipeline/record.js';
import { htmlToBlocks, htmlToLine } from '../html/blocks.js';

const TAG_NAMES =
  'p|br|div|span|a|b|i|u|em|strong|small|sub|sup|mark|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|q|cite|pre|code|figure|figcaption|img|table|thead|tbody|tr|td|th|section|article|header|footer|aside|hr|iframe|script|style|picture|source|video|audio|abbr|time|s|del|ins';
const TAG = new RegExp(`<(?:${TAG_NAMES})(?:\\s[^<>]*)?/?>|</(?:${TAG_NAMES})\\s*>|<!--`, 'i');
const CLOSING_TAG = new RegExp(`</(?:${TAG_NAMES})\\s*>|^\\s*<(?:p|div|br|figure|h[1-6]|ul|ol|blockquote|img)\\b`, 'i');
const SPACE = /[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** True when a field holds markup rather than prose that happens to contain '<'. */
export function looksLikeHtml(text: string): boolean {
  return TAG.test(text);
}

/**
 * Markup that was escaped once too often ("&lt;p&gt;…") arrives as text: unescape it,
 * but only when what comes out is unmistakably markup.
 */
export function unescapeMarkup(html: string): string {
  if (looksLikeHtml(html) || !html.includes('&lt;')) return html;
  const decoded = decodeHTMLStrict(html);
  return CLOSING_TAG.test(decoded) ? decoded : html;
}

/** Blocks of an HTML field; escaped markup is unescaped first. */
export function htmlBlocks(html: string): Block[] {
  return htmlToBlocks(unescapeMarkup(html));
}

/**
 * Blocks of plain text: paragraphs split on blank lines, or on single newlines when the
 * text has no blank lines at all (one paragraph per line is how most dumps store text).
 */
export function plainBlocks(text: string, decode: boolean): Block[] {
  // The same paragraph, heading and list rules as plain-text files.
  return linesToBlocks(splitLines(decode ? decodeHTMLStrict(text) : text));
}

/** Blocks of a field that may hold either HTML or plain text (JSON dumps, feed descriptions). */
export function anyBlocks(text: string): Block[] {
  const unescaped = unescapeMarkup(text);
  return looksLikeHtml(unescaped) ? htmlToBlocks(unescaped) : plainBlocks(unescaped, true);
}

/** Collapsed whitespace, trimmed; null when nothing is left. */
export function oneLine(text: string): string | null {
  const line = text.replace(SPACE, ' ').trim();
  return line === '' ? null : line;
}

const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * A one-line field that may carry markup or entities (titles, names, descriptions). An
 * entity still left after reading the HTML was encoded twice ("&amp;#8217;", common in
 * titles that passed through a feed): a title never means to show one, so it is decoded.
 */
export function htmlLine(text: string | null | undefined): string | null {
  if (text == null) return null;
  const line = htmlToLine(unescapeMarkup(text));
  return oneLine(ENTITY.test(line) ? decodeHTMLStrict(line) : line);
}

/** A one-line field that is plain text but may still carry entities left by a scraper. */
export function plainLine(text: string | null | undefined, decode = true): string | null {
  if (text == null) return null;
  return oneLine(decode ? decodeHTMLStrict(text) : text);
}

/** A one-line field of unknown kind: markup is read as HTML, anything else as plain text. */
export function anyLine(text: string | null | undefined): string | null {
  if (text == null) return null;
  return looksLikeHtml(unescapeMarkup(text)) ? htmlLine(text) : plainLine(text);
}

/**
 * A person's name as a byline: "jane@example.org (Jane Roe)" → "Jane Roe", "By Jane Roe"
 * → "Jane Roe"; placeholder addresses (noreply, no-reply) give null.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  let name = anyLine(raw);
  if (!name) return null;
  const mailWithName = /^\S+@\S+\s*\((.+)\)$/.exec(name);
  if (mailWithName) name = mailWithName[1]!.trim();
  else if (/^\S+@\S+$/.test(name) && /no-?reply|unknown|example\./i.test(name)) return null;
  name = name.replace(/^by\s+/i, '').trim();
  return name === '' ? null : name;
}

/** Several names joined the way a byline prints them; duplicates dropped. */
export function joinNames(names: ReadonlyArray<string | null>): string | null {
  const unique = [...new Set(names.filter((n): n is string => n !== null && n !== ''))];
  return unique.length === 0 ? null : unique.join(', ');
}

/** A language tag in BCP 47 case ("en-us", "en_US" → "en-US"); null when it is not one. */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const tag = raw.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) return null;
  return tag
    .split('-')
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase()))
    .join('-');
}

/** An http(s) URL as published, or resolved against `base` when relative; null otherwise. */
export function absoluteUrl(raw: string | null | undefined, base?: string | null): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const web = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';
  if (URL.canParse(text)) return web(new URL(text)) ? text : null; // as published, not re-encoded
  if (!base || !URL.canParse(text, base)) return null;
  const resolved = new URL(text, base);
  return web(resolved) ? resolved.href : null;
}

/**
 * Drops the footer WordPress appends to every feed item ("The post X appeared first on
 * Y."): it names the outlet, not a claim, and would otherwise repeat in every article.
 */
export function dropFeedFooter(blocks: Block[]): Block[] {
  const last = blocks[blocks.length - 1];
  if (last && /^The post .+ appeared first on .+\.?$/.test(last.text)) return blocks.slice(0, -1);
  return blocks;
}
