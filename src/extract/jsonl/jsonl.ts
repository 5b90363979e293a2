/**
 * JSON Lines dumps (one article object per line) and plain JSON dumps: an array of
 * article objects, one article object, or a wrapper holding the array under a common key
 * ({"articles": […]}, {"items": […]}, …). A bad line costs only itself.
 */
import { InputError } from '../../pipeline/errors.js';
import type { Extracted } from '../../pipeline/record.js';
import type { Reader, ReaderInput } from '../reader.js';
import { ItemCollector, itemOrigin } from '../feeds/collect.js';
import { readJsonFeed, isJsonFeed } from '../feeds/json-feed.js';
import { isWordpressPost } from '../wordpress/post.js';
import { genericArticle, hasArticleText, isArticleLike } from './article.js';
import { describeJsonProblem, isObject, kindOf, locateJsonError, parseJsonInput } from './json.js';

/** Keys under which APIs and exports wrap their article arrays. */
export const WRAPPER_KEYS = ['articles', 'items', 'posts', 'entries', 'results', 'data', 'documents', 'docs', 'stories', 'news'];

export const readJsonl: Reader = (input) => {
  if (input.text.trim() === '') throw new InputError(input.name, 'empty', 'the input is empty; there is nothing to read');
  const lines = splitLines(input.text);
  if (looksLikeJsonLines(lines)) {
    // An object spread over several lines can pass for JSON Lines at first sight.
    const whole = tryParse(input.text);
    return whole === undefined ? readLines(input, lines) : readValue(input, whole);
  }
  return readValue(input, parseJsonInput(input.name, input.text));
};

/** Physical lines without a BOM, line ends, or the record separators of RFC 7464 JSON text sequences. */
export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split('\n').map((line) => line.replace(/^\u001e/, '').replace(/\r$/, ''));
}

/**
 * JSON Lines rather than one pretty-printed document: two or more non-empty lines, the
 * first one a whole object on its line, and one of the first five parsing as an object.
 */
export function looksLikeJsonLines(lines: readonly string[]): boolean {
  const sample: string[] = [];
  let nonEmpty = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    nonEmpty++;
    if (sample.length < 5) sample.push(trimmed);
    if (nonEmpty >= 2 && sample.length >= 5) break;
  }
  const head = sample[0];
  if (nonEmpty < 2 || !head || !head.startsWith('{') || head === '{') return false;
  return sample.some((line) => isObject(tryParse(line)));
}

export function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function readLines(input: ReaderInput, lines: readonly string[]): Extracted[] {
  const collector = new ItemCollector(input.name);
  lines.forEach((line, i) => readLine(collector, input.name, line, i + 1));
  return finishLines(collector);
}

/** One line of a JSON Lines input, numbered from 1: an article for the collector, or a skip. */
export function readLine(collector: ItemCollector, name: string, line: string, n: number): void {
  if (line.trim() === '') return;
  const value = tryParse(line);
  if (value === undefined) {
    const problem = locateJsonError(line);
    const why = problem ? describeJsonProblem(problem).replace(/ at line 1,/, ',') : 'invalid JSON';
    collector.skip('bad-line', `line ${n} is not valid JSON (${why}); skipped`);
  } else if (!isObject(value)) {
    collector.skip('bad-line', `line ${n} holds ${kindOf(value)}, not an article object; skipped`);
  } else if (!isArticleLike(value)) {
    collector.skip('not-an-article', `line ${n} has no title, text or description (keys: ${keysOf(value)}); skipped`);
  } else {
    collector.add(genericArticle(value, itemOrigin(name, n)));
  }
}

/** The last articles of a JSON Lines input, or its failure when no line held one. */
export function finishLines(collector: ItemCollector): Extracted[] {
  return collector.finish('no-readable-lines', 'no line of this JSON Lines input holds a readable article');
}

function keysOf(obj: Record<string, unknown>): string {
  const keys = Object.keys(obj);
  const shown = keys.slice(0, 6).join(', ');
  return keys.length === 0 ? 'none' : keys.length > 6 ? `${shown}, …` : shown;
}

function readValue(input: ReaderInput, value: unknown): Extracted[] {
  if (isJsonFeed(value)) return readJsonFeed(input);
  if (Array.isArray(value)) return readArray(input, value, 'array');
  if (!isObject(value)) {
    throw new InputError(input.name, 'not-an-article', `expected article objects, an array of them or JSON Lines, found ${kindOf(value)}`);
  }
  if (isWordpressPost(value)) return [genericArticle(value, input.name)];
  const key = WRAPPER_KEYS.find((k) => Array.isArray(value[k]) && (value[k] as unknown[]).some(isObject));
  // A wrapper may carry a title of its own ("search results"); its array is still the content.
  if (key && !hasArticleText(value)) return readArray(input, value[key] as unknown[], `"${key}" array`);
  if (isArticleLike(value)) return [genericArticle(value, input.name)];
  throw new InputError(input.name, 'not-an-article', `this JSON object is not an article: it has no title, text or description (keys: ${keysOf(value)})`);
}

function readArray(input: ReaderInput, elements: readonly unknown[], what: string): Extracted[] {
  const collector = new ItemCollector(input.name);
  elements.forEach((element, i) => {
    const n = i + 1;
    if (!isObject(element)) collector.skip('bad-element', `element ${n} of the ${what} is ${kindOf(element)}, not an article object; skipped`);
    else if (!isArticleLike(element)) collector.skip('not-an-article', `element ${n} of the ${what} has no title, text or description (keys: ${keysOf(element)}); skipped`);
    else collector.add(genericArticle(element, itemOrigin(input.name, n)));
  });
  return collector.finish(
    elements.length === 0 ? 'empty' : 'no-readable-elements',
    elements.length === 0 ? `the ${what} is empty; there are no articles to read` : `no element of the ${what} is a readable article`,
  );
}
