/**
 * Gold mentions seen by the event layer (src/claims/events.ts): each mention's context in
 * the analysed story, so that the event model can be trained on the train topics' links
 * and scored on every split, with gold mentions (the literature's setting) or with the
 * mentions corroborate finds itself.
 */
import type { GoldMention } from './data.js';
import type { StoryRun } from './systems.js';
import { mentionContexts, type EventMention, type GroupAt, type MentionContext } from '../../src/claims/event-context.js';
import { claimLocator, linkEvents } from '../../src/claims/events.js';
import type { Clustering } from './systems.js';

/** The claim group whose evidence holds a span, the tightest first: a mention's place among the facts. */
export function groupLocator(run: StoryRun): GroupAt {
  return claimLocator(run.analysis.claims);
}

export interface GoldContexts {
  mentions: GoldMention[];
  contexts: MentionContext[];
}

/** The contexts of a story's gold mentions (those placed in the text), in the same order. */
export function goldContexts(run: StoryRun, mentions: readonly GoldMention[]): GoldContexts {
  const articleOf = new Map(run.docs.map((d) => [d.name, d.article.id]));
  const placed = mentions.filter((m) => m.start !== null && m.end !== null && articleOf.has(m.doc));
  const spans: EventMention[] = placed.map((m) => ({ articleId: articleOf.get(m.doc)!, start: m.start!, end: m.end! }));
  const contexts = mentionContexts(spans, run.annotated, run.canonical, groupLocator(run));
  if (contexts.length !== placed.length) throw new Error(`alignment events: ${run.key}: ${placed.length - contexts.length} mentions lost their article`);
  return { mentions: placed, contexts };
}

/** Gold mentions clustered by the event layer, within one story. */
export function byEvents(run: StoryRun, mentions: readonly GoldMention[], threshold?: number): Clustering {
  const { mentions: placed, contexts } = goldContexts(run, mentions);
  const out: Clustering = new Map(mentions.map((m) => [m.id, null]));
  linkEvents(contexts, threshold).forEach((cluster, k) => {
    for (const i of cluster) out.set(placed[i]!.id, `${run.key}|e${k}`);
  });
  return out;
}

/**
 * Gold mentions placed in the events the analysis reports (events named by two or more
 * sources, found through corroborate's own event words): a mention whose head is no
 * reported event's word links to nothing.
 */
export function byReportedEvents(run: StoryRun, mentions: readonly GoldMention[]): Clustering {
  const articleOf = new Map(run.docs.map((d) => [d.name, d.article.id]));
  const at = new Map<string, { start: number; end: number; id: string }[]>();
  for (const e of run.analysis.events) {
    for (const m of e.mentions) {
      const list = at.get(m.articleId) ?? [];
      list.push({ start: m.start, end: m.end, id: e.id });
      at.set(m.articleId, list);
    }
  }
  return new Map(
    mentions.map((m) => {
      const hit = m.start === null ? undefined : (at.get(articleOf.get(m.doc) ?? '') ?? []).find((s) => s.start < m.end! && m.start! < s.end);
      return [m.id, hit ? `${run.key}|${hit.id}` : null];
    }),
  );
}
