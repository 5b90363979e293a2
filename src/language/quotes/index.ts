import type { Paragraph, Span } from '../../pipeline/record.js';
import type { LocalEntity, Mention, Quote, QuoteKind, Sentence, Speaker, Token } from '../types.js';
import { splitSentences } from '../sentences/index.js';
import { findMarked } from './marks.js';
import { referentsFromMentions, referentsFromText, Resolver, whoOfInfo, type Who } from './pronouns.js';
import { analyzeUnit, onlyQuotes, type Found, type Range } from './reported.js';
import type { SpeakerInfo } from './speakers.js';
import { buildUnits, paragraphSpans, quotesIn, type Tok, type Unit } from './units.js';

/**
 * Quotes and attributions of one article: direct quotes between marks, partial quotes
 * inside a sentence, and reported speech, each with its cue and speaker.
 *
 * The speaker is first found as a phrase from the syntax around the cue alone; only the
 * last step links it to an entity, through the mention that overlaps it or, for "he",
 * "who" and "the Ukrainian leader", through the person it resolves to. A
 * failure surfaces as a warning on the article (see src/language/index.ts).
 */
export function findQuotes(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], entities: readonly LocalEntity[], tokens?: readonly Token[]): Quote[] {
  return find(text, sentences, [...mentions].sort((a, b) => a.start - b.start), entities, tokens);
}

/**
 * The same function under the name the tests use. It does not catch: the language stage
 * turns a failure into a warning on the article, which a silent empty result would hide.
 */
export const findQuotesStrict = findQuotes;

interface Assigned {
  found: Found;
  unit: Unit;
  /** The quote's token in that unit. */
  tok: number;
  whole: boolean;
  /** Size of the content range holding the quote: the smallest wins for a partial quote. */
  size: number;
}

/** An attribution being built, in reading order. */
interface Candidate {
  pos: number;
  paragraph: number;
  kind: QuoteKind;
  content: Span;
  parts: Span[];
  marks: Span | null;
  closed: boolean;
  quote: number;
  found: Found | null;
  unit: Unit | null;
  speaker: Speaker | null;
  cue: (Span & { verb: string; lemma: string }) | null;
  /** Speaker and cue sit beside the content, so the quote's span covers them. */
  local: boolean;
}

const NO_SPEAKER: Speaker = { name: '', entity: null, kind: 'unknown', span: null, text: '', resolution: 'none', antecedent: null };

