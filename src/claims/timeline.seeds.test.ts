/**
 * The five real reports in ../shared/seeds: the day the summit was called off must be on
 * the timeline, once. Which day, and which reports name it, is read from the files: the
 * Tuesday before the one dated report, and the reports with a sentence that names Tuesday
 * and a cancellation. No seed text is copied here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readArticles, storyOf } from './testing.js';

const dir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const files = readdirSync(dir).filter((f) => /^\d{3}_/u.test(f)).sort();
const articles = readArticles(dir, files);

const TUESDAY = 2;
const CANCELLING = /\b(?:cancel\w*|scrap\w*|called off|call off)\b/iu;

test('seeds: the Tuesday the summit was called off is one timeline entry, with every report that names it', async () => {
  const dated = articles.filter((a) => a.published.value);
  assert.equal(dated.length, 1, 'one seed carries its publication date');
  const published = new Date(dated[0]!.published.value!);
  const back = (published.getUTCDay() - TUESDAY + 7) % 7 || 7;
  const tuesday = new Date(published.getTime() - back * 86_400_000).toISOString().slice(0, 10);

  // The reports that say, in one sentence, that it was called off and that it was on Tuesday.
  const naming = articles.filter((a) => a.text.split(/(?<=[.!?])\s+/u).some((s) => /\bTuesday\b/u.test(s) && CANCELLING.test(s)));
  assert.ok(naming.length >= 2, 'two or more reports date the call-off');

  const story = await storyOf(articles);
  const groups = new Map(story.analysis.claims.map((g) => [g.id, g]));
  const cancelled = story.analysis.timeline.filter((e) => e.date === tuesday && (e.claimIds ?? [e.claimId]).some((id) => groups.get(id)?.predicate === 'cancel'));
  assert.equal(cancelled.length, 1, JSON.stringify(story.analysis.timeline.filter((e) => e.date === tuesday)));
  for (const a of naming) assert.ok(cancelled[0]!.articleIds.includes(a.id), `${a.origin} is listed`);
});
