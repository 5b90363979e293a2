/**
 * Claims of one article: every sentence cut into clauses, each clause a claim with its
 * predicate, participants, numbers, times, polarity, hedges, reasons and who asserts it.
 *
 * Attribution comes from the quote layer. What a speaker said (a direct quote, or reported
 * speech whose content is a clause) is cut out of the sentence and becomes the speaker's
 * claims; the rest of the sentence, minus the "X said" frame, is the outlet's. When the
 * content is no clause ("described the call as productive", "announced the cancellation of
 * the summit") the whole clause is the speaker's, with the frame words left out of its
 * terms. Speech acts that are events in their own right ("warned Dravhydro about seepage",
 * "urged residents to leave") stay the outlet's claims.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Canonicalization } from '../language/entities/canonical.js';
import type { Mention, Quantity, Quote, TimeExpression } from '../language/types.js';
import type { Span } from '../pipeline/record.js';
import { findTimes } from '../language/times/index.js';
import { matchForm } from '../normalize/text.js';
import type { Attribution, Claim, ClaimCause } from './types.js';
import { splitClauses, type ClauseDraft } from './clauses.js';
import { causeConcepts, causesIn, hedgesIn, isIrrealis, numbersIn, overlaps, polarityOf, predicatesIn, propertiesIn, timesIn } from './features.js';
import { adjectiveOf, CAUSED, DENIAL_CUES, HEDGE_CUES, REPORTING_STATES, type PredicateHit } from './predicates.js';
import { firstAtOrAfter, hasVerb, isAuxiliary, isContent, isIngForm, isVerbish, wordsOf, type Word } from './words.js';
import { termsOf } from './terms.js';
import { recordsIn } from './records.js';
import { analysedLanguage } from '../language/index.js';
import { headlineFrame, hedgingSource, type HeadlineSource } from './headline.js';
import { statementTimes, type StatedTime } from './timeline.js';
import { append } from '../pipeline/arrays.js';

/** A claim with what alignment compares: its own terms and those of its sentence. */
export interface RichClaim extends Claim {
  terms: string[];
  context: string[];
  /** Index of the article in the story, for ordering. */
  order: number;
  /**
   * Who or where in the event's roles: "subj" (a person before the verb), or the
   * preposition ("chaired by", "held in"), with the places that contain a place.
   */
  roles: Record<string, string[]>;
  /** Terms of the clause without its stated reasons: the event a reason is given for. */
  effect: string[];
  /** Its dates say when its event happened, not when someone reported it ("put the toll at 14 on Thursday"). */
  eventTimed: boolean;
  /** Its speaker denies it ("the ministry denied that troops had crossed"): the claim is the denial. */
  denied: boolean;
  /** The word naming its main event: the main predicate, else its first full verb; with its lemma. */
  head: (Span & { lemma: string }) | null;
  /** When it was stated, when the claim names no date itself ("Varga said on Tuesday he had…"): for the timeline only. */
  stated?: StatedTime[];
}

/** Speech acts that are events themselves: the clause stays the outlet's. */
const EVENT_CUES = new Set(['warn', 'ask', 'urge', 'order', 'demand', 'accuse', 'promise', 'pledge', 'vow', 'threaten', 'call', 'request', 'instruct', 'advise', 'recommend', 'propose', 'charge', 'invite', 'beg', 'appeal', 'cite', 'continue']);
/** Verbs that report rather than tell: never a claim's event. */
const REPORTING = /^(said|says|say|told|added|reported|stated|according)$/u;
/** Words before "after" that make it a time: "hours after", "shortly after". */
export const TIME_LEAD = /^(hours?|days?|minutes?|weeks?|months?|years?|moments?|shortly|soon|just|immediately|right|only|long)$/u;
/** Reasons a subordinate clause gives for the clause it hangs on. */
const CAUSE_MARKERS = new Set(['after', 'because', 'citing', 'following']);

