/**
 * Speed of the claims stage: claims analysed per second, and the wall time to analyse a
 * story of 50 articles — the language layer and the comparison both counted, as a user
 * running analyze on such a story waits for both.
 *
 * The 50 articles are made from the example corpus's main story (seeded): each is a new
 * outlet's report that reuses paragraphs of two or three of the real 14, so claims agree
 * and disagree across them the way syndicated and rewritten coverage does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Bench, BenchEntry } from '../harness.js';
import { clock, median, round } from '../harness.js';
import { processInput } from '../../src/pipeline/run.js';
import { annotateLanguage } from '../../src/language/index.js';
import { canonicalize } from '../../src/language/entities/canonical.js';
import { analyzeStory } from '../../src/claims/index.js';
import { extracted, type Article } from '../../src/pipeline/record.js';
import { normalize } from '../../src/normalize/normalize.js';
import { identify } from '../../src/identify/identify.js';
import { rng } from '../../src/test-support/random.js';

const STORY_SIZE = 50;
const ROUNDS = 5;

export function mainStory(): Article[] {
  const dir = fileURLToPath(new URL('../../examples/news/', import.meta.url));
  const manifest = JSON.parse(readFileSync(join(dir, '..', 'manifest.json'), 'utf8')) as { files: { id: string; story: string }[] };
  const main = new Set(manifest.files.filter((f) => f.story === 'main').map((f) => f.id.replace(/^news\//, '')));
  return readdirSync(dir)
    .sort()
    .flatMap((f) => processInput({ name: f, bytes: readFileSync(join(dir, f)) }).articles)
    // A feed or dump item is named path#n; the manifest names a lone item by its path.
    .filter((a) => main.has(a.origin) || main.has(a.origin.replace(/#1$/, '')));
}

export function fiftyArticles(base: readonly Article[]): Article[] {
  const random = rng(5);
  const out: Article[] = [];
  for (let i = 0; i < STORY_SIZE; i++) {
    const picks = [0, 1, 2].slice(0, 2 + Math.floor(random() * 2)).map(() => base[Math.floor(random() * base.length)]!);
    const blocks = picks.flatMap((a) => a.paragraphs.filter(() => random() < 0.6).map((p) => ({ kind: p.kind, text: a.text.slice(p.start, p.end) })));
    const e = extracted('text', `synthetic-${i}`, {
      title: picks[0]!.title,
      blocks,
      url: `https://outlet${i}.example/story`,
      siteName: `Outlet ${i}`,
      published: `2026-03-${String(10 + (i % 3)).padStart(2, '0')}`,
      publishedOrigin: 'metadata',
    });
    out.push(identify(e, normalize(e)));
  }
  return out;
}

export const claimsBench: Bench = {
  name: 'claims-speed',
  async run(): Promise<BenchEntry> {
    const articles = fiftyArticles(mainStory());
    const annotateRuns: number[] = [];
    const compareRuns: number[] = [];
    let claims = 0;
    let groups = 0;
    let contradictions = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const t = clock();
      const annotated = articles.map((article) => ({ article, language: annotateLanguage(article) }));
      const canonical = canonicalize(annotated.map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
      annotateRuns.push(t.wallMs());
      const c = clock();
      const analysis = analyzeStory(annotated, canonical, []);
      compareRuns.push(c.wallMs());
      groups = analysis.claims.length;
      claims = analysis.claims.reduce((n, g) => n + g.evidence.length, 0);
      contradictions = analysis.contradictions.length;
    }
    const annotateMs = median(annotateRuns);
    const compareMs = median(compareRuns);
    return {
      name: 'claims-speed',
      description: `the claims stage on a story of ${STORY_SIZE} articles made (seeded) from the example corpus's main story; median wall time of ${ROUNDS} runs`,
      rows: [
        {
          stage: 'language layer + canonical entities',
          'median ms': round(annotateMs, 1),
        },
        { stage: 'claims: extract, align, support, contradict', 'median ms': round(compareMs, 1), 'claims/s': Math.round(claims / (compareMs / 1000)) },
        { stage: 'whole story', 'median ms': round(annotateMs + compareMs, 1) },
      ],
      summary: {
        'story of 50 articles, wall s (language + claims)': round((annotateMs + compareMs) / 1000, 3),
        'goal s': 1,
        'claims analysed per second (claims stage)': Math.round(claims / (compareMs / 1000)),
        'claims / groups / contradictions in the story': `${claims} / ${groups} / ${contradictions}`,
      },
    };
  },
};
