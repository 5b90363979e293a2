/**
 * Whole HTML pages: the article's main content as blocks, and its metadata.
 */
import { extracted, type Extracted } from '../../pipeline/record.js';
import type { Reader } from '../reader.js';
import { parseHtml } from './dom.js';
import { extractMetadata } from './metadata.js';
import { extractContent } from './content.js';

export interface PageOptions {
  /** The address the page was fetched from, when known: resolves relative links. */
  url?: string;
}

/** One page's article: everything `readHtml` returns, under a caller-chosen origin. */
export function extractPage(html: string, options: PageOptions = {}, origin = 'page'): Extracted {
  const doc = parseHtml(html);
  const meta = extractMetadata(doc, options);
  const blocks = extractContent(doc, {
    title: meta.title,
    articleBody: meta.articleBody,
    headings: meta.headings,
    authors: meta.authors,
  });
  const result = extracted('html', origin, {
    title: meta.title,
    blocks,
    byline: meta.byline,
    siteName: meta.siteName,
    url: meta.url,
    canonicalUrl: meta.canonicalUrl,
    published: meta.published,
    publishedOrigin: meta.published ? 'metadata' : 'unknown',
    modified: meta.modified,
    language: meta.language,
    description: meta.description,
  });
  if (blocks.length === 0) {
    result.messages.push({
      severity: 'warning',
      stage: 'extract',
      code: 'no-body',
      text: 'no article text found on the page',
    });
  }
  return result;
}

export const readHtml: Reader = (input) => [extractPage(input.text, {}, input.name)];
