/** The Scrapinghub Article Extraction Benchmark pages, read from the shared data folder. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = resolve(repoRoot, '..', 'shared', 'data', 'extraction', 'scrapinghub');

export interface BenchPage {
  /** 64-hex-digit page id (itself a SHA-256 digest). */
  id: string;
  url: string;
  html: string;
  gold: string;
}

/**
 * The two halves used to keep an eye on overfitting. The id is already a uniformly
 * distributed hex digest, so the parity of its first digit is an unbiased split:
 * "dev" (even) is the half failures were studied on, "check" (odd) the half left alone.
 */
export function half(id: string): 'dev' | 'check' {
  return Number.parseInt(id[0] ?? '0', 16) % 2 === 0 ? 'dev' : 'check';
}

export function loadPages(dir = DATA_DIR): BenchPage[] {
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) throw new Error(`benchmark data not found at ${dir}`);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  return files.map((file) => {
    const id = file.slice(0, -'.html.gz'.length);
    const entry = truth[id];
    if (!entry) throw new Error(`no ground truth for ${id}`);
    const html = gunzipSync(readFileSync(join(dir, 'html', file))).toString('utf8');
    return { id, url: entry.url, html, gold: entry.articleBody };
  });
}
