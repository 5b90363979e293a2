/** The example corpus read against what examples/manifest.json says is in it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { processInput } from '../src/pipeline/run.js';
import type { Article } from '../src/pipeline/record.js';
import { comparableText } from '../src/normalize/text.js';

interface ManifestFile {
  id: string;
  path: string;
  format: string;
  outlet: string;
  domain: string;
  url: string | null;
  title: string;
  published: string | null;
  author: string;
}
interface Manifest {
  files: ManifestFile[];
  copies: { original: string; copy: string }[];
  chrome: { file: string; phrases: string[] }[];
  undated: string[];
}

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(examples, 'manifest.json'), 'utf8')) as Manifest;
const FORMAT: Record<string, string> = { 'wordpress-rest-json': 'wordpress', rss2: 'rss', 'jsonfeed-1.1': 'json-feed' };

const articles = new Map<string, Article>();
for (const path of new Set(manifest.files.map((f) => f.path))) {
  const outcome = processInput({ name: path, bytes: readFileSync(join(examples, path)) });
  assert.equal(outcome.error, null, `${path}: ${outcome.error?.message}`);
  for (const a of outcome.articles) articles.set(a.origin, a);
}
// A file with one article is named by its path; items of a feed or dump by path#n.
const article = (id: string): Article =>
  articles.get(id) ?? articles.get(id.replace(/#1$/, '')) ?? articles.get(`${id}#1`) ?? assert.fail(`no article for ${id}`);

test('every manifest article is read, in the right format, with its title, author and date', () => {
  assert.equal(articles.size, manifest.files.length);
  for (const f of manifest.files) {
    const a = article(f.id);
    assert.equal(a.format, FORMAT[f.format] ?? f.format, f.id);
    assert.equal(a.title, f.title, f.id);
    assert.equal(a.byline, f.author, f.id);
    if (f.published === null) assert.deepEqual(a.published, { value: null, origin: 'unknown' }, f.id);
    else if (f.published.length === 10) assert.equal(a.published.value, f.published, f.id);
    else assert.equal(Date.parse(a.published.value!), Date.parse(f.published), f.id);
    if (f.url) {
      assert.equal(a.source.domain, f.domain, f.id);
      assert.equal(a.url, f.url, f.id);
    }
    assert.ok(a.text.length > 200, f.id);
  }
});

test('outlets are named from site metadata where the format carries it', () => {
  for (const f of manifest.files.filter((f) => ['html', 'rss2', 'atom', 'jsonfeed-1.1'].includes(f.format))) {
    assert.equal(article(f.id).source.name, f.outlet, f.id);
  }
});

test('chrome stays out of the extracted text', () => {
  for (const { file, phrases } of manifest.chrome) {
    const a = article(file);
    for (const phrase of phrases) assert.ok(!a.text.includes(phrase), `${file}: "${phrase}" left in the text`);
  }
});

test('the verbatim copy has the same text as its original, in another format', () => {
  for (const { original, copy } of manifest.copies) {
    const a = article(original);
    const b = article(copy);
    assert.notEqual(a.format, b.format);
    assert.notEqual(a.id, b.id);
    assert.equal(comparableText(b.text), comparableText(a.text));
  }
});
