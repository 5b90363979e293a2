import type { ReaderTable } from './reader.js';
import { readPlainText, readScrapedText } from './text/reader.js';
import { readHtml } from './html/reader.js';
import { readWordpress } from './wordpress/index.js';
import { readRss, readAtom, readJsonFeed } from './feeds/index.js';
import { readJsonl } from './jsonl/index.js';

/** One reader per sniffed format. */
export const READERS: ReaderTable = {
  text: readPlainText,
  'scraped-text': readScrapedText,
  wordpress: readWordpress,
  html: readHtml,
  rss: readRss,
  atom: readAtom,
  'json-feed': readJsonFeed,
  jsonl: readJsonl,
};
