/** The server's front page: stories with search and sorting, usable without the script. */
import { html } from './html.js';
import { page } from './layout.js';
import { spanLabel } from '../report/dates.js';
import { plural } from '../report/briefing.js';

export type StorySort = 'recent' | 'size';

export interface StoryListing {
  id: string;
  /** The headline that names the story. */
  title: string;
  /** Member articles, copies included. */
  articles: number;
  independentSources: number;
  span: { start: string | null; end: string | null };
  entities: { name: string; articles: number }[];
}

export interface StoryListOptions {
  q: string;
  sort: StorySort;
  /** Stories in the store, to say how many a search kept. */
  total: number;
  /** Articles in the store when the page was made: the page then says when more arrive (served pages only). */
  articles?: number;
}

export function renderStoryList(stories: readonly StoryListing[], options: StoryListOptions): string {
  const sortLink = (sort: StorySort, text: string) =>
    html`<a href="/?${new URLSearchParams({ ...(options.q ? { q: options.q } : {}), sort }).toString()}"${options.sort === sort ? html` aria-current="page"` : ''}>${text}</a>`;
  const body = html`<h1>Stories</h1>
<form class="list-tools" method="get" action="/" role="search">
<label class="sr" for="q">Search stories, articles and claims</label>
<input type="search" id="q" name="q" value="${options.q}" placeholder="Search titles, article text and claims" autocomplete="off">
<input type="hidden" name="sort" value="${options.sort}">
<button type="submit">Search</button>
<span class="sort">Sort: ${sortLink('recent', 'most recent')} · ${sortLink('size', 'most articles')}</span>
</form>
<p class="meta">${options.q ? `${stories.length} of ${options.total} stories match “${options.q}”` : `${stories.length} stories`}</p>
${options.articles !== undefined ? html`<p class="live" data-live="${String(options.articles)}" role="status" hidden></p>` : ''}
${stories.length === 0 ? html`<p class="empty">${options.q ? 'Nothing matches. Try fewer or other words.' : 'No stories yet. Ingest articles with corroborate ingest, or POST them to /api/articles.'}</p>` : ''}
<ol class="story-list">${stories.map((s) => html`<li><h2><a href="/stories/${encodeURIComponent(s.id).replace(/%3A/g, ':')}">${s.title || 'Untitled story'}</a></h2>
<p class="meta">${spanLabel(s.span.start, s.span.end)} · ${plural(s.articles, 'article')} · ${plural(s.independentSources, 'independent source')}</p>
${s.entities.length ? html`<p class="ents">${s.entities.slice(0, 6).map((e) => e.name).join(' · ')}</p>` : ''}</li>`)}</ol>`;
  return page(body, { title: options.q ? `“${options.q}” — corroborate` : 'Stories — corroborate', mode: 'served', home: '/' });
}