export interface ExtractOptions {
  /**
   * The date relative times ("on Tuesday", "today") count from, when it is not the
   * article's own: a copy's original's publication (a wire story republished a day later
   * still means the original's Tuesday), or for an undated article a date estimated from
   * the story (`estimated`).
   */
  anchor?: { date: string; estimated: boolean } | null | undefined;
  order?: number;
  /** Claims by sentence, shared across a story's articles: see `sentenceKey`. */
  cache?: Map<string, { start: number; claims: RichClaim[] }>;
  /** The places a place lies in (Lesk → Dravania), as canonical ids. */
  within?: (id: string) => string[];
  /** One-word names the story knows, for mentions this article's entity layer missed. */
  names?: (low: string) => string | null;
  /**
   * The text is a headline (see headline.ts): a fragment without a verb is still a claim,
   * a label ("EXCLUSIVE:") is none of it, and a source in a prefix or suffix ("Report: …",
   * "…, ISIS claims") asserts it.
   */
  headline?: boolean;
}

export function outletAttribution(a: AnnotatedArticle): Attribution {
  return { kind: 'outlet', name: a.article.source.name, entityId: null, speakerKind: 'outlet' };
}

function speakerAttribution(q: Quote, articleId: string, canonical: Canonicalization): Attribution {
  const s = q.speaker;
  const entityId = s.entity ? canonical.idOf(articleId, s.entity) ?? null : null;
  if (entityId) return { kind: 'speaker', name: s.name, entityId, speakerKind: s.kind };
  return { kind: 'unnamed', name: s.text || s.name || 'unknown', entityId: null, speakerKind: s.kind };
}

/** Quotes the layer found that are not speech: "called off his trip" read as "called". */
function isSpeech(q: Quote, text: string): boolean {
  if (q.cue && /^\s+(?:off|out|up|for)\b/iu.test(text.slice(q.cue.end, q.cue.end + 6))) return false;
  // "the 14 people confirmed dead": a participle, not a speech act.
  if (q.cue && /^\s+(?:dead|alive|missing|killed|injured|safe)\b/iu.test(text.slice(q.cue.end, q.cue.end + 10))) return false;
  if (/^\s*(?:off|out|up)\b/iu.test(text.slice(q.content.start, q.content.start + 5))) return false;
  return q.content.end > q.content.start;
}

interface Region extends Span {
  attribution: Attribution | null;
  quote: Quote | null;
  /** The speaker denies what the region says ("denied that …"): its claims are negated. */
  denial: boolean;
}

export function extractClaims(a: AnnotatedArticle, canonical: Canonicalization, options: ExtractOptions = {}): RichClaim[] {
  try {
    return extract(a, canonical, options);
  } catch {
    // Odd input must never stop a story's analysis; an article we cannot read has no claims.
    return [];
  }
}

