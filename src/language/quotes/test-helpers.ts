/** Shared by the quote tests: run the finder on plain text, and read quotes back as text. */
import type { LocalEntity, Mention, Quote } from '../types.js';
import { splitSentences } from '../sentences/index.js';
import { blankLineParagraphs, findQuotesStrict } from './index.js';

export function quotesOf(text: string, mentions: Mention[] = [], entities: LocalEntity[] = []): Quote[] {
  return findQuotesStrict(text, splitSentences(text, blankLineParagraphs(text)), mentions, entities);
}

export interface ReadQuote {
  kind: Quote['kind'];
  content: string;
  cue: string | null;
  lemma: string | null;
  speaker: string;
  speakerKind: Quote['speaker']['kind'];
  resolution: Quote['speaker']['resolution'];
  said: string;
  role?: string;
  antecedent?: string;
  entity?: string;
  closed?: false;
}

/** A quote as a reader would check it: the texts its spans cover. */
export function read(text: string, q: Quote): ReadQuote {
  const out: ReadQuote = {
    kind: q.kind,
    content: q.parts.map((p) => text.slice(p.start, p.end)).join(' | '),
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    lemma: q.cue?.lemma ?? null,
    speaker: q.speaker.name,
    speakerKind: q.speaker.kind,
    resolution: q.speaker.resolution,
    said: q.speaker.text,
  };
  if (q.speaker.role) out.role = q.speaker.role.text;
  if (q.speaker.antecedent) out.antecedent = text.slice(q.speaker.antecedent.start, q.speaker.antecedent.end);
  if (q.speaker.entity) out.entity = q.speaker.entity;
  if (!q.closed) out.closed = false;
  return out;
}

export function readAll(text: string, mentions: Mention[] = [], entities: LocalEntity[] = []): ReadQuote[] {
  return quotesOf(text, mentions, entities).map((q) => read(text, q));
}
