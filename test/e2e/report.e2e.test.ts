/**
 * The `--html` report as a reader opens it: from disk, with every network request refused,
 * clicking through a contradiction and filtering by an entity.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { browserMissing, launch } from './browser.js';
import { renderReport } from '../../src/web/report.js';
import { analysedArticles, analysedPaths } from '../../src/web/testing.js';
import { invent } from '../../src/claims/testing.js';

const skip = browserMissing();
const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
let browser: Browser;
let dir: string;

before(async () => {
  if (skip) return;
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'corroborate-report-'));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a file with the network cut off; returns the page and what it tried to fetch or complained about. */
async function openOffline(file: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const context = await browser.newContext({ offline: true, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, problems };
}

test('the seeds report opens offline, loads nothing, and highlights both sides of a contradiction', { skip: skip ?? false }, async () => {
  const { doc, texts } = await analysedPaths([seeds]);
  const file = join(dir, 'seeds.html');
  writeFileSync(file, renderReport(doc, texts));
  const { page, requests, problems } = await openOffline(file);

  await page.locator('.part-contradictions .contra-sel').first().click();
  const lit = page.locator('.doc:not([hidden]) .m.on');
  assert.ok((await lit.count()) >= 2, 'both sides highlighted');
  const docsLit = await page.locator('.doc:not([hidden])').evaluateAll((docs) => docs.filter((d) => d.querySelector('.m.on')).length);
  assert.ok(docsLit >= 2, `sentences highlighted in two articles, got ${docsLit}`);
  assert.ok(await lit.first().isVisible());

  const chip = page.locator('.chip', { hasText: 'Lavrov' }).first();
  const before = await page.locator('.part-coverage tbody tr:not(.filtered-out)').count();
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  const afterCount = await page.locator('.part-coverage tbody tr:not(.filtered-out)').count();
  assert.ok(afterCount > 0 && afterCount < before, `filter narrows the matrix (${before} → ${afterCount})`);
  await page.keyboard.press('Escape');

  assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'no network request');
  assert.deepEqual(problems, [], 'no CSP violation or script error');
  await page.context().close();
});

test('hostile article text shows as text and runs nothing', { skip: skip ?? false }, async () => {
  const hostile = invent({
    outlet: 'Bad <b>Outlet</b>',
    title: '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">',
    text: ['The <script>window.pwned=3</script> council said on Tuesday that 40 homes were flooded, "<a href=javascript:window.pwned=5>click</a>".', '<svg onload="window.pwned=6"> javascript:window.pwned=7 done.'],
  });
  const { doc, texts } = await analysedArticles([{ ...hostile, byline: '"><script>window.pwned=4</script>', url: 'javascript:window.pwned=8' }]);
  const file = join(dir, 'hostile.html');
  writeFileSync(file, renderReport(doc, texts));
  const { page, requests, problems } = await openOffline(file);
  assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
  const text = await page.locator('.doc').first().innerText();
  assert.match(text, /<script>window\.pwned=1<\/script>/);
  assert.match(text, /<svg onload="window\.pwned=6">/);
  assert.equal(await page.locator('.doc a[href^="javascript"]').count(), 0);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
  assert.deepEqual(problems, []);
  await page.context().close();
});