function extract(a: AnnotatedArticle, canonical: Canonicalization, options: ExtractOptions): RichClaim[] {
  const { article, language } = a;
  const text = article.text;
  if (!text || !analysedLanguage(article.language)) return [];
  const reanchored = options.anchor && options.anchor.date !== article.published.value ? safeTimes(text, options.anchor.date) : null;
  const times: TimeExpression[] = reanchored ?? language.times;
  const estimated = reanchored !== null && options.anchor?.estimated === true;
  const mentions = [...language.mentions].sort((x, y) => x.start - y.start);
  const entityOf = (m: Mention): string | null => canonical.idOf(article.id, m.entity) ?? null;
  const entityAt = (s: Span & { low?: string }): string | null => {
    const m = mentionAt(mentions, s);
    return m ? entityOf(m) : null;
  };
  const quotes = language.quotes.filter((q) => isSpeech(q, text));
  const termContext = { text, mentions, entityOf, names: options.names ?? ((): string | null => null) };
  const outlet = outletAttribution(a);
  const claims: RichClaim[] = [];

  const anchor = options.anchor?.date ?? article.published.value ?? '';
  const headline = options.headline ? headlineFrame(text) : null;
  const headlineSource = headline?.source ? sourceAttribution(headline.source, mentions, entityOf) : null;
  const headlineHedges = headline ? [...(headline.question ? ['question'] : []), ...[hedgingSource(text, headline.source)].filter((x): x is string => x !== null)] : [];
  language.sentences.forEach((sentence, si) => {
    const para = article.paragraphs[sentence.paragraph];
    if (para?.kind === 'heading') return;
    const sentenceQuotes = quotes.filter((q) => overlaps(q.content, sentence)).map((q) => widenAccording(q, sentence, text));
    // Copies repeat sentences with the same annotations: their claims are the same, shifted.
    const key = options.cache ? sentenceKey(text, sentence, anchor, sentenceQuotes, mentions, times, language.quantities, entityOf, (q) => speakerAttribution(q, article.id, canonical).entityId) : '';
    const cached = headline ? undefined : options.cache?.get(key);
    if (cached) {
      for (const c of cached.claims) claims.push(shifted(c, sentence.start - cached.start, article.id, options.order ?? 0, outlet, si));
      return;
    }
    const first = claims.length;
    const words = wordsOf(text, sentence.start, sentence.end);
    const carved = chooseCarved(sentenceQuotes, text, sentence);
    const regions: Region[] = [];
    for (const q of carved) {
      for (const p of q.parts) {
        const s = Math.max(p.start, sentence.start);
        const e = Math.min(p.end, sentence.end);
        if (e <= s) continue;
        // "denied that troops had crossed": the speaker says the opposite of the words quoted.
        const denial = q.cue !== null && DENIAL_CUES.has(q.cue.lemma) && q.cue.end <= s && p === q.parts[0];
        regions.push({ start: denial ? Math.max(sentence.start, q.cue!.start) : s, end: e, attribution: speakerAttribution(q, article.id, canonical), quote: q, denial });
      }
    }
    // What is left of the sentence once the carved quotes' content, cue and speaker are out is the outlet's.
    const cuts: Span[] = [];
    for (const q of carved) {
      append(cuts, q.parts);
      if (q.cue) cuts.push(q.cue);
      if (q.speaker.span && q.speaker.resolution === 'explicit') cuts.push(q.speaker.span);
    }
    for (const piece of subtract(sentence, cuts)) regions.push({ ...piece, attribution: null, quote: null, denial: false });
    regions.sort((x, y) => x.start - y.start);
    const sentenceWords = words;
    const sentenceTerms = termsOf(termContext, sentenceWords, [], [], []);
    const figureContext = { words: sentenceWords, hits: predicatesIn(sentenceWords), quantities: language.quantities, text, entityAt };
    const recordContext = { text, sentence, mentions, entityOf };

    for (const region of regions.flatMap((r) => refuted(r, text))) {
      const rw = wordSlice(words, region);
      if (rw.length === 0) continue;
      const clauses = splitClauses(rw, text);
      const built: (RichClaim | null)[] = clauses.map((c) => buildClaim(c, rw, region));
      clauses.forEach((c, k) => {
        const child = built[k];
        if (!child || c.parent === null || !c.marker || !CAUSE_MARKERS.has(c.marker)) return;
        const parent = built[c.parent];
        if (!parent || (!CAUSED.has(parent.predicate ?? '') && c.marker !== 'because' && c.marker !== 'citing')) return;
        const span = { start: child.parts[0]!.start, end: child.parts[child.parts.length - 1]!.end };
        const marker = rw.find((w) => w.start >= span.start && w.low === c.marker);
        // "hours after his arrest", "shortly after the raid": when, not why.
        if (marker && rw.some((w) => w.start >= span.start && w.end <= marker.start && TIME_LEAD.test(w.low))) return;
        const markerEnd = marker?.end ?? span.start;
        const causeSpan = { start: markerEnd, end: span.end };
        const cause: ClaimCause = { start: causeSpan.start, end: causeSpan.end, text: text.slice(causeSpan.start, causeSpan.end).trim(), negated: false, concepts: causeConcepts(rw, causeSpan, entityAt) };
        if (cause.concepts.length > 0 && !parent.causes.some((x) => overlaps(x, cause))) parent.causes.push(cause);
      });
      for (const c of built) if (c) claims.push(c);
    }
    if (!headline) options.cache?.set(key, { start: sentence.start, claims: claims.slice(first) });

    function buildClaim(c: ClauseDraft, rw: readonly Word[], region: Region): RichClaim | null {
      const own: Word[] = [];
      for (let k = c.from; k < c.to; k++) if (!c.holes.some(([h0, h1]) => k >= h0 && k < h1)) own.push(rw[k]!);
      trimPunctuation(own);
      if (own.length === 0) return null;
      const parts = runs(own, rw);
      // Who asserts it: the carved speaker, or the speaker of a quote whose cue sits in this clause.
      let attribution = region.attribution;
      const frame: Span[] = [...(headline?.frame ?? [])];
      if (region.denial && region.quote?.cue) frame.push(region.quote.cue);
      let cueLemma: string | null = region.quote?.cue?.lemma ?? null;
      if (!attribution) {
        for (const q of sentenceQuotes) {
          if (!q.cue || !parts.some((p) => overlaps(p, q.cue!))) continue;
          // "warned Dravhydro about seepage" is the event itself; "said" and "according to" only
          // frame it. So is "denied an offer to plead guilty": a denial of no statement is a refusal.
          if (EVENT_CUES.has(q.cue.lemma) || (DENIAL_CUES.has(q.cue.lemma) && refusal(wordsOf(text, q.content.start, q.content.end)))) continue;
          if (q.speaker.span) frame.push(q.speaker.span);
          frame.push(q.cue);
          if (q.speaker.kind !== 'unknown') {
            attribution = speakerAttribution(q, article.id, canonical);
            cueLemma = q.cue.lemma;
          }
        }
      }
      if (!attribution && headlineSource) attribution = headlineSource;
      const content = own.filter((w) => !frame.some((f) => w.start >= f.start && w.end <= f.end));
      const contentWords = content.filter(isContent);
      const hits = predicatesIn(content);
      // "…, which he described as productive": a judgement with its judge is a claim without a verb of its own.
      const judged = attribution !== null && content.some((w) => adjectiveOf(w.low) !== null);
      const verbal = headline !== null || hasVerb(content) || c.kind === 'appositive' || (c.kind === 'participial' && isIngForm(content[0]?.low ?? '')) || (hits.length > 0 && attribution !== null) || judged;
      // "50 were injured": a figure counts as a word of content when it has one.
      const figureWords = content.some((w) => w.kind === 'number') ? 1 : 0;
      if (!verbal || contentWords.length + figureWords < 2) return null;
      const start = parts[0]!.start;
      const end = parts[parts.length - 1]!.end;
      const claimText = text.slice(start, end);
      // Words cut out of the clause (a relative clause between dashes) say nothing about it.
      const low = matchForm(parts.map((p) => text.slice(p.start, p.end)).join(' '));
      const main = mainPredicate(hits, content);
      const causes = causesIn(text, parts, content, CAUSED.has(main ?? ''), entityAt);
      // The "not" of "not because of the rain" denies the reason, not the clause.
      const written = polarityOf(content, low, causes.map((x) => (x.negated ? { start: x.start - 16, end: x.end } : x)), start);
      const polarity = region.denial ? (written === 'positive' ? 'negative' : 'positive') : written;
      const inheritWords = c.inherit ? rw.slice(c.inherit[0], c.inherit[1]) : [];
      const isEntityWord = (w: Word): boolean => mentionAt(mentions, w) !== null;
      const properties = propertiesIn(text, content, inheritWords, polarity === 'negative', isEntityWord);
      const hedges = hedgesIn(low);
      for (const h of headlineHedges) if (!hedges.includes(h)) hedges.push(h);
      if (cueLemma && HEDGE_CUES.has(cueLemma) && !hedges.includes(cueLemma)) hedges.push(cueLemma);
      const frameLow = region.quote ? matchForm(text.slice(region.quote.start, region.quote.end)) : '';
      if (/\breportedly\b/u.test(frameLow) && !hedges.includes('reportedly')) hedges.push('reportedly');
      const unframed = (s: Span): boolean => !frame.some((f) => overlaps(f, s));
      const claimTimes = timesIn(times, language.quantities, parts, text, sentenceWords, estimated, entityAt).filter(unframed);
      const saidOn = statementTimes(text, sentenceQuotes, region.quote, parts, claimTimes, times, estimated, c);
      const records = recordsIn(recordContext, parts).filter(unframed);
      const numbers = [...numbersIn(language.quantities, times, parts, content, figureContext).filter((n) => unframed(n) && !records.some((r) => overlaps(r, n))), ...records].sort((x, y) => x.start - y.start);
      const participants = new Set<string>();
      const roles: Record<string, string[]> = {};
      const mainHit = hits.find((h) => h.cls === main);
      const headWord = (mainHit ? content[mainHit.first] : undefined) ?? content.find((w, k) => isVerbish(w, content[k - 1]) && !isAuxiliary(w.low) && !REPORTING.test(w.low));
      const head = headWord ? { start: headWord.start, end: headWord.end, lemma: headWord.lemma } : null;
      // "Tim Orr told a news conference.": who spoke and where, with what was said elsewhere.
      if (!head && hits.length === 0 && !judged && content.some((w) => REPORTING.test(w.low))) return null;
      for (let k = firstAtOrAfter(mentions, start); k < mentions.length; k++) {
        const m = mentions[k]!;
        if (m.start >= end) break;
        if (parts.some((p) => m.start >= p.start && m.end <= p.end) && !frame.some((f) => overlaps(f, m))) {
          const id = entityOf(m);
          if (id) participants.add(id);
          const role = id && main && mainHit ? roleOf(m, content, mainHit) : null;
          // The subject is the name nearest the verb: "Velde Courthouse gunman Orvin Dale was sentenced".
          if (id && role && (id.startsWith('person:') || id.startsWith('place:')) && (role === 'subj' || !roles[`${main}|${role}`])) roles[`${main}|${role}`] = [id, ...(options.within?.(id) ?? [])];
        }
      }
      const inherited: string[] = [];
      for (const w of inheritWords) {
        const id = entityAt(w);
        if (id && !participants.has(id)) inherited.push(id);
        if (id) participants.add(id);
      }
      if (c.kind === 'relative' && inherited.length === 0) {
        // "…,” said Dusan Pekar, who lives on Mlynska Street": the antecedent was cut out with the frame.
        let near: Mention | null = null;
        for (let k = firstAtOrAfter(mentions, sentence.start); k < mentions.length; k++) {
          const m = mentions[k]!;
          if (m.end > start) break;
          if (start - m.end <= 40) near = m;
        }
        const id = near ? entityOf(near) : null;
        if (id && !participants.has(id)) {
          inherited.push(id);
          participants.add(id);
        }
      }
      // "Halas, who scrapped plans …": the relative clause is about Halas.
      const terms = [...termsOf(termContext, content, claimTimes, numbers, properties), ...new Set(inherited.map((id) => `e:${id}`))];
      for (const t of terms) if (t.startsWith('e:')) participants.add(t.slice(2));
      const ownSet = new Set(terms);
      const effect = causes.length === 0 ? terms : termsOf(termContext, content.filter((w) => !causes.some((x) => w.start >= x.start && w.end <= x.end)), claimTimes, numbers, properties);
      const context = sentenceTerms.filter((t) => !ownSet.has(t));
      for (const id of participants) if (!ownSet.has(`e:${id}`)) context.push(`e:${id}`);
      // Who says it is context too: two reports of what the Interior Ministry said.
      const speakerId = (attribution ?? outlet).entityId;
      if (speakerId && !ownSet.has(`e:${speakerId}`)) context.push(`e:${speakerId}`);
      return {
        id: `${article.id}:${start}-${end}`,
        articleId: article.id,
        start,
        end,
        text: claimText,
        parts,
        predicate: main,
        predicates: [...new Set(hits.map((h) => h.cls))],
        participants: [...participants].sort(),
        numbers,
        times: claimTimes,
        polarity,
        hedges,
        attribution: attribution ?? outlet,
        causes,
        properties,
        // "scrapped plans to attend" is no plan any more.
        irrealis: isIrrealis(low) && main !== 'cancel',
        sentence: si,
        terms,
        context: [...new Set(context)],
        order: options.order ?? 0,
        effect,
        roles,
        eventTimed: isEventTimed(hits, content, main) && !(isIrrealis(low) && main !== 'cancel'),
        denied: region.denial,
        head,
        ...(saidOn.length > 0 ? { stated: saidOn } : {}),
      };
    }
  });
  return claims;
}

