/**
 * Golden expectations for every file of the example corpus: what the readers and the
 * normalize/identify stages make of it (test/golden/examples/), and what the language
 * layer finds in each article (test/golden/language/). `npm run golden:update` rewrites
 * them for review in git diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { processInput } from '../src/pipeline/run.js';
import { annotateLanguage } from '../src/language/index.js';
import { matchGolden } from '../src/test-support/golden.js';
import type { Article } from '../src/pipeline/record.js';

const newsDir = fileURLToPath(new URL('../examples/news/', import.meta.url));
const golden = fileURLToPath(new URL('./golden/', import.meta.url));

function read(file: string): Article[] {
  const outcome = processInput({ name: file, bytes: readFileSync(join(newsDir, file)) });
  assert.equal(outcome.error, null, outcome.error?.message);
  return outcome.articles;
}

/** The language layer's findings in a form a reviewer can read: the words, not only offsets. */
function languageView(a: Article) {
  const language = annotateLanguage(a);
  const at = (s: { start: number; end: number }) => a.text.slice(s.start, s.end);
  const entity = new Map(language.entities.map((e) => [e.key, e]));
  return {
    id: a.id,
    sentences: language.sentences.length,
    entities: language.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, ...(e.standsFor ? { standsFor: e.standsFor } : {}) })),
    mentions: language.mentions.map((m) => [at(m), m.kind, entity.get(m.entity)?.name ?? m.entity, m.start]),
    quotes: language.quotes.map((q) => ({ kind: q.kind, speaker: q.speaker.entity ? (entity.get(q.speaker.entity)?.name ?? q.speaker.name) : q.speaker.name, speakerKind: q.speaker.kind, cue: q.cue?.verb ?? null, content: at(q.content), start: q.start })),
    times: language.times.map((t) => [t.text, t.value, t.granularity, t.start]),
    quantities: language.quantities.map((q) => [q.text, q.value, q.unit, q.kind, q.qualifier ?? null, q.start]),
    messages: language.messages.map((m) => m.code),
  };
}

for (const file of readdirSync(newsDir).sort()) {
  test(`example golden: ${file}`, () => {
    const articles = read(file);
    const view = articles.map((a) => ({ ...a, paragraphs: a.paragraphs.map((p) => ({ ...p, text: a.text.slice(p.start, p.end) })), text: undefined }));
    matchGolden(join(golden, 'examples', `${file}.json`), view);
    matchGolden(join(golden, 'language', `${file}.json`), articles.map(languageView));
  });
}
