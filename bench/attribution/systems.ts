/**
 * The two systems measured: our quote finder (given the entity layer's mentions), and a
 * baseline of the kind a script would use (every span in double quotes, spoken by the
 * capitalised name nearest a "said").
 */
import type { Paragraph, Span } from '../../src/pipeline/record.js';
import type { LocalEntity, Mention, Quote, Sentence } from '../../src/language/types.js';
import { findQuotes, blankLineParagraphs } from '../../src/language/quotes/index.js';
import { splitSentences } from '../../src/language/sentences/index.js';
import { findEntities } from '../../src/language/entities/index.js';
import type { Prediction } from './metric.js';

export type FindEntities = (text: string, sentences: Sentence[]) => { mentions: Mention[]; entities: LocalEntity[] };

/** The entity layer, whose mentions link speakers to article-local entities. */
export const entityLayer: FindEntities = (text, sentences) => findEntities(text, sentences);

export interface Prepared {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: LocalEntity[];
}

/** Paragraphs are the blank-line-separated blocks of a PolNeAR text (the title is the first). */
export function prepare(text: string, entitiesOf: FindEntities | null): Prepared {
  const paragraphs = blankLineParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  let mentions: Mention[] = [];
  let entities: LocalEntity[] = [];
  if (entitiesOf) {
    try {
      // A failure of the entity layer leaves the quote finder to run alone, as it can.
      ({ mentions, entities } = entitiesOf(text, sentences));
    } catch {
      mentions = [];
      entities = [];
    }
  }
  return { text, paragraphs, sentences, mentions, entities };
}

export function quotePrediction(q: Quote): Prediction {
  const speaker: Span[] = [];
  if (q.speaker.resolution !== 'none') {
    if (q.speaker.span) speaker.push(q.speaker.span);
    if (q.speaker.antecedent) speaker.push(q.speaker.antecedent);
  }
  return { content: q.parts.length > 0 ? q.parts : [q.content], speaker };
}

export function ours(p: Prepared): Prediction[] {
  return findQuotes(p.text, p.sentences, p.mentions, p.entities).map(quotePrediction);
}

const QUOTED = /[“"]([^”"\n]+)[”"]/gu;
const NAME = String.raw`((?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}.'’-]*)`;
const NAME_SAID = new RegExp(`${NAME}\\s+(?:said|says)\\b`, 'gu');
const SAID_NAME = new RegExp(`\\b(?:said|says)\\s+${NAME}`, 'gu');

/**
 * The peer: every double-quoted stretch of a paragraph is a quote, and its speaker is the
 * capitalised name next to the "said" nearest to it in the same paragraph.
 */
export function baseline(p: Prepared): Prediction[] {
  const out: Prediction[] = [];
  for (const para of p.paragraphs) {
    const body = p.text.slice(para.start, para.end);
    const names: Span[] = [];
    for (const re of [NAME_SAID, SAID_NAME]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(body)) !== null) {
        const name = m[1]!;
        const at = para.start + m.index + m[0].indexOf(name);
        names.push({ start: at, end: at + name.length });
      }
    }
    QUOTED.lastIndex = 0;
    let q: RegExpExecArray | null;
    while ((q = QUOTED.exec(body)) !== null) {
      const start = para.start + q.index + 1;
      const end = start + q[1]!.length;
      let best: Span | null = null;
      let distance = Number.POSITIVE_INFINITY;
      for (const n of names) {
        const d = n.start >= end ? n.start - end : n.end <= start ? start - n.end : 0;
        if (d < distance) {
          best = n;
          distance = d;
        }
      }
      out.push({ content: [{ start, end }], speaker: best ? [best] : [] });
    }
  }
  return out;
}
