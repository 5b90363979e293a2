import { detectLanguage, primaryLanguage } from './language.js';
import { createHash } from 'node:crypto';
import type { Article, Extracted, Message } from '../pipeline/record.js';
import type { Normalized } from '../normalize/normalize.js';
import { matchForm } from '../normalize/text.js';
import { normalizeDate } from '../extract/dates.js';
import { identifyOutlet } from './outlet.js';
import { splitParagraph } from '../language/sentences/index.js';

const FEED_FORMATS = new Set(['rss', 'atom', 'json-feed']);
const DERIVED_TITLE_LENGTH = 90;

/**
 * The identify stage: a content-derived id, the outlet, and the publication time with
 * where it came from. The id hashes the matching form of title, text and URL, so the
 * same report read again (from any file name) keeps its id, while the same words
 * published at another address stay a separate article for copy detection to link.
 */
export function identify(extracted: Extracted, normalized: Normalized): Article {
  const messages: Message[] = [...extracted.messages];
  const url = extracted.url ?? extracted.canonicalUrl;
  let title = normalized.title;
  if (!title) {
    title = deriveTitle(normalized.text);
    if (title) messages.push({ severity: 'warning', stage: 'identify', code: 'title-derived', text: 'no title found; using the opening words' });
  }
  const published = normalizeDate(extracted.published);
  if (extracted.published && !published) {
    messages.push({ severity: 'warning', stage: 'identify', code: 'bad-date', text: `publication date "${extracted.published.slice(0, 60)}" could not be read` });
  }
  return {
    id: articleId(normalized.title ?? '', normalized.text, url),
    format: extracted.format,
    origin: extracted.origin,
    title: title ?? '(untitled)',
    text: normalized.text,
    paragraphs: normalized.paragraphs,
    byline: normalized.byline,
    source: identifyOutlet({
      siteName: extracted.siteName,
      url: extracted.url,
      canonicalUrl: extracted.canonicalUrl,
      origin: extracted.origin,
      fromFeed: FEED_FORMATS.has(extracted.format),
    }),
    url,
    canonicalUrl: extracted.canonicalUrl,
    published: published ? { value: published, origin: extracted.publishedOrigin === 'unknown' ? 'metadata' : extracted.publishedOrigin } : { value: null, origin: 'unknown' },
    modified: normalizeDate(extracted.modified),
    // The words first: a page's own lang is often a site-wide setting.
    language: detectLanguage(title ?? '', normalized.text) ?? primaryLanguage(extracted.language),
    description: normalized.description,
    partial: extracted.partial,
    messages,
    ...(extracted.fetched ? { fetched: extracted.fetched } : {}),
  };
}

export function articleId(title: string, text: string, url: string | null): string {
  return createHash('sha256')
    .update(matchForm(title))
    .update('\u0000')
    .update(matchForm(text))
    .update('\u0000')
    .update(url ?? '')
    .digest('hex')
    .slice(0, 16);
}

function deriveTitle(text: string): string | null {
  const firstParagraph = text.split('\n')[0]?.trim() ?? '';
  if (!firstParagraph) return null;
  // The sentence splitter knows that "U.S." or "Gen." does not end the opening sentence.
  const first = splitParagraph(firstParagraph, 0, firstParagraph.length)[0];
  const sentence = first ? firstParagraph.slice(first.start, first.end) : firstParagraph;
  if (sentence.length <= DERIVED_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, DERIVED_TITLE_LENGTH);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–—-]+$/, '') + '…';
}
