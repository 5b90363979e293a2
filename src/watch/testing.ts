/**
 * A feed for watch tests: items can be added between polls, and the server answers
 * conditional GETs (ETag and Last-Modified) with 304 while nothing changed.
 */
import { createHash } from 'node:crypto';
import type { Route } from '../fetch/testing.js';

export interface TestItem {
  title: string;
  day: number;
}

const paragraph = (topic: string, i: number): string =>
  `<p>Crews from the ${topic} desk reported on section ${i + 1} of the quay, where inspectors checked the cranes and the harbour master said work would go on through the week.</p>`;

export function rssOf(items: readonly TestItem[], base: string): string {
  const entries = items.map(
    (item) => `<item><title>${item.title}</title><link>${base}/items/${encodeURIComponent(item.title)}</link><pubDate>${new Date(Date.UTC(2026, 2, item.day, 9)).toUTCString()}</pubDate>
      <content:encoded><![CDATA[${Array.from({ length: 4 }, (_, i) => paragraph(item.title, i)).join('')}]]></content:encoded></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Gazette</title><link>${base}/</link>${entries.join('')}</channel></rss>`;
}

/** A route serving `items()` as RSS, with validators derived from the content. */
export function feedRoute(items: () => readonly TestItem[], base: () => string, lastModified: () => Date): Route {
  return (req, res) => {
    const body = rssOf(items(), base());
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const modified = lastModified().toUTCString();
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === modified)) {
      res.writeHead(304, { etag, 'last-modified': modified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': modified }).end(body);
  };
}
