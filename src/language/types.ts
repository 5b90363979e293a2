/**
 * What the language layer adds to an article. Every annotation carries `start`/`end`
 * offsets into `Article.text` (half-open), so any of them can be shown in place.
 */
import type { Message, Span } from '../pipeline/record.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
}

export interface Sentence extends Span {
  /** Index into `Article.paragraphs`. */
  paragraph: number;
}

export type EntityType = 'person' | 'organization' | 'place';

/**
 * How a mention names its entity: by full or short name, by a description ("the
 * minister"), by pronoun, by a demonym ("Russian" → Russia), or by a place standing
 * for a government ("Moscow", "the Kremlin").
 */
export type MentionKind = 'name' | 'short-name' | 'nominal' | 'pronoun' | 'demonym' | 'metonym';

export interface Mention extends Span {
  /** The article-local entity this mention refers to (`LocalEntity.key`). */
  entity: string;
  kind: MentionKind;
  /** A title or role said alongside the name ("Russian Foreign Minister"), with its own span. */
  role?: Span & { text: string };
}

/** One referent within one article. Cross-article identity comes later, in `canonical`. */
export interface LocalEntity {
  key: string;
  type: EntityType;
  /** The fullest name the article gives. */
  name: string;
  /** Every other way the article names it. */
  aliases: string[];
  roles: string[];
  /** For a metonym such as "Moscow" or "the White House": the government it stands for. */
  standsFor?: string;
}

/** Who said something. A named entity, or a typed unnamed source. */
export type SpeakerKind =
  | 'person'
  | 'organization'
  | 'place'
  | 'unnamed-official'
  | 'unnamed-source'
  | 'unnamed-expert'
  | 'unnamed-group'
  | 'document'
  | 'unknown';

export interface Speaker {
  /** As the text names the speaker, or the canonical entity name when resolved. */
  name: string;
  /** Article-local entity key, when the speaker is an entity. */
  entity: string | null;
  kind: SpeakerKind;
  /** Where the text names the speaker for this quote (a pronoun resolves to its antecedent's entity). */
  span: Span | null;
}

export type QuoteKind = 'direct' | 'partial' | 'reported';

export interface Quote extends Span {
  kind: QuoteKind;
  /** What was said: inside the marks for direct and partial quotes, the clause for reported speech. */
  content: Span;
  cue: (Span & { verb: string }) | null;
  speaker: Speaker;
}

export type TimeType = 'date' | 'time' | 'duration' | 'set';
export type Granularity = 'instant' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century' | 'span' | 'duration';

export interface TimeExpression extends Span {
  text: string;
  type: TimeType;
  /** TIMEX3-style value: 2025-10-21, 2025-W43, 2025-10, P3Y, PRESENT_REF…; null when unresolved. */
  value: string | null;
  granularity: Granularity;
  /** For spans ("within two weeks", "this winter"): the resolved interval, ISO dates inclusive. */
  range?: { start: string; end: string };
  /** How the value was found: from the text alone, or relative to the publication time. */
  anchor: 'absolute' | 'publication' | 'unresolved';
}

export type QuantityKind = 'cardinal' | 'ordinal' | 'money' | 'percent' | 'count';

export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  value: number;
  /** What is counted or measured ("troops", "hour", "USD"); null for a bare number. */
  unit: string | null;
  /** Approximation or bound said with it: "about", "more than", "at least", "up to". */
  qualifier?: 'approximate' | 'at-least' | 'more-than' | 'at-most' | 'less-than';
}

export interface LanguageAnnotations {
  sentences: Sentence[];
  mentions: Mention[];
  entities: LocalEntity[];
  quotes: Quote[];
  times: TimeExpression[];
  quantities: Quantity[];
  messages: Message[];
}
