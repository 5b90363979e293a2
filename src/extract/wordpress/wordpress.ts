/**
 * WordPress REST API exports: one post object (`/wp-json/wp/v2/posts/123`) or an array of
 * them (`/wp-json/wp/v2/posts`).
 */
import { InputError } from '../../pipeline/errors.js';
import type { Reader } from '../reader.js';
import { ItemCollector, itemOrigin } from '../feeds/collect.js';
import { isObject, parseJsonInput } from '../jsonl/json.js';
import { isWordpressPost, wordpressError, wordpressPost } from './post.js';

export const readWordpress: Reader = (input) => {
  const value = parseJsonInput(input.name, input.text);
  if (Array.isArray(value)) {
    const collector = new ItemCollector(input.name);
    value.forEach((element: unknown, i) => {
      const n = i + 1;
      if (isWordpressPost(element)) collector.add(wordpressPost(element, itemOrigin(input.name, n)));
      else collector.skip('not-a-post', `element ${n} is not a WordPress post (no title.rendered or content.rendered); skipped`);
    });
    return collector.finish(
      value.length === 0 ? 'empty' : 'not-wordpress',
      value.length === 0 ? 'the array is empty; there are no posts to read' : 'no element of the array is a WordPress post',
    );
  }
  if (isWordpressPost(value)) return [wordpressPost(value, input.name)];
  const error = wordpressError(value);
  if (error) {
    throw new InputError(input.name, 'wordpress-error', `this is a WordPress REST API error response, not a post: ${error}; fetch the post again`);
  }
  const what = isObject(value) ? 'an object without title.rendered or content.rendered' : value === null ? 'null' : `a ${typeof value}`;
  throw new InputError(input.name, 'not-wordpress', `expected a WordPress post or an array of posts, found ${what}`);
};
