/**
 * Server time to render the story page of a 50-article story from its cached analysis, against
 * its peer in the same run: serialising the same story's analysis document as the JSON API does.
 */
import type { Bench, BenchEntry } from '../harness.js';
import { median, round, timeMs } from '../harness.js';
import { storyModel } from '../../src/web/story/model.js';
import { renderStory } from '../../src/web/story/render.js';
import { page } from '../../src/web/layout.js';
import { webBenchStory } from './story.js';

const ROUNDS = 21;

export const webBench: Bench = {
  name: 'web',
  async run(): Promise<BenchEntry> {
    const { doc, story, texts, served } = await webBenchStory(ROUNDS);
    const storyDoc = { ...doc, stories: [story] };
    const renderRuns: number[] = [];
    const jsonRuns: number[] = [];
    let bytes = 0;
    let jsonBytes = 0;
    for (let r = 0; r < ROUNDS; r++) {
      renderRuns.push(timeMs(() => {
        bytes = Buffer.byteLength(page(renderStory(storyModel(storyDoc, story, texts), 's0'), { title: story.title, mode: 'served', home: '/' }));
      }));
      jsonRuns.push(timeMs(() => {
        jsonBytes = Buffer.byteLength(JSON.stringify(storyDoc));
      }));
    }
    const renderMs = median(renderRuns);
    const jsonMs = median(jsonRuns);
    return {
      name: 'web',
      description: `server time to render the story page of a ${story.articleIds.length}-article story (${story.claims.length} facts, ${story.contradictions.length} contradictions, ${story.quotes.length} quotes) from its analysis; median of ${ROUNDS} runs; peer: the same story's analysis document as JSON`,
      rows: [
        { output: 'story page (HTML, all article texts with evidence marks)', 'median ms': round(renderMs, 1), 'KB': Math.round(bytes / 1024) },
        { output: 'analysis document (JSON, no texts)', 'median ms': round(jsonMs, 1), 'KB': Math.round(jsonBytes / 1024) },
        { output: `GET /stories/{id} through corroborate serve, largest story the pipeline made of the 50 (${served.articles} articles), cached analysis`, 'median ms': round(served.pageMs, 1), 'KB': Math.round(served.pageBytes / 1024) },
        { output: `GET /api/stories/{id}, same story`, 'median ms': round(served.jsonMs, 1), 'KB': Math.round(served.jsonBytes / 1024) },
      ],
      summary: {
        'story page render, median ms': round(renderMs, 1),
        'goal ms': 200,
        'page / JSON time ratio': round(renderMs / jsonMs, 2),
        'served page, server time median ms': round(served.pageMs, 1),
        'served page / served JSON ratio': round(served.pageMs / served.jsonMs, 2),
        'articles / facts / contradictions': `${story.articleIds.length} / ${story.claims.length} / ${story.contradictions.length}`,
      },
    };
  },
};
