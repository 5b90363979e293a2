import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openSqliteStore } from '../src/store/sqlite.js';
import { cliBundle } from './cli-bundle.js';
import type { AnalysisDocument } from '../src/report/document.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = cliBundle();

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'in', 'report.txt'), 'Ferry Crossings Suspended\n\nBy Ana Ruiz\nMarch 3, 2026\n\nNight ferries stopped on Monday after an engine fire.\n\nDay crossings continue.\n');
  writeFileSync(join(dir, 'in', 'nested', 'page.html.gz'), gzipSync('<html lang="en"><head><title>Port Strike Ends | Coast News</title><meta property="og:site_name" content="Coast News"></head><body><article><h1>Port Strike Ends</h1><p>The dockers voted to return to work on Friday after a nine-day strike that had stranded hundreds of containers at the quay.</p><p>The union said the new contract raised pay by six percent over two years and guaranteed rest breaks on night shifts.</p></article></body></html>'));
  writeFileSync(join(dir, 'in', 'broken.json'), '{"title": {"rendered": "Half a post"');
  writeFileSync(join(dir, 'in', 'empty.txt'), '');
  return { dir, db: join(dir, 'store.db') };
}

test('--help works for the program and every command; no command is a usage error', () => {
  const top = cli(['--help']);
  assert.equal(top.status, 0);
  for (const command of ['ingest', 'analyze', 'articles', 'show', 'stories', 'story', 'recluster', 'serve']) {
    assert.match(top.stdout, new RegExp(command));
    const r = cli([command, '--help']);
    assert.equal(r.status, 0, command);
    assert.match(r.stdout, /Usage: corroborate/);
  }
  assert.equal(cli([]).status, 2);
  assert.equal(cli(['frobnicate']).status, 2);
  assert.equal(cli(['ingest']).status, 2);
  assert.equal(cli(['articles', '--limit', 'zero']).status, 2);
  assert.equal(cli(['ingest', 'x', '--max-size', 'lots']).status, 2);
});

test('a batch goes past bad files, names each one, stores the rest and exits 1', () => {
  const { dir, db } = workspace();
  const r = cli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(r.status, 1, r.stderr);
  const errorLines = r.stderr.split('\n').filter((l) => l.includes('(skipped)'));
  assert.equal(errorLines.length, 2, r.stderr);
  assert.ok(errorLines.some((l) => l.includes('broken.json') && /JSON/.test(l)));
  assert.ok(errorLines.some((l) => l.includes('empty.txt') && /empty/.test(l)));
  assert.match(r.stderr, /4 inputs, 2 articles \(2 new, 0 already stored\), 2 failed/);
  assert.ok(existsSync(db));

  const again = cli(['ingest', join(dir, 'in', 'report.txt'), join(dir, 'in', 'nested'), '--db', db, '--json']);
  assert.equal(again.status, 0);
  const summary = JSON.parse(again.stdout) as { added: number; existing: number };
  assert.deepEqual([summary.added, summary.existing], [0, 2], 're-ingesting adds nothing');
});