function find(text: string, given: readonly Sentence[], mentions: readonly Mention[], entities: readonly LocalEntity[], tokens?: readonly Token[]): Quote[] {
  if (text.length === 0) return [];
  let sentences = given.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).sort((a, b) => a.start - b.start);
  if (sentences.length === 0) sentences = splitSentences(text, blankLineParagraphs(text));
  // Paragraph numbers become positions in reading order, so "the paragraph before" is p - 1.
  const { spans: paragraphs, index } = paragraphSpans(sentences);
  const position = new Map(index.map((original, i) => [original, i]));
  sentences = sentences.map((s) => ({ ...s, paragraph: position.get(s.paragraph) ?? 0 }));
  const marked = findMarked(text, paragraphs);
  const units = buildUnits(text, sentences, marked, tokens);
  const referents = mentions.length > 0 ? referentsFromMentions(mentions, entities, sentences) : referentsFromText(text, units, sentences);
  const resolver = new Resolver(referents, (pos) => sentenceIndex(sentences, pos));
  const entityNames = new Map(entities.map((e) => [e.key, e]));

  const candidates: Candidate[] = [];
  const assigned = new Map<number, Assigned>();
  const colonAtEnd = new Map<number, { found: Found; unit: Unit }>();
  const firstToken = new Map<number, Tok>();
  const foundsOf = new Map<Found, Found[]>();

  for (const unit of units) {
    if (!firstToken.has(unit.paragraph) && unit.toks.length > 0) firstToken.set(unit.paragraph, unit.toks[0]!);
    const founds = analyzeUnit(text, unit);
    for (const f of founds) foundsOf.set(f, founds);
    for (const f of founds) {
      const reported: Range[] = [];
      for (const r of f.parts) {
        if (onlyQuotes(unit.toks, r)) {
          for (const x of quotesIn(unit, r.s, r.e)) {
            const q = unit.toks[x]!.quote;
            const before = assigned.get(q);
            // The attribution right after a quote ("…,” he added) outranks one that ran on into it.
            if (!before || !before.whole || f.mode === 'inverted') assigned.set(q, { found: f, unit, tok: x, whole: true, size: 0 });
          }
        } else reported.push(r);
      }
      for (const r of reported) {
        for (const x of quotesIn(unit, r.s, r.e)) {
          const q = unit.toks[x]!.quote;
          const before = assigned.get(q);
          const size = r.e - r.s;
          if (!before || (!before.whole && size < before.size)) assigned.set(q, { found: f, unit, tok: x, whole: false, size });
        }
      }
      if (reported.length > 0) {
        const parts = reported.map((r) => ({ start: unit.toks[r.s]!.start, end: unit.toks[r.e]!.end }));
        candidates.push({
          pos: Math.min(parts[0]!.start, f.cue.start), paragraph: unit.paragraph, kind: 'reported',
          content: { start: parts[0]!.start, end: parts[parts.length - 1]!.end }, parts, marks: null, closed: true,
          quote: -1, found: f, unit, speaker: null, cue: f.cue, local: true,
        });
      }
      if (f.mode === 'colon') colonAtEnd.set(unit.paragraph, { found: f, unit });
    }
  }

  marked.forEach((m, q) => {
    const a = assigned.get(q);
    candidates.push({
      pos: m.start, paragraph: paragraphOf(sentences, m.start), kind: a ? quoteKind(a) : 'direct', content: m.content,
      parts: m.parts, marks: { start: m.start, end: m.end }, closed: m.closed, quote: q, found: a?.found ?? null,
      unit: a?.unit ?? null, speaker: null, cue: a?.found.cue ?? null, local: a !== undefined,
    });
  });
  candidates.sort((a, b) => a.pos - b.pos || (a.marks ? -1 : 1));

  const resolved = new Map<Found, Speaker>();
  const speakerOf = (f: Found, unit: Unit): Speaker => {
    const known = resolved.get(f);
    if (known) return known;
    let speaker = NO_SPEAKER;
    if (f.inherits !== null) {
      const parent = foundsOf.get(f)?.[f.inherits];
      if (parent) speaker = speakerOf(parent, unit);
    } else if (f.speaker) {
      speaker = resolveSpeaker(f.speaker, unit.paragraph, resolver, mentions, entityNames);
      if (speaker.kind !== 'unknown' || speaker.span) {
        resolver.remember({ pos: f.speaker.span.start, sentence: sentenceIndex(sentences, f.speaker.span.start), paragraph: unit.paragraph, who: whoOfSpeaker(speaker, f.speaker) });
      }
    }
    resolved.set(f, speaker);
    return speaker;
  };

  let lastQuoted: Candidate | null = null;
  let lastAttributed: Candidate | null = null;
  for (const c of candidates) {
    if (c.found && c.unit) c.speaker = speakerOf(c.found, c.unit);
    else if (c.marks) inherit(c);
    if (c.marks && c.speaker && c.speaker.resolution !== 'none') lastQuoted = c;
    if (c.speaker && c.speaker.resolution !== 'none') lastAttributed = c;
  }

  /** A quote with no cue of its own: after "X told reporters:", or in a run of quotes by one speaker. */
  function inherit(c: Candidate): void {
    const m = marked[c.quote]!;
    const opensParagraph = firstToken.get(c.paragraph)?.kind === 'quote' && firstToken.get(c.paragraph)?.quote === c.quote;
    const colon = opensParagraph ? colonAtEnd.get(c.paragraph - 1) : undefined;
    if (colon) {
      c.speaker = speakerOf(colon.found, colon.unit);
      c.cue = colon.found.cue;
      return;
    }
    const source =
      lastQuoted && lastQuoted.paragraph === c.paragraph && lastQuoted.pos < m.start
        ? lastQuoted
        : opensParagraph && lastAttributed && lastAttributed.paragraph === c.paragraph - 1
          ? lastAttributed
          : null;
    if (!source?.speaker) return;
    const s = source.speaker;
    c.speaker = { ...s, resolution: 'previous-quote', antecedent: s.antecedent ?? s.span };
    c.cue = source.cue;
  }

  const quotes: Quote[] = [];
  for (const c of candidates) {
    const speaker = c.speaker ?? NO_SPEAKER;
    if (c.marks && speaker.resolution === 'none' && !keepUnattributed(text, c)) continue;
    // A mark around a letter or two is an elision ('n', ’em), never a quote.
    if (c.marks && countLetters(text, c.content, 2) < 2) continue;
    let start = c.marks ? c.marks.start : c.content.start;
    let end = c.marks ? c.marks.end : c.content.end;
    if (c.local) {
      if (c.cue) {
        start = Math.min(start, c.cue.start);
        end = Math.max(end, c.cue.end);
      }
      if (speaker.span && c.unit && speaker.span.start >= c.unit.start && speaker.span.end <= c.unit.end) {
        start = Math.min(start, speaker.span.start);
        end = Math.max(end, speaker.span.end);
      }
    }
    // A bare colon introduced the quote ("Carl Bialik: “…”"): there is no cue word to report.
    const cue = c.cue && c.cue.lemma !== ':' ? c.cue : null;
    quotes.push({ start, end, kind: c.kind, content: c.content, parts: c.parts, cue, speaker, closed: c.closed });
  }
  return quotes.sort((a, b) => a.start - b.start || a.content.start - b.content.start);
}

/** A quote whose attribution has other words around it is partial: "described the call as “productive”". */
function quoteKind(a: Assigned): QuoteKind {
  if (!a.whole) return 'partial';
  const prev = a.unit.toks[a.tok - 1];
  return prev && (prev.kind === 'word' || prev.kind === 'number') ? 'partial' : 'direct';
}

