/**
 * A story's main names for a reader: the language layer's canonical entities (whole names,
 * titles kept apart: "Ivan Kresl", never "Velish Foreign"), ranked by how many
 * independent sources name them and how much of what is claimed they take part in. The
 * outlets' own names are not news about the story ("The Courier has learned…").
 */
import type { EntityEntry } from './document.js';
import type { ClaimGroup } from '../claims/types.js';

const TYPE_ORDER: Record<string, number> = { person: 0, organization: 1, place: 2 };

export interface NamesInput {
  articleIds: readonly string[];
  claims: readonly ClaimGroup[];
  /** Outlet names of the story's articles. */
  outlets: readonly string[];
}

export function mainNames(story: NamesInput, entities: readonly EntityEntry[], sourceOf: (articleId: string) => string, limit = 6): string[] {
  const members = new Set(story.articleIds);
  const weight = new Map<string, number>();
  for (const g of story.claims) for (const p of g.participants) weight.set(p, (weight.get(p) ?? 0) + g.independentSources);
  const outlets = story.outlets.map((o) => ` ${o.toLowerCase()} `);
  const ranked = entities
    .map((e) => ({ e, sources: new Set(e.articleIds.filter((id) => members.has(id)).map(sourceOf)).size, claims: weight.get(e.id) ?? 0 }))
    // An organization named inside an outlet's name is the outlet ("Courier" of "Oskel Valley Courier"); a city in it is still the city.
    .filter(({ e, sources }) => sources > 0 && !(e.type === 'organization' && outlets.some((o) => o.includes(` ${e.name.toLowerCase()} `))))
    .sort((a, b) => b.sources - a.sources || b.claims - a.claims || (TYPE_ORDER[a.e.type] ?? 3) - (TYPE_ORDER[b.e.type] ?? 3) || (a.e.name < b.e.name ? -1 : a.e.name > b.e.name ? 1 : 0));
  const kept: EntityEntry[] = [];
  for (const { e } of ranked) {
    const words = ` ${e.name.toLowerCase()} `;
    // "Veyra" when "Veyra Dam" is listed: a part of a listed name of the same kind is not a name of its own.
    if (kept.some((k) => k.type === e.type && ` ${k.name.toLowerCase()} `.includes(words))) continue;
    kept.push(e);
    if (kept.length === limit) break;
  }
  return kept.map((e) => e.name);
}
