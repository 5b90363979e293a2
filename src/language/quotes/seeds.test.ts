/**
 * The five real reports in ../shared/seeds (read, never copied): who said the quotes the
 * issue names. Only these short phrases locate the quotes; everything asserted is derived.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processInput } from '../../pipeline/run.js';
import { splitSentences } from '../sentences/index.js';
import { findEntities } from '../entities/index.js';
import type { Quote, SpeakerKind } from '../types.js';
import { findQuotesStrict } from './index.js';

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'seeds');

interface SeedQuote {
  file: string;
  text: string;
  quote: Quote;
  entityName: string | null;
}

function seedQuotes(): SeedQuote[] {
  const out: SeedQuote[] = [];
  for (const file of readdirSync(seedsDir).sort()) {
    const { articles } = processInput({ name: file, bytes: readFileSync(join(seedsDir, file)) });
    for (const a of articles) {
      const sentences = splitSentences(a.text, a.paragraphs);
      const { mentions, entities } = findEntities(a.text, sentences);
      const names = new Map(entities.map((e) => [e.key, e.name]));
      for (const quote of findQuotesStrict(a.text, sentences, mentions, entities)) {
        out.push({ file, text: a.text, quote, entityName: quote.speaker.entity ? names.get(quote.speaker.entity) ?? null : null });
      }
    }
  }
  return out;
}

const plain = (s: string): string => s.replace(/[’‘]/gu, "'").toLowerCase();

const expectations: { phrase: string; speaker: RegExp | null; kinds: SpeakerKind[] }[] = [
  { phrase: "I don't want a wasted meeting", speaker: /Trump/u, kinds: ['person'] },
  { phrase: "Russia's position remains unchanged", speaker: /Lavrov/u, kinds: ['person'] },
  { phrase: 'Ukraine will not surrender the territory it still controls', speaker: /Zelensky/u, kinds: ['person'] },
  { phrase: 'tone became tense', speaker: null, kinds: ['unnamed-official', 'unnamed-source', 'unnamed-expert', 'unnamed-group'] },
];

test('seed quotes are given to the right speakers', { skip: !existsSync(seedsDir) && 'shared seeds not present' }, () => {
  const all = seedQuotes();
  for (const { phrase, speaker, kinds } of expectations) {
    const hits = all.filter((s) => s.quote.kind !== 'reported' && plain(s.text.slice(s.quote.content.start, s.quote.content.end)).includes(plain(phrase)));
    assert.ok(hits.length > 0, `no seed quote contains "${phrase}"`);
    for (const h of hits) {
      const where = `${h.file}: "${phrase}" → ${JSON.stringify(h.quote.speaker)}`;
      assert.ok(kinds.includes(h.quote.speaker.kind), where);
      assert.equal(h.quote.kind, 'direct', where);
      assert.notEqual(h.quote.cue, null, where);
      if (speaker) {
        assert.match(h.quote.speaker.name, speaker, where);
        assert.ok(h.entityName !== null && speaker.test(h.entityName), `linked to its entity: ${where}`);
      }
    }
  }
});

test('seed quotes: spans are valid and every quote with marks keeps its content inside them', { skip: !existsSync(seedsDir) && 'shared seeds not present' }, () => {
  const all = seedQuotes();
  assert.ok(all.length >= 50, `${all.length} attributions in five reports`);
  for (const { text, quote } of all) {
    assert.ok(0 <= quote.start && quote.start <= quote.content.start && quote.content.end <= quote.end && quote.end <= text.length);
  }
  // The WordPress post and the plain-text copy of the same report read the same.
  const of = (prefix: string): string[] => all.filter((s) => s.file.startsWith(prefix)).map((s) => `${s.quote.kind} ${s.quote.speaker.kind} ${s.text.slice(s.quote.content.start, s.quote.content.end)}`);
  assert.deepEqual(of('000_'), of('001_'));
});