test('analyze --json, articles and show', async () => {
  const { dir, db } = workspace();
  const r = cli(['analyze', join(dir, 'in', 'report.txt'), join(dir, 'in', 'nested'), '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { generated: string; articles: Record<string, unknown>[] };
  assert.equal(doc.articles.length, 2);
  const store = openSqliteStore(db);
  for (const story of (doc as unknown as AnalysisDocument).stories) {
    assert.deepEqual((await store.getStoryDocument<AnalysisDocument>(story.id))?.document.stories, [story], 'the store keeps each story as analyze printed it');
  }
  await store.close();
  for (const a of doc.articles) for (const key of ['id', 'source', 'title', 'byline', 'url', 'published', 'format']) assert.ok(key in a, key);
  const text = doc.articles.find((a) => a['format'] === 'text')!;
  assert.equal(text['byline'], 'Ana Ruiz');
  assert.equal(text['published'], '2026-03-03');
  const html = doc.articles.find((a) => a['format'] === 'html')!;
  assert.equal(html['source'], 'Coast News');
  assert.equal(html['title'], 'Port Strike Ends');

  const list = cli(['articles', '--db', db, '--json']);
  assert.equal((JSON.parse(list.stdout) as { total: number }).total, 2);
  const plain = cli(['articles', '--db', db]);
  assert.match(plain.stdout, /Coast News/);
  assert.doesNotMatch(plain.stdout + plain.stderr, /\u001b\[/, 'no escape codes when piped');

  const id = String(html['id']);
  const shown = cli(['show', id.slice(0, 6), '--db', db, '--json']);
  assert.equal(shown.status, 0, shown.stderr);
  const article = JSON.parse(shown.stdout) as {
    id: string;
    text: string;
    paragraphs: { start: number; end: number }[];
    annotations: { sentences: { start: number; end: number }[]; times: { text: string; value: string }[] };
  };
  assert.equal(article.id, id);
  assert.equal(article.annotations.sentences.length, 2);
  for (const s of article.annotations.sentences) assert.ok(s.end <= article.text.length);
  assert.ok(article.annotations.times.some((t) => t.text === 'Friday'));
  assert.match(article.text, /^The dockers voted/);
  assert.equal(article.paragraphs.length, 2);
  const plainShow = cli(['show', id, '--db', db]).stdout;
  assert.match(plainShow, /Port Strike Ends/);
  assert.match(plainShow, /Times \(\d+\):/);
  const missing = cli(['show', 'ffffffffffff', '--db', db]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no article with id/);
});

test('standard input is an input like any other', () => {
  const { db } = workspace();
  const r = cli(['ingest', '-', '--db', db, '--json'], 'Harbour Reopens\n\nThe harbour reopened on Monday after the storm.\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { added: number }).added, 1);
});

test('the example corpus: every file ingests; stories, story and recluster', () => {
  const { db } = workspace();
  const r = cli(['analyze', join(root, 'examples', 'news'), '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { articles: { format: string; source: string; storyId: string | null }[]; stories: { id: string; articleIds: string[]; independentSources: number }[] };
  assert.equal(doc.stories.length, 3);
  assert.ok(doc.articles.every((a) => doc.stories.some((s) => s.id === a.storyId)));
  const main = doc.stories.find((s) => s.articleIds.length === 14)!;
  assert.equal(main.independentSources, 11, 'the syndicated copy and a second item of the same outlet do not count again');

  const listed = cli(['stories', '--db', db, '--json']);
  assert.equal((JSON.parse(listed.stdout) as { stories: unknown[] }).stories.length, 3);
  const one = cli(['story', main.id.slice(0, 12), '--db', db]);
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /14, from 11 independent sources/);
  assert.equal(cli(['story', 'story:nothing', '--db', db]).status, 2);
  const again = cli(['recluster', '--db', db, '--json']);
  assert.equal(again.status, 0, again.stderr);
  const reclustered = (JSON.parse(again.stdout) as { stories: { articleIds: string[] }[] }).stories;
  assert.deepEqual(reclustered.map((s) => s.articleIds.length).sort((a, b) => b - a), [14, 1, 1]);

  const formats = new Set(doc.articles.map((a) => a.format));
  for (const f of ['text', 'scraped-text', 'wordpress', 'html', 'rss', 'atom', 'json-feed', 'jsonl']) assert.ok(formats.has(f), `examples hold ${f}`);
  assert.ok(new Set(doc.articles.map((a) => a.source)).size >= 6);
});

test('an article that cannot count is stored and named: ingest says which, analyze puts it in no story', () => {
  const { dir, db } = workspace();
  writeFileSync(join(dir, 'in', 'stub.txt'), 'Ferry Crossings Suspended\n\nSubscribe to continue reading.\n');
  const r = cli(['ingest', join(dir, 'in', 'report.txt'), join(dir, 'in', 'stub.txt'), '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout) as { articleIds: string[]; uncounted: { id: string; reason: string }[] };
  assert.equal(summary.articleIds.length, 2, 'both are stored');
  assert.deepEqual(summary.uncounted.map((u) => u.reason), ['near-empty']);
  const plain = cli(['analyze', join(dir, 'in', 'stub.txt'), '--db', db, '--json']);
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.stderr, /1 article stored but not counted as a source, in no story \(near-empty: /);
  const doc = JSON.parse(plain.stdout) as AnalysisDocument;
  assert.ok(!doc.articles.some((a) => a.id === summary.uncounted[0]!.id), 'in no story, so in no story\'s articles');
  assert.match(cli(['show', summary.uncounted[0]!.id, '--db', db]).stdout, /not counted as a source/);
});
