/** Readers for XML and JSON feeds, and the sniffing helper for XML inputs. */
export { readRss } from './rss.js';
export { readAtom } from './atom.js';
export { readJsonFeed, isJsonFeed } from './json-feed.js';
export { xmlRootName, xmlFeedFormat } from './sniff.js';
