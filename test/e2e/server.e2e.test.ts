/**
 * The web page as a person uses it, in Debian's Chromium: the example corpus loaded through
 * the API, a story opened, a contradiction clicked, an entity filter, a file posted and seen
 * to appear, and an article full of script payloads that must stay text.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserMissing, launch } from './browser.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';

const skip = browserMissing();
const examples = fileURLToPath(new URL('../../examples/news/', import.meta.url));
let browser: Browser;
let server: RunningServer;
let store: Store;
let dir: string;

async function post(name: string, body: Uint8Array | string): Promise<{ status: number; json: { articles?: { id: string; storyId: string | null }[] } }> {
  const r = await fetch(`${server.url}/api/articles?name=${encodeURIComponent(name)}`, { method: 'POST', body: typeof body === 'string' ? body : Buffer.from(body), headers: { 'content-type': 'application/octet-stream' } });
  return { status: r.status, json: (await r.json()) as { articles?: { id: string; storyId: string | null }[] } };
}

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
  store = openSqliteStore(join(dir, 'store.db'));
  server = await startServer({ store, version: 'e2e', port: 0 });
  browser = await launch();
  for (const name of readdirSync(examples).sort()) {
    const r = await post(name, readFileSync(join(examples, name)));
    assert.ok(r.status === 201 || r.status === 200, `${name}: ${r.status}`);
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, viewport = { width: 1400, height: 1000 }): Promise<{ page: Page; context: BrowserContext; problems: string[]; foreign: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto(`${server.url}${path}`);
  return { page, context, problems, foreign };
}

test('open the dam story from the list, click a contradiction, filter by an entity', { skip: skip ?? false }, async () => {
  const { page, context, problems, foreign } = await open('/');
  await page.getByRole('link', { name: /Veyra Dam breach/ }).click();
  await page.waitForURL(/\/stories\/story:[0-9a-f]{16}$/);
  assert.match(await page.locator('h1').innerText(), /Veyra Dam/);

  const card = page.locator('.part-contradictions .contra', { hasText: 'evacuated' }).first();
  await card.locator('.contra-sel').click();
  const litDocs = await page.locator('.doc:not([hidden])').evaluateAll((docs) => docs.filter((d) => d.querySelector('.m.on')).map((d) => (d as HTMLElement).dataset['doc']));
  assert.ok(new Set(litDocs).size >= 2, `both sources' sentences highlighted, in ${litDocs.length} articles`);
  const lit = (await page.locator('.doc:not([hidden]) .m.on').allInnerTexts()).join(' | ');
  assert.match(lit, /2,300/);
  assert.match(lit, /3,000/);
  assert.ok(await page.locator('.doc:not([hidden]) .m.on').first().isVisible());
  assert.match(await page.locator('.reader-status').innerText(), /highlighted/);

  const rows = page.locator('.part-coverage tbody tr:not(.filtered-out)');
  const before = await rows.count();
  const chip = page.locator('.chip', { hasText: 'Teodor Halas' });
  await chip.focus();
  await page.keyboard.press('Enter');
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  const during = await rows.count();
  assert.ok(during < before, `the entity filter hides facts without Halas (${before} → ${during})`);
  assert.match(await page.locator('.filter-status').innerText(), /Teodor Halas/);
  for (const text of await page.locator('.part-quotes .speaker:not(.filtered-out) h3').allInnerTexts()) assert.match(text, /Halas/);
  await page.locator('[data-clear-filter]').click();
  assert.equal(await rows.count(), before);

  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.m.on').count(), 0, 'Escape clears the selection');
  assert.deepEqual(foreign, [], 'nothing fetched from elsewhere');
  assert.deepEqual(problems, [], 'no CSP violation or script error');
  await context.close();
});

test('a story reads at phone width with the reader as a sheet', { skip: skip ?? false }, async () => {
  const { page, context, problems } = await open('/', { width: 390, height: 844 });
  await page.getByRole('link', { name: /Veyra Dam breach/ }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `no sideways scrolling of the page (${overflow}px)`);
  assert.equal(await page.locator('.reader').isVisible(), false);
  await page.locator('.part-quotes .quote').first().click();
  assert.ok(await page.locator('.reader').isVisible());
  assert.ok((await page.locator('.doc:not([hidden]) .m.on').count()) >= 1);
  await page.locator('[data-close]').click();
  assert.equal(await page.locator('.reader').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file posted through the API appears in the list and its story', { skip: skip ?? false }, async () => {
  const text = 'Ferry crossings to Ostrin suspended after engine fire\n\nBy Ana Ruiz\nMarch 14, 2026\n\nNight ferries between Lesk and the island of Ostrin were suspended on Saturday after an engine fire aboard the Vela, the port authority said. All 212 passengers were brought ashore.\n';
  const r = await post('ferry.txt', text);
  assert.equal(r.status, 201);
  const storyId = r.json.articles?.[0]?.storyId;
  assert.ok(storyId);
  const { page, context, problems } = await open('/?sort=recent');
  await page.getByRole('link', { name: /Ferry crossings to Ostrin/ }).click();
  assert.match(await page.locator('h1').innerText(), /Ferry crossings/);
  assert.match(await page.locator('.doc:not([hidden])').innerText(), /212 passengers/);
  await page.goto(`${server.url}/?q=Ostrin`);
  assert.equal(await page.locator('.story-list li').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the story list says when new articles arrive, and shows them on request', { skip: skip ?? false }, async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.clock.install();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${server.url}/?sort=recent`);
  assert.equal(await page.locator('.live').isHidden(), true);
  await page.clock.runFor(11_000);
  assert.equal(await page.locator('.live').isHidden(), true, 'nothing new, nothing said');
  const text = 'Lighthouse at Cape Orrin relit after storm repairs\n\nBy Ana Ruiz\nMarch 15, 2026\n\nThe lighthouse at Cape Orrin was relit on Sunday after three weeks of repairs to its lamp room, the coastguard said. Its beam reaches 22 nautical miles.\n';
  assert.equal((await post('lighthouse.txt', text)).status, 201);
  await page.clock.runFor(11_000);
  await page.locator('.live').waitFor({ state: 'visible' });
  assert.match(await page.locator('.live').innerText(), /^1 new article since this page was loaded: show them$/);
  await page.getByRole('link', { name: 'show them' }).click();
  await page.getByRole('link', { name: /Lighthouse at Cape Orrin/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('script payloads in title, byline and body show as text and run nothing', { skip: skip ?? false }, async () => {
  // Plain text keeps every character as written, so the payloads reach the page intact.
  const payload = [
    'Flood gates opened at Tarvel <script>window.pwned=1</script><img src=x onerror="window.pwned=2">',
    '',
    'By Ana <script>window.pwned=3</script> Ruiz <svg onload="window.pwned=4">',
    'March 15, 2026',
    '',
    'The flood gates at Tarvel were opened on Sunday, the water board said. <script>window.pwned=5</script> See javascript:window.pwned=6 and <a href="javascript:window.pwned=7">more</a>.',
    '',
    'Engineers said the <img src=x onerror=window.pwned=8> reservoir level fell by two metres overnight.',
  ].join('\n');
  const r = await post('hostile.txt', payload);
  assert.equal(r.status, 201);
  const storyId = r.json.articles?.[0]?.storyId;
  assert.ok(storyId);
  for (const path of ['/', `/?q=${encodeURIComponent('Tarvel flood gates')}`, `/stories/${storyId}`]) {
    const { page, context, problems, foreign } = await open(path);
    const pwned = (): Promise<unknown> => page.evaluate(() => (window as unknown as { pwned?: number }).pwned);
    assert.equal(await pwned(), undefined, path);
    assert.equal(await page.locator('main script, main img, main iframe, main svg[onload], a[href^="javascript"]').count(), 0, path);
    assert.match(await page.locator('main').innerText(), /Tarvel <script>window\.pwned=1<\/script><img src=x onerror="window\.pwned=2">/, path);
    if (path.startsWith('/stories/')) {
      await page.locator('.part-sources .sel').first().click();
      const shown = await page.locator('.doc:not([hidden])').innerText();
      assert.match(shown, /Ana <script>window\.pwned=3<\/script> Ruiz <svg onload="window\.pwned=4">/);
      assert.match(shown, /<script>window\.pwned=5<\/script> See javascript:window\.pwned=6 and <a href="javascript:window\.pwned=7">more<\/a>/);
      assert.match(shown, /<img src=x onerror=window\.pwned=8>/);
      assert.equal(await pwned(), undefined);
    }
    assert.deepEqual(foreign, [], path);
    assert.deepEqual(problems, [], path);
    await context.close();
  }
});

test('a mistyped page address shows a page, not JSON', { skip: skip ?? false }, async () => {
  const { page, context, problems } = await open('/storys/nothing');
  assert.match(await page.locator('h1').innerText(), /Not found/);
  assert.equal(await page.getByRole('link', { name: 'All stories' }).count(), 1);
  const api = await fetch(`${server.url}/api/nothing`, { headers: { accept: 'text/html' } });
  assert.equal(api.status, 404);
  assert.match(api.headers.get('content-type') ?? '', /json/);
  // The browser reports the 404 itself; nothing else may complain.
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await context.close();
});