/**
 * Marks with no speaker anywhere near are kept only when they read like speech: a few
 * words at least. Short ones are titles, nicknames and scare quotes ("so-called “peace plan”").
 */
function keepUnattributed(text: string, c: Candidate): boolean {
  if (c.marks === null) return true;
  const words = countWords(text, c.content, 6);
  return words >= 5 || (words >= 3 && c.kind === 'direct' && /[.!?…]$/u.test(text.slice(c.content.start, c.content.end)));
}

function countLetters(text: string, span: Span, cap: number): number {
  let n = 0;
  for (let i = span.start; i < span.end && n < cap; i++) if (/\p{L}|\p{N}/u.test(text[i]!)) n++;
  return n;
}

function countWords(text: string, span: Span, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end && n < cap; i++) {
    const w = /[\p{L}\p{N}]/u.test(text[i]!);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function resolveSpeaker(info: SpeakerInfo, paragraph: number, resolver: Resolver, mentions: readonly Mention[], entities: Map<string, LocalEntity>): Speaker {
  const base = { span: info.span, text: info.text, ...(info.role ? { role: info.role } : {}) };
  const mention = mentionAt(mentions, info.nameSpan ?? info.headSpan);
  const linked = (who: Who, resolution: Speaker['resolution'], antecedent: Span | null): Speaker => ({
    ...base, name: who.name, entity: who.entity, kind: who.kind === 'unknown' ? info.kind : who.kind, resolution, antecedent,
  });
  if (info.needs === 'none') {
    if (mention && mention.kind !== 'pronoun' && (info.name || mention.kind === 'nominal')) {
      const entity = entities.get(mention.entity);
      if (entity) return { ...base, name: entity.name, entity: entity.key, kind: kindOfEntity(entity), resolution: 'explicit', antecedent: null };
    }
    if (info.name && info.nameSpan && info.kind === 'person') {
      const who = resolver.at(info.nameSpan);
      if (who && who.kind === 'person') return linked(who, 'explicit', null);
    }
    return { ...base, name: info.name ?? info.text, entity: null, kind: info.kind, resolution: 'explicit', antecedent: null };
  }
  if (info.needs === 'relative') {
    if (info.antecedent) {
      const inner = resolveSpeaker(info.antecedent, paragraph, resolver, mentions, entities);
      return { ...inner, ...base, ...(inner.role ? { role: inner.role } : {}), resolution: 'relative', antecedent: info.antecedent.span };
    }
    return { ...base, name: info.text, entity: null, kind: 'unknown', resolution: 'relative', antecedent: null };
  }
  if (info.needs === 'description' && mention && mention.kind !== 'pronoun') {
    const entity = entities.get(mention.entity);
    if (entity) return { ...base, name: entity.name, entity: entity.key, kind: kindOfEntity(entity), resolution: 'description', antecedent: null };
  }
  const who = info.needs === 'pronoun' ? resolver.pronoun(info, info.span.start, paragraph) : resolver.description(info, info.span.start, paragraph);
  if (who) return linked(who, info.needs, who.span);
  // Unresolved: a pronoun mention the entity layer linked is still better than nothing.
  if (mention && mention.kind === 'pronoun') {
    const entity = entities.get(mention.entity);
    if (entity) return { ...base, name: entity.name, entity: entity.key, kind: kindOfEntity(entity), resolution: info.needs, antecedent: null };
  }
  const kind = info.needs === 'pronoun' ? (info.pronoun === 'they' ? 'unnamed-group' : 'unknown') : info.kind;
  return { ...base, name: info.text, entity: null, kind, resolution: info.needs, antecedent: null };
}

function kindOfEntity(entity: LocalEntity): Speaker['kind'] {
  return entity.type;
}

function whoOfSpeaker(speaker: Speaker, info: SpeakerInfo): Who {
  const who = whoOfInfo(info);
  return { ...who, name: speaker.name, entity: speaker.entity, kind: speaker.kind, gender: info.gender ?? who.gender, span: speaker.antecedent && speaker.resolution !== 'explicit' ? speaker.antecedent : speaker.span ?? who.span };
}

/** The mention overlapping a span most, names before descriptions before pronouns. */
function mentionAt(mentions: readonly Mention[], span: Span): Mention | null {
  let best: Mention | null = null;
  let score = 0;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 8); i < mentions.length && i < lo + 16; i++) {
    const m = mentions[i]!;
    const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (overlap <= 0) continue;
    const s = overlap + (m.kind === 'name' ? 2000 : m.kind === 'short-name' ? 1000 : m.kind === 'pronoun' ? 0 : 500);
    if (s > score) {
      best = m;
      score = s;
    }
  }
  return best;
}

function sentenceIndex(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function paragraphOf(sentences: readonly Sentence[], pos: number): number {
  const s = sentences[Math.min(sentenceIndex(sentences, pos), sentences.length - 1)];
  return s ? s.paragraph : 0;
}

/** Paragraphs as blank-line-separated blocks, for callers that pass no sentences. */
export function blankLineParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ kind: 'paragraph', start: s, end: e });
  };
  while ((m = re.exec(text)) !== null) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

