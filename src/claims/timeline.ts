/**
 * The story's timeline: each fact placed on the dates its claims resolve to, at the
 * granularity the text gives (a day, a week, a month, a year, a time of day), with the
 * articles that date it. An article without a publication date has its relative times
 * ("on Tuesday") resolved against a date estimated from the story's dated articles; what
 * only such times place is marked `estimated`.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Grouped } from './support.js';
import type { TimelineEntry } from './types.js';

/**
 * The lower median of the dated articles' publication days: reports of one story cluster in
 * a few days, and the median ignores one stray late follow-up.
 */
export function estimatePublication(articles: readonly AnnotatedArticle[]): string | null {
  const days = articles
    .map((a) => a.article.published.value)
    .filter((v): v is string => !!v && /^\d{4}-\d\d-\d\d/u.test(v))
    .map((v) => v.slice(0, 10))
    .sort();
  return days.length === 0 ? null : days[Math.floor((days.length - 1) / 2)]!;
}

const CALENDAR = /^\d{4}(?:-(?:\d\d(?:-\d\d(?:T[\d:A-Z]+)?)?|W\d\d(?:-WE)?|Q\d|H\d|SP|SU|FA|WI))?$/u;

export function buildTimeline(grouped: Grouped): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry & { dated: boolean }>();
  grouped.groups.forEach((group, gi) => {
    for (const c of grouped.members[gi]!) {
      for (const t of c.times) {
        if ((t.type !== 'date' && t.type !== 'time') || !t.value || !CALENDAR.test(t.value)) continue;
        const key = `${group.id}|${t.value}`;
        let e = entries.get(key);
        if (!e) {
          e = { date: t.value, granularity: t.granularity, text: group.text, claimId: group.id, articleIds: [], dated: false };
          entries.set(key, e);
        }
        if (!e.articleIds.includes(c.articleId)) e.articleIds.push(c.articleId);
        if (!t.estimated) e.dated = true;
      }
    }
  });
  return [...entries.values()]
    .map(({ dated, ...e }) => (dated ? e : { ...e, estimated: true }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
}
