/**
 * JSON Feed 1.0 and 1.1: one article per item. Full text from `content_html` or
 * `content_text`, else the `summary` as a partial article.
 */
import { InputError } from '../../pipeline/errors.js';
import type { Extracted, Message } from '../../pipeline/record.js';
import { extracted } from '../../pipeline/record.js';
import type { Reader } from '../reader.js';
import { normalizeDate } from '../dates.js';
import { isObject, kindOf, parseJsonInput } from '../jsonl/json.js';
import { chooseBody } from './body.js';
import { ItemCollector, itemOrigin, warning } from './collect.js';
import { absoluteUrl, anyBlocks, anyLine, cleanByline, htmlBlocks, joinNames, normalizeLanguage, plainBlocks } from './content.js';
import { append } from '../../pipeline/arrays.js';

/** True for a parsed value shaped like a JSON Feed: a version URL, or a title beside an items array. */
export function isJsonFeed(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const version = value['version'];
  if (typeof version === 'string' && /jsonfeed\.org\/version\//i.test(version)) return true;
  return Array.isArray(value['items']) && typeof value['title'] === 'string' && ('home_page_url' in value || 'feed_url' in value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** 1.1's `authors` list, or 1.0's single `author`. */
function authorNames(holder: Record<string, unknown>): string | null {
  const list = Array.isArray(holder['authors']) ? holder['authors'] : isObject(holder['author']) ? [holder['author']] : [];
  return joinNames(list.map((a) => (isObject(a) ? cleanByline(str(a['name'])) : typeof a === 'string' ? cleanByline(a) : null)));
}

export const readJsonFeed: Reader = (input) => {
  const feed = parseJsonInput(input.name, input.text);
  if (!isJsonFeed(feed)) {
    throw new InputError(input.name, 'not-a-feed', 'this JSON is not a JSON Feed: expected an object with "version": "https://jsonfeed.org/version/1.1" and an "items" array');
  }
  const items = feed['items'];
  if (!Array.isArray(items)) throw new InputError(input.name, 'not-a-feed', 'the JSON Feed has no "items" array; there is nothing to read');
  const siteName = anyLine(str(feed['title']));
  const home = str(feed['home_page_url']);
  const language = normalizeLanguage(str(feed['language']));
  const feedAuthors = authorNames(feed);
  const collector = new ItemCollector(input.name);

  items.forEach((item: unknown, i) => {
    const n = i + 1;
    if (!isObject(item)) {
      collector.skip('bad-item', `item ${n} is ${kindOf(item)}, not an object; skipped`);
      return;
    }
    collector.add(readItem(item, itemOrigin(input.name, n), { siteName, home, language, feedAuthors }));
  });
  return collector.finish(items.length === 0 ? 'empty-feed' : 'no-readable-items', items.length === 0 ? 'the JSON Feed has no items; there is nothing to read' : 'no item of the JSON Feed could be read');
};

interface FeedContext {
  siteName: string | null;
  home: string | null;
  language: string | null;
  feedAuthors: string | null;
}

function readItem(item: Record<string, unknown>, origin: string, feed: FeedContext): Extracted {
  const messages: Message[] = [];
  const html = str(item['content_html']);
  const plain = str(item['content_text']);
  const summary = str(item['summary']);
  const body = chooseBody({
    full: html ? htmlBlocks(html) : plain ? plainBlocks(plain, false) : null,
    summary: summary ? anyBlocks(summary) : null,
    fullName: 'content_html or content_text',
    summaryName: 'summary',
  });
  append(messages, body.messages);

  const dateText = str(item['date_published']);
  const published = normalizeDate(dateText);
  if (dateText && !published) messages.push(warning('bad-date', `the item's date_published "${dateText.slice(0, 60)}" is not a date; publication time unknown`));

  const id = str(item['id']);
  return extracted('json-feed', origin, {
    title: anyLine(str(item['title'])),
    blocks: body.blocks,
    byline: authorNames(item) ?? feed.feedAuthors,
    siteName: feed.siteName,
    url: absoluteUrl(str(item['url']), feed.home) ?? absoluteUrl(str(item['external_url'])) ?? absoluteUrl(id),
    published,
    publishedOrigin: published ? 'feed' : 'unknown',
    modified: normalizeDate(item['date_modified']),
    language: normalizeLanguage(str(item['language'])) ?? feed.language,
    description: summary ? anyLine(summary) : null,
    partial: body.partial,
    messages,
  });
}
