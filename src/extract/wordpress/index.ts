/** Reader for WordPress REST API exports. */
export { readWordpress } from './wordpress.js';
export { isWordpressPost } from './post.js';
