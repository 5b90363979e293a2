/**
 * Golden cases: three articles of the example corpus and one invented text, each as the
 * entity layer sees it. `npm run golden:update` rewrites the expectations for review.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenSuite } from '../../test-support/golden.js';
import { splitSentences } from '../sentences/index.js';
import { findEntities } from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

goldenSuite(fixtures, (c) => {
  const text = readFileSync(c.inputPath, 'utf8');
  const paragraphs: { kind: 'paragraph'; start: number; end: number }[] = [];
  let pos = 0;
  for (const part of text.split('\n\n')) {
    const body = part.replace(/\n+$/, '');
    if (body) paragraphs.push({ kind: 'paragraph', start: pos, end: pos + body.length });
    pos += part.length + 2;
  }
  const { mentions, entities } = findEntities(text, splitSentences(text, paragraphs));
  return {
    entities,
    mentions: mentions.map((m) => ({
      text: text.slice(m.start, m.end),
      start: m.start,
      kind: m.kind,
      entity: m.entity,
      ...(m.role ? { role: m.role.text } : {}),
    })),
  };
});
