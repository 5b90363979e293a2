/**
 * Which JSON reader fits an input, decided from its content alone, for the format sniffer.
 */
import { isJsonFeed } from '../feeds/json-feed.js';
import { isWordpressPost } from '../wordpress/post.js';
import { isArticleLike } from './article.js';
import { isObject } from './json.js';
import { looksLikeJsonLines, splitLines, tryParse, WRAPPER_KEYS } from './jsonl.js';

export type JsonShape = 'wordpress' | 'json-feed' | 'jsonl' | 'invalid' | 'other';

/**
 * 'wordpress': a REST API post or an array whose first object is one. 'json-feed': a JSON
 * Feed. 'jsonl': JSON Lines (the first non-empty lines are objects, one per line), or an
 * article object, an array of objects, or a wrapper such as {"articles": […]}. 'invalid':
 * it starts like JSON ('{' or '[') but does not parse. 'other': not JSON, or JSON of
 * another shape. Parses the text at most once.
 */
export function jsonShape(text: string): JsonShape {
  const body = text.replace(/^\ufeff/, '');
  const start = body.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) return 'other';
  const lines = splitLines(body);
  const value = tryParse(body);
  if (value === undefined) return looksLikeJsonLines(lines) ? 'jsonl' : 'invalid';
  if (Array.isArray(value)) {
    const firstObject: unknown = value.find((v: unknown) => isObject(v));
    if (firstObject === undefined) return 'other';
    return isWordpressPost(firstObject) ? 'wordpress' : 'jsonl';
  }
  if (!isObject(value)) return 'other';
  if (isJsonFeed(value)) return 'json-feed';
  if (isWordpressPost(value)) return 'wordpress';
  if (isArticleLike(value)) return 'jsonl';
  return WRAPPER_KEYS.some((k) => Array.isArray(value[k]) && (value[k] as unknown[]).some(isObject)) ? 'jsonl' : 'other';
}
