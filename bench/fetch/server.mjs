// A local news site for the fetch bench, in its own process so that its CPU time is not the
// client's: /feed/N are RSS feeds answering 304 to their ETag, /page/N article
// pages. Prints its port on stdout once listening.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';

const paragraph = (n, i) => `<p>Harbour officials said on Tuesday that crane ${n} at quay ${i + 1} would be inspected again after workers reported noise in the winch, and that the repair crews from the north yard had been called in to look at the brakes before the ferries arrive.</p>`;
const page = (n) => `<!doctype html><html><head><meta charset="utf-8"><title>Crane ${n} to be inspected again</title><meta property="og:site_name" content="Outlet ${n % 50}"></head><body><nav><a href="/">Home</a></nav><article><h1>Crane ${n} to be inspected again</h1><p class="byline">By Staff</p>${Array.from({ length: 8 }, (_, i) => paragraph(n, i)).join('')}</article><footer>© Outlet</footer></body></html>`;
const feed = (n) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${n}</title><link>http://outlet${n}.example/</link>${Array.from({ length: 5 }, (_, i) => `<item><title>Report ${i} of outlet ${n}</title><link>http://outlet${n}.example/${i}</link><pubDate>Mon, 02 Mar 2026 0${i}:00:00 GMT</pubDate><description>Short summary ${i}.</description></item>`).join('')}</channel></rss>`;
const etagOf = (body) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;

const server = createServer((req, res) => {
  const m = /^\/(feed|page)\/(\d+)$/.exec(req.url ?? '');
  if (req.url === '/robots.txt') return res.writeHead(404).end();
  if (!m) return res.writeHead(404).end('not found');
  const body = m[1] === 'feed' ? feed(Number(m[2])) : page(Number(m[2]));
  const etag = etagOf(body);
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': m[1] === 'feed' ? 'application/rss+xml; charset=utf-8' : 'text/html; charset=utf-8', etag }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
