/**
 * What a story is about, as far as telling its own event from the ones its reports recall:
 * the places, weekdays and events its articles' leads name (the first sentences say what
 * happened, where and when) and the days its reports were published.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Canonicalization } from '../language/entities/canonical.js';
import { dateRange } from './compare.js';
import type { StoryFrame } from './numeric.js';
import { outletKey } from './sources.js';
import type { RichClaim } from './extract.js';
import { firstLexicalVerb, wordsOf } from './words.js';

export const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gu;
/** Sentences of an article that make its lead. */
const LEAD = 3;
/** Days before the first report that an event it covers may lie in, and after the last. */
const BEFORE = 10;
const AFTER = 1;

export function storyFrame(articles: readonly AnnotatedArticle[], canonical: Canonicalization, within: (id: string) => string[], claims: readonly RichClaim[]): StoryFrame {
  const outlets = new Map<string, Set<string>>();
  for (const a of articles) {
    const lead = a.language.sentences[Math.min(LEAD, a.language.sentences.length) - 1];
    if (!lead) continue;
    const source = outletKey(a.article);
    for (const m of a.language.mentions) {
      if (m.start >= lead.end) break;
      const id = canonical.idOf(a.article.id, m.entity);
      if (!id?.startsWith('place:')) continue;
      const set = outlets.get(id) ?? new Set<string>();
      set.add(source);
      outlets.set(id, set);
    }
  }
  const sourceCount = new Set(articles.map((a) => outletKey(a.article))).size;
  // A place one lead names is the story's when it is the only report, else two leads must agree.
  const needed = sourceCount <= 1 ? 1 : 2;
  const leadPlaces = new Set<string>();
  for (const [id, set] of outlets) {
    if (set.size < needed) continue;
    leadPlaces.add(id);
    for (const c of within(id)) leadPlaces.add(c);
  }
  // Weekdays the leads' claims are dated to: a dateline ("Monday, 28 November") makes no claim.
  const weekdays = new Map<string, Set<string>>();
  const events = new Map<string, Set<string>>();
  const outletOf = new Map(articles.map((a) => [a.article.id, outletKey(a.article)]));
  const textOf = new Map(articles.map((a) => [a.article.id, a.article.text]));
  for (const c of claims) {
    if (c.sentence >= LEAD || !c.head) continue;
    // The verb of the clause too, when a noun names its event: "when the thieves rammed the store".
    const verb = firstLexicalVerb(wordsOf(textOf.get(c.articleId) ?? '', c.start, c.end));
    for (const e of new Set([c.head.lemma, ...c.predicates, ...(verb ? [verb.lemma] : [])])) {
      const set = events.get(e) ?? new Set<string>();
      set.add(outletOf.get(c.articleId) ?? c.articleId);
      events.set(e, set);
    }
    for (const t of c.times) {
      for (const m of t.text.toLowerCase().matchAll(WEEKDAY)) {
        const set = weekdays.get(m[0]) ?? new Set<string>();
        set.add(outletOf.get(c.articleId) ?? c.articleId);
        weekdays.set(m[0], set);
      }
    }
  }
  const leadWeekdays = new Set([...weekdays].filter(([, set]) => set.size >= needed).map(([day]) => day));
  const leadEvents = new Set([...events].filter(([, set]) => set.size >= needed).map(([e]) => e));
  const days = articles.map((a) => dateRange(a.article.published.value?.slice(0, 10) ?? null)).filter((d): d is NonNullable<typeof d> => d !== null);
  // A reduce, not Math.min(...days): a story may hold more articles than a call takes arguments.
  const period = days.length === 0 ? null : { low: days.reduce((m, d) => Math.min(m, d.low), Infinity) - BEFORE, high: days.reduce((m, d) => Math.max(m, d.high), -Infinity) + AFTER };
  return { leadPlaces, leadWeekdays, leadEvents, within, period };
}
