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
  /**
   * For a seat of power such as "Moscow" or "the White House" that the article uses for a
   * government (its `metonym` mentions): the government it stands for ("Government of Russia").
   */
  standsFor?: string;
  /** For people: from an honorific, a gendered title, a given name or, failing those, pronouns. */
  gender?: Gender;
  /** For people, the country their title names ("Russian Foreign Minister"); for cities and seats, their country. */
  country?: string;
}

export type Gender = 'male' | 'female';

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

/** How a speaker was found: named at the quote, or resolved from a pronoun, a description, "who", or an earlier quote. */
export type SpeakerResolution = 'explicit' | 'pronoun' | 'description' | 'relative' | 'previous-quote' | 'none';

export interface Speaker {
  /** As the text names the speaker, or the canonical entity name when resolved. */
  name: string;
  /** Article-local entity key, when the speaker is an entity. */
  entity: string | null;
  kind: SpeakerKind;
  /** Where the text names the speaker for this quote (a pronoun resolves to its antecedent's entity). */
  span: Span | null;
  /** The words at `span` as written ("he", "A European diplomat familiar with the situation"); '' when there is none. */
  text: string;
  /** A title or role said with the speaker: "Russian Foreign Minister", "head of the State Emergency Service". */
  role?: Span & { text: string };
  resolution: SpeakerResolution;
  /** What a pronoun, description or "who" resolved to, or where a continued quote's speaker was named. */
  antecedent: Span | null;
}

export type QuoteKind = 'direct' | 'partial' | 'reported';

export interface Quote extends Span {
  kind: QuoteKind;
  /** What was said: inside the marks for direct and partial quotes, the clause for reported speech. */
  content: Span;
  /**
   * The content in pieces, in order: one piece, or one per paragraph for a quote continued
   * over paragraphs (the reopening marks left out), or both sides of "The talks, he said, failed".
   */
  parts: Span[];
  /** `verb` is the cue as written ("told", "according to"); `lemma` its base form ("tell"). */
  cue: (Span & { verb: string; lemma: string }) | null;
  speaker: Speaker;
  /** False when the closing mark never came and the quote was cut at the end of its paragraph. */
  closed: boolean;
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
  /** TIMEX3 mod: a bound or position said with the expression ("nearly", "at least", "early", "shortly after"). */
  mod?: TimexMod;
  /**
   * For durations: the length in days as an interval (max null = no upper bound), so that
   * lengths said in different units compare: "a 32-month war" is [974, 974], "now in its
   * fourth year" is [1095.75, 1461]. Years count 365.25 days, months 30.4375.
   */
  length?: { min: number; max: number | null };
  /** What a duration measures, when the text says: an age ("a 67-year-old") or how far into something it is ("its fourth year"). */
  measure?: 'age' | 'ordinal';
}

export type TimexMod =
  | 'APPROX'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'START'
  | 'MID'
  | 'END'
  | 'BEFORE'
  | 'AFTER';

export type QuantityKind = 'cardinal' | 'ordinal' | 'money' | 'percent' | 'count';

export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  value: number;
  /** What is counted or measured ("troops", "hour", "USD"); null for a bare number. */
  unit: string | null;
  /** Approximation or bound said with it: "about", "more than", "at least", "up to". */
  qualifier?: 'approximate' | 'at-least' | 'more-than' | 'at-most' | 'less-than';
  /**
   * Inclusive bounds for a range ("between 40 and 60", "40-60") or a vague amount
   * ("hundreds" is 200 to 999); `value` is then the low bound.
   */
  range?: { low: number; high: number };
  /** What is counted or measured when it says more than `unit`: "Russian troops", "rain" (of "190 mm of rain"). */
  counted?: string;
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
