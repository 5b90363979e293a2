/**
 * Which words name events, in invented sentences: verbs, action nouns and words whose
 * meaning is a happening, but not reporting verbs, names, adjectives or things.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventMentions } from './event-mentions.js';
import { invent } from './testing.js';
import { annotateLanguage } from '../language/index.js';

function eventWords(text: string): string[] {
  const article = invent({ outlet: 'Kresl Post', text });
  return eventMentions({ article, language: annotateLanguage(article) }).map((m) => article.text.slice(m.start, m.end).toLowerCase());
}

const CASES: { text: string; events: string[]; not: string[] }[] = [
  { text: 'A powerful quake struck the island of Varga on Tuesday, police said.', events: ['quake', 'struck'], not: ['said', 'powerful', 'island', 'varga', 'police'] },
  { text: 'The evacuation of Lind began after the dam collapsed.', events: ['evacuation', 'began', 'collapsed'], not: ['lind', 'dam'] },
  { text: 'Officials will meet the ministers to discuss the diplomatic row.', events: ['meet', 'discuss'], not: ['diplomatic', 'officials', 'ministers'] },
  { text: 'Orvin Dale was arrested for the first time in a robbery in Velde.', events: ['arrested', 'robbery'], not: ['orvin', 'dale', 'first', 'velde'] },
  { text: 'A blaze gutted the depot, and the government ordered an inquiry.', events: ['blaze', 'gutted', 'ordered'], not: ['government', 'depot'] },
];

for (const c of CASES) {
  test(`event words: ${c.text}`, () => {
    const found = eventWords(c.text);
    for (const w of c.events) assert.ok(found.includes(w), `"${w}" is an event word (found: ${found.join(', ')})`);
    for (const w of c.not) assert.ok(!found.includes(w), `"${w}" is no event word (found: ${found.join(', ')})`);
  });
}