/**
 * "Reports that troops had crossed the border were false": what the region calls untrue is
 * a claim of its own, denied. The words around it ("reports that", "were false") frame it.
 */
const REFUTED = /\b(?:reports?|claims?|allegations?|suggestions?|rumou?rs?|accounts?|stories)\s+that\s+(.+?)\s+(?:were|was|are|is|had been|have been)\s+(?:completely\s+|totally\s+|entirely\s+)?(?:false|untrue|baseless|unfounded|groundless|fabricated|wrong|incorrect|not true)\b/iu;

function refuted(region: Region, text: string): Region[] {
  if (region.denial) return [region];
  const m = REFUTED.exec(text.slice(region.start, region.end));
  if (!m) return [region];
  const start = region.start + m.index + m[0].indexOf(m[1]!);
  return [{ ...region, start, end: start + m[1]!.length, denial: true }];
}

/** A headline's source as an attribution: a named one through the entity it mentions. */
function sourceAttribution(source: HeadlineSource, mentions: readonly Mention[], entityOf: (m: Mention) => string | null): Attribution {
  const m = mentions.find((x) => x.start >= source.start && x.end <= source.end);
  const entityId = m ? entityOf(m) : null;
  if (entityId) return { kind: 'speaker', name: source.name, entityId, speakerKind: source.kind === 'unnamed-source' ? 'person' : source.kind };
  return { kind: 'unnamed', name: source.name, entityId: null, speakerKind: source.kind };
}

