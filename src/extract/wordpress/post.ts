/**
 * One WordPress REST API (v2) post or page as an article. Every string field may carry
 * HTML entities (`&#8217;`, `&amp;`), so each goes through the HTML line reader.
 */
import type { Block, Extracted, Message } from '../../pipeline/record.js';
import { extracted } from '../../pipeline/record.js';
import { normalizeDate } from '../dates.js';
import { chooseBody } from '../feeds/body.js';
import { warning } from '../feeds/collect.js';
import { absoluteUrl, cleanByline, htmlBlocks, htmlLine, normalizeLanguage } from '../feeds/content.js';
import { isObject } from '../jsonl/json.js';
import { append } from '../../pipeline/arrays.js';

type Json = Record<string, unknown>;

/** `title.rendered`-style fields; older exports and plugins sometimes give a plain string. */
function rendered(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['rendered'] === 'string') return value['rendered'];
  return null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** True for an object with the REST API's post shape: rendered content or title beside a date or link. */
export function isWordpressPost(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const hasRendered = isObject(value['content']) && 'rendered' in value['content'];
  const hasTitle = isObject(value['title']) && 'rendered' in value['title'];
  return (hasRendered || hasTitle) && ('date_gmt' in value || 'date' in value || 'link' in value || 'slug' in value);
}

/** The REST API's error body, e.g. {"code":"rest_post_invalid_id","message":"…","data":{"status":404}}. */
export function wordpressError(value: unknown): string | null {
  if (!isObject(value) || typeof value['code'] !== 'string' || typeof value['message'] !== 'string') return null;
  if (!isObject(value['data']) && !value['code'].startsWith('rest_')) return null;
  const status = isObject(value['data']) && typeof value['data']['status'] === 'number' ? ` (HTTP ${value['data']['status']})` : '';
  return `${value['code']}${status}: ${htmlLine(value['message']) ?? ''}`;
}

/**
 * The time of a post: the `_gmt` field is UTC without a zone suffix; drafts carry a zero
 * date there, in which case the site-local field, zone unknown, is the best there is.
 */
function postDate(post: Json, gmtKey: string, localKey: string): string | null {
  return normalizeDate(post[gmtKey], { assumeUtc: true }) ?? normalizeDate(post[localKey]);
}

function embeddedAuthor(post: Json): string | null {
  const embedded = post['_embedded'];
  if (!isObject(embedded) || !Array.isArray(embedded['author'])) return null;
  const author: unknown = embedded['author'][0];
  return isObject(author) ? cleanByline(str(author['name'])) : null;
}

export function wordpressPost(post: Json, origin: string): Extracted {
  const messages: Message[] = [];
  const yoast = isObject(post['yoast_head_json']) ? post['yoast_head_json'] : {};
  const content = rendered(post['content']);
  const excerpt = rendered(post['excerpt']);
  const isProtected = isObject(post['content']) && post['content']['protected'] === true;
  const body = chooseBody({
    full: content !== null ? htmlBlocks(content) : null,
    summary: excerpt !== null ? withoutTeaser(htmlBlocks(excerpt)) : null,
    fullName: 'content.rendered',
    summaryName: 'excerpt',
  });
  if (isProtected) messages.push(warning('protected', 'the post is password-protected; its full text is not in the export'));
  append(messages, body.messages);

  const published = postDate(post, 'date_gmt', 'date');
  if (!published && (str(post['date_gmt']) ?? str(post['date']))) {
    messages.push(warning('bad-date', 'the post has no usable date_gmt or date; publication time unknown'));
  }
  const guid = rendered(post['guid']);
  const twitterMisc = isObject(yoast['twitter_misc']) ? yoast['twitter_misc'] : {};

  return extracted('wordpress', origin, {
    title: htmlLine(rendered(post['title'])) ?? htmlLine(str(yoast['og_title'])) ?? htmlLine(str(yoast['title'])),
    blocks: body.blocks,
    byline: embeddedAuthor(post) ?? cleanByline(str(yoast['author'])) ?? cleanByline(str(twitterMisc['Written by'])),
    siteName: htmlLine(str(yoast['og_site_name'])),
    url: absoluteUrl(str(post['link'])) ?? absoluteUrl(str(yoast['og_url'])) ?? absoluteUrl(guid),
    canonicalUrl: absoluteUrl(str(yoast['canonical'])) ?? absoluteUrl(str(yoast['og_url'])),
    published,
    publishedOrigin: published ? 'metadata' : 'unknown',
    modified: postDate(post, 'modified_gmt', 'modified'),
    language: normalizeLanguage(str(yoast['og_locale'])),
    description: htmlLine(str(yoast['description'])) ?? htmlLine(str(yoast['og_description'])) ?? stripMore(htmlLine(excerpt)),
    partial: body.partial,
    messages,
  });
}

const TEASER = /\s*(?:\[(?:…|\.\.\.)\]|(?:Continue reading|Read more)\b[^.!]{0,200})$/;

/** Excerpts end with a "[…]" or "Continue reading <title>" teaser that is no part of the summary. */
function stripMore(line: string | null): string | null {
  if (line === null) return null;
  const stripped = line.replace(TEASER, '').trim();
  return stripped === '' ? null : stripped;
}

function withoutTeaser(blocks: Block[]): Block[] {
  const last = blocks[blocks.length - 1];
  if (!last) return blocks;
  const text = stripMore(last.text);
  return text === null ? blocks.slice(0, -1) : [...blocks.slice(0, -1), { ...last, text }];
}
