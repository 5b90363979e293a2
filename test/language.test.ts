/**
 * The language layer end to end on the five real reports (derived properties and the
 * issue's own acceptance phrases only) and on inputs built to break it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { processInput } from '../src/pipeline/run.js';
import { analyzeArticles } from '../src/pipeline/analyze.js';
import { annotateLanguage } from '../src/language/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Article } from '../src/pipeline/record.js';

const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const seeds: Article[] = readdirSync(seedsDir)
  .filter((f) => /^\d{3}_/.test(f))
  .sort()
  .flatMap((f) => processInput({ name: f, bytes: readFileSync(join(seedsDir, f)) }).articles);

async function analyzed() {
  const store = openSqliteStore(':memory:');
  await store.addArticles(seeds);
  const analysis = await analyzeArticles(store, seeds);
  await store.close();
  return analysis;
}

test('seeds: one canonical Lavrov for both spellings; the five principals under their full names', async () => {
  const { canonical } = await analyzed();
  const lavrovs = canonical.entities.filter((e) => e.type === 'person' && /lavrov/i.test(e.name));
  assert.equal(lavrovs.length, 1);
  const spellings = new Set([lavrovs[0]!.name, ...lavrovs[0]!.aliases]);
  assert.ok(spellings.has('Sergei Lavrov') && spellings.has('Sergey Lavrov'));
  const people = new Set(canonical.entities.filter((e) => e.type === 'person').map((e) => e.name));
  for (const name of ['Donald Trump', 'Vladimir Putin', 'Marco Rubio', 'Volodymyr Zelensky', 'Dmitry Peskov']) assert.ok(people.has(name), name);
});

test('seeds: the acceptance quotes have the right speakers', async () => {
  const { annotated, canonical } = await analyzed();
  const speakerOf = (phrase: string) => {
    for (const { article, language } of annotated) {
      for (const q of language.quotes) {
        if (!article.text.slice(q.content.start, q.content.end).includes(phrase)) continue;
        const id = q.speaker.entity ? canonical.idOf(article.id, q.speaker.entity) : undefined;
        return { kind: q.speaker.kind, name: canonical.entities.find((e) => e.id === id)?.name ?? q.speaker.name };
      }
    }
    return assert.fail(`no quote holds "${phrase}"`);
  };
  assert.equal(speakerOf('I don’t want a wasted meeting').name, 'Donald Trump');
  assert.equal(speakerOf('Russia’s position remains unchanged').name, 'Sergei Lavrov');
  assert.equal(speakerOf('Ukraine will not surrender the territory it still controls').name, 'Volodymyr Zelensky');
  const diplomat = speakerOf('The tone became tense');
  assert.match(diplomat.kind, /^unnamed-/);
  assert.match(diplomat.name, /European diplomat/);
});

test('seeds: in the dated report, "on Wednesday" falls in the publication date\'s week', () => {
  const dated = seeds.filter((a) => a.published.value !== null);
  assert.equal(dated.length, 1);
  const a = dated[0]!;
  // TIMEX3 leaves the preposition out: the expression of "on Wednesday" is "Wednesday".
  const times = annotateLanguage(a).times.filter((t) => /^Wednesday$/i.test(t.text) && /\bon $/i.test(a.text.slice(t.start - 3, t.start)));
  assert.ok(times.length > 0);
  const published = new Date(a.published.value!);
  const monday = Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() - ((published.getUTCDay() + 6) % 7));
  for (const t of times) {
    assert.equal(t.granularity, 'day');
    const day = Date.parse(t.value! + 'T00:00:00Z');
    assert.ok(day >= monday && day < monday + 7 * 86_400_000, `${t.value} is in the week of ${a.published.value}`);
  }
});

test('seeds: undated reports leave relative times unresolved and say so', () => {
  for (const a of seeds.filter((x) => x.published.value === null)) {
    const language = annotateLanguage(a);
    const relative = language.times.filter((t) => /^(last )?(monday|tuesday|wednesday|thursday|friday)$/i.test(t.text));
    for (const t of relative) assert.equal(t.anchor, 'unresolved', t.text);
    if (relative.length > 0) assert.ok(language.messages.some((m) => m.code === 'no-anchor'));
  }
});

const paragraphsOf = (text: string) => [{ kind: 'paragraph' as const, start: 0, end: text.length }];
const bare = (text: string) => ({ text, paragraphs: text ? paragraphsOf(text) : [], published: { value: '2026-03-11', origin: 'metadata' as const } });

function assertAnnotations(text: string): void {
  const language = annotateLanguage(bare(text));
  assert.deepEqual(language.messages.filter((m) => m.code === 'annotator-failed'), []);
  const spans = [...language.sentences, ...language.mentions, ...language.quotes, ...language.times, ...language.quantities];
  for (const s of spans) assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end);
}

test('bad input: empty, only quotes, unbalanced marks, no punctuation, mixed scripts, a 10,000-word sentence', () => {
  assertAnnotations('');
  assertAnnotations('“Yes.” “No.” “Maybe,” “Never!” "Straight" ‘single’ «guillemets»');
  assertAnnotations('He said “this never closes. And she said ” twice ” “ “ and then');
  assertAnnotations('word '.repeat(200_000));
  assertAnnotations('Президент Путин said 会议 was cancelled by الرئيس on Tuesday, 14 people — ελληνικά “quoted” 😀');
  assertAnnotations(Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 'Lavrov' : i % 11 === 0 ? 'said' : 'talks')).join(' ') + '.');
});

test('any text annotates without a failure and with spans inside it', () => {
  fc.assert(fc.property(fc.string({ maxLength: 600 }), assertAnnotations), { numRuns: 200 });
});