/** The role an entity has in the claim's main event: its subject, or the preposition that introduces it. */
function roleOf(m: Mention, words: readonly Word[], main: PredicateHit): string | null {
  // "chaired by Judge Maria Tolan": the title said with the name comes first.
  const from = m.role && m.role.start < m.start ? m.role.start : m.start;
  let at = words.findIndex((w) => w.start >= from);
  while (at > 0 && /^(judge|justice|dr|mr|mrs|ms|colonel|general|mayor|governor|president|minister|senator|the)$/u.test(words[at - 1]!.low)) at--;
  if (at < 0) return null;
  const mainWord = words[main.first];
  if (!mainWord || main.nominal) return null;
  const prev = words[at - 1];
  if (prev && /^(by|in|at|to|from|into|for)$/u.test(prev.low) && at > main.last && at - main.last <= 6) return prev.low;
  // The subject: named before the verb, with no preposition before it.
  if (m.end <= mainWord.start && main.first - at <= 6 && !words.slice(Math.max(0, at - 3), at).some((w) => /^(of|by|in|at|to|from|with|for|on|and)$/u.test(w.low))) return 'subj';
  return null;
}

/** Verbs that turn a noun into the event: "issued a warning", "held talks", "ordered an inquiry". */
const LIGHT_VERBS = /^(issu|give|gave|mak|made|hold|held|deliver|send|sent|launch|conduct|carr|stag|order|announc)/u;

