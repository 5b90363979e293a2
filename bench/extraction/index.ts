/**
 * Article body extraction on the Scrapinghub Article Extraction Benchmark (181 news and
 * blog pages): our extractor against Readability, same pages, same run, same metric.
 */
import type { Bench, BenchEntry } from '../harness.js';
import { median, round, timeMs } from '../harness.js';
import { half, loadPages, type BenchPage } from './data.js';
import { aggregate, scorePage, type PageResult, type Scores } from './metric.js';
import { ours, readability, type System } from './systems.js';

interface Run {
  system: System;
  results: PageResult[];
  times: number[];
  wallMs: number;
}

/** Pages each system sees before timing starts, so that JIT warm-up is not measured. */
const WARMUP = 5;

function run(system: System, pages: readonly BenchPage[]): Run {
  for (const p of pages.slice(0, WARMUP)) system.extract(p.html, p.url);
  const results: PageResult[] = [];
  const times: number[] = [];
  const start = process.hrtime.bigint();
  for (const p of pages) {
    let text = '';
    times.push(timeMs(() => (text = system.extract(p.html, p.url))));
    results.push(scorePage(p.gold, text));
  }
  return { system, results, times, wallMs: Number(process.hrtime.bigint() - start) / 1e6 };
}

function halves(pages: readonly BenchPage[], results: readonly PageResult[]): { dev: Scores; check: Scores } {
  const pick = (h: 'dev' | 'check'): PageResult[] => results.filter((_, i) => half(pages[i]!.id) === h);
  return { dev: aggregate(pick('dev')), check: aggregate(pick('check')) };
}

function row(r: Run, pages: readonly BenchPage[]): Record<string, string | number> {
  const s = aggregate(r.results);
  const h = halves(pages, r.results);
  const med = median(r.times);
  return {
    system: r.system.name,
    precision: round(s.precision),
    recall: round(s.recall),
    f1: round(s.f1),
    accuracy: round(s.accuracy),
    'f1 dev half': round(h.dev.f1),
    'f1 check half': round(h.check.f1),
    'median ms/page': round(med, 2),
    'pages/s': round(1000 / med, 1),
    'wall s': round(r.wallMs / 1000, 1),
  };
}

export const extractionBench: Bench = {
  name: 'extraction',
  async run(): Promise<BenchEntry> {
    const pages = loadPages();
    const a = run(ours, pages);
    const b = run(readability, pages);
    const ra = row(a, pages);
    const rb = row(b, pages);
    const devPages = pages.filter((p) => half(p.id) === 'dev').length;
    return {
      name: 'extraction',
      description:
        `article-body extraction on the Scrapinghub Article Extraction Benchmark (${pages.length} pages, ` +
        'official shingle metric); pages/s from the median per-page time, parse included',
      rows: [ra, rb],
      summary: {
        'f1 ours': ra['f1']!,
        'f1 readability': rb['f1']!,
        'f1 readability published': 0.947,
        'f1 ours - readability': round(Number(ra['f1']) - Number(rb['f1'])),
        'speed ratio ours/readability': round(Number(ra['pages/s']) / Number(rb['pages/s']), 1),
        'halves': `dev = even first hex digit of the page id (${devPages} pages, failures studied while developing); ` +
          `check = odd (${pages.length - devPages} pages, never inspected page by page; only its aggregate F1 was watched)`,
      },
    };
  },
};