function isEventTimed(hits: readonly PredicateHit[], words: readonly Word[], main: string | null): boolean {
  if (!main || REPORTING_STATES.has(main)) return false;
  const hit = hits.find((h) => h.cls === main);
  if (!hit) return false;
  if (!hit.nominal) return true;
  return words.slice(Math.max(0, hit.first - 4), hit.first).some((w) => LIGHT_VERBS.test(w.low));
}

/**
 * "X happened, according to Y": what Y says is the whole clause before the cue. The quote
 * layer sometimes stops short of it when another cue sits inside ("confirmed dead").
 */
function widenAccording(q: Quote, sentence: Span, text: string): Quote {
  if (!q.cue || q.cue.lemma !== 'according to' || q.cue.start < q.content.end || q.content.start <= sentence.start) return q;
  let end = q.cue.start;
  while (end > sentence.start && /[\s,]/u.test(text[end - 1]!)) end--;
  if (end <= sentence.start) return q;
  const content = { start: sentence.start, end };
  return { ...q, content, parts: [content] };
}

/**
 * Everything a sentence's claims depend on, with offsets relative to the sentence: its
 * words, the quotes, mentions, times and numbers in it, the date relative times resolve
 * against. Equal keys give equal claims, so copies are read once.
 */
function sentenceKey(
  text: string,
  sentence: Span,
  anchor: string,
  quotes: readonly Quote[],
  mentions: readonly Mention[],
  times: readonly TimeExpression[],
  quantities: readonly Quantity[],
  entityOf: (m: Mention) => string | null,
  speakerOf: (q: Quote) => string | null,
): string {
  const o = sentence.start;
  const rel = (s: Span | null | undefined): string => (s ? `${s.start - o}:${s.end - o}` : '-');
  const inside = (s: Span): boolean => s.start < sentence.end && s.end > sentence.start;
  const parts: string[] = [text.slice(sentence.start, sentence.end), anchor];
  for (const q of quotes) parts.push(`q${rel(q)}${rel(q.content)}${q.parts.map(rel).join()}${rel(q.cue)}${q.cue?.lemma}${q.kind}|${q.speaker.kind}|${q.speaker.name}|${q.speaker.text}|${rel(q.speaker.span)}|${q.speaker.resolution}|${speakerOf(q)}`);
  for (const m of mentions) if (inside(m) || (m.end <= o && o - m.end <= 40)) parts.push(`m${rel(m)}${m.kind}${entityOf(m)}${rel(m.role)}`);
  for (const t of times) if (inside(t)) parts.push(`t${rel(t)}${t.type}${t.value}${t.granularity}${t.mod}${t.anchor}${t.measure}${JSON.stringify(t.length)}`);
  for (const q of quantities) if (inside(q)) parts.push(`n${rel(q)}${q.kind}${q.value}${q.unit}${q.qualifier}${q.counted}${JSON.stringify(q.range)}`);
  return parts.join('\u0001');
}

function shift<T extends Span>(s: T, d: number): T {
  return { ...s, start: s.start + d, end: s.end + d };
}

/** A cached claim moved to another article's sentence. */
function shifted(c: RichClaim, d: number, articleId: string, order: number, outlet: Attribution, sentence: number): RichClaim {
  const start = c.start + d;
  const end = c.end + d;
  return {
    ...c,
    id: `${articleId}:${start}-${end}`,
    articleId,
    start,
    end,
    parts: c.parts.map((p) => shift(p, d)),
    head: c.head ? shift(c.head, d) : null,
    numbers: c.numbers.map((n) => shift(n, d)),
    times: c.times.map((t) => shift(t, d)),
    causes: c.causes.map((x) => shift(x, d)),
    properties: c.properties.map((p) => shift(p, d)),
    attribution: c.attribution.kind === 'outlet' ? outlet : c.attribution,
    order,
    sentence,
  };
}

/** Classes that only frame another event ("announced the cancellation", "plans to meet"). */
const TRANSPARENT = new Set(['announce', 'plan', 'promise', 'agree']);

/** Prepositions whose noun is background, not the clause's event ("Following the collapse of the talks, …"). */
const BACKGROUND = /^(after|following|amid|despite|before|over|about|since|during|of|from)$/u;

function mainPredicate(hits: readonly PredicateHit[], words: readonly Word[]): string | null {
  const substantive = hits.filter((h) => !TRANSPARENT.has(h.cls) && !(h.nominal && words.slice(Math.max(0, h.first - 3), h.first).some((w) => BACKGROUND.test(w.low))));
  // Only background events ("offline for 11 days before the breach"): the claim's own event is not in the lexicon.
  if (substantive.length === 0 && hits.some((h) => !TRANSPARENT.has(h.cls))) return null;
  // A finite verb before a gerund: "Flooding killed 14 people" is about the killing.
  const verbal = substantive.filter((h) => !h.nominal);
  const main = verbal.find((h) => !/ing$/u.test(words[h.first]?.low ?? '')) ?? verbal[0] ?? substantive[0] ?? hits[0];
  // "The breach was caused by rain": the claim is about the breach; the rain is its reason.
  if (main && (main.cls === 'cause' || main.cls === 'blame')) {
    const effect = substantive.find((h) => h !== main && h.cls !== 'cause' && h.cls !== 'blame' && h.first < main.first);
    if (effect) return effect.cls;
  }
  return main?.cls ?? null;
}

/**
 * Quotes whose content is the speaker's claim: direct quotes, and reported speech whose
 * content is a clause. Outermost first; one that overlaps a quote already taken is left.
 */
function chooseCarved(quotes: readonly Quote[], text: string, sentence: Span): Quote[] {
  const candidates = quotes.filter((q) => {
    if (q.kind === 'partial') return false;
    if (q.kind === 'direct') return true;
    if (!q.cue) return false;
    const cw = wordsOf(text, q.content.start, q.content.end);
    return hasVerb(cw) && (!EVENT_CUES.has(q.cue.lemma) || startsWithClause(cw));
  });
  candidates.sort((x, y) => y.content.end - y.content.start - (x.content.end - x.content.start) || x.start - y.start);
  const taken: Quote[] = [];
  for (const q of candidates) {
    if (taken.some((t) => overlaps(t.content, q.content))) continue;
    if (q.content.start < sentence.start - 2000) continue;
    taken.push(q);
  }
  return taken.sort((x, y) => x.start - y.start);
}

/**
 * Things one grants or refuses. To deny one ("denied an offer to plead guilty", "denied him
 * bail") is to refuse it; to deny anything else ("denied the reports", "denied any
 * involvement") is to say it is false.
 */
const GRANTED = /^(?:offers?|requests?|applications?|appeals?|bail|access|entry|permission|visas?|asylum|pleas?|bids?|proposals?|demands?|parole|clemency|pardons?|licen[cs]es?|permits?)$/u;

function refusal(content: readonly Word[]): boolean {
  return !hasVerb(content) && content.slice(0, 4).some((w) => GRANTED.test(w.low));
}

/** An event cue's content is a claim of the speaker only as a whole clause: "warned that losses could run…". */
function startsWithClause(cw: readonly Word[]): boolean {
  return cw.length > 2 && hasVerb(cw, 0, Math.min(cw.length, 6));
}

function subtract(span: Span, cuts: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const c of cuts) {
    const next: Span[] = [];
    for (const p of pieces) {
      if (!overlaps(p, c)) next.push(p);
      else {
        if (c.start > p.start) next.push({ start: p.start, end: c.start });
        if (c.end < p.end) next.push({ start: c.end, end: p.end });
      }
    }
    pieces = next;
  }
  return pieces.filter((p) => p.end > p.start);
}

export function wordSlice(words: readonly Word[], span: Span): Word[] {
  const lo = firstAtOrAfter(words, span.start);
  const out: Word[] = [];
  for (let i = lo; i < words.length && words[i]!.end <= span.end; i++) out.push(words[i]!);
  return out;
}

function mentionAt(mentions: readonly Mention[], s: Span & { low?: string }): Mention | null {
  // "Varga’s": the mention ends before the possessive.
  const end = s.low !== undefined && /['’]s$/u.test(s.low) ? s.end - 2 : s.end;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m && m.start <= s.start && m.end >= end ? m : null;
}

const DANGLING = /^(with|and|but|while|as|that|who|which|whereas|or|so|shortly|just|saying|adding)$/u;

/** Punctuation and connectives left at the edges when a clause or a quote was cut out. */
function trimPunctuation(ws: Word[]): void {
  for (;;) {
    const first = ws[0];
    const last = ws[ws.length - 1];
    if (first && first.kind !== 'word' && first.kind !== 'number') ws.shift();
    else if (last && ((last.kind !== 'word' && last.kind !== 'number' && !/^[.!?]$/u.test(last.low)) || DANGLING.test(last.low))) ws.pop();
    else break;
  }
}

/** Consecutive words (in the region's order) as character spans. */
function runs(own: readonly Word[], rw: readonly Word[]): Span[] {
  const out: Span[] = [];
  let prev = -2;
  let cursor = 0;
  for (const w of own) {
    // Both lists are in text order: walk the region's words alongside.
    while (cursor < rw.length && rw[cursor] !== w) cursor++;
    const i = cursor;
    const last = out[out.length - 1];
    if (last && i === prev + 1) last.end = w.end;
    else out.push({ start: w.start, end: w.end });
    prev = i;
  }
  return out;
}

function safeTimes(text: string, publication: string): TimeExpression[] | null {
  try {
    return findTimes(text, publication);
  } catch {
    return null;
  }
}

