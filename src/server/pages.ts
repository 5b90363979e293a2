import { asset, html as htmlReply, type Reply, type Route } from './http.js';
import type { ServerContext } from './context.js';
import { assets } from '../web/assets.js';
import { renderStoryList, type StorySort } from '../web/list.js';
import { renderStoryPage } from '../web/story-page.js';
import { errorPage } from '../web/error-page.js';
import { STORY_ID } from './api.js';

const LIST_LIMIT = 200;
const SEARCH_LIMIT = 100;
const STORY_ID_PATTERN = new RegExp(STORY_ID.pattern);

/** The web pages (src/web/) and their two static assets, routed beside the API. */
export function pageRoutes(ctx: ServerContext): Route[] {
  return [
    { method: 'GET', path: '/', handler: (req) => storyList(ctx, req.query) },
    {
      method: 'GET',
      path: '/stories/{storyId}',
      handler: async (req) => {
        const id = req.params['storyId'] ?? '';
        if (!STORY_ID_PATTERN.test(id)) return errorPage404(`“${id.slice(0, 80)}” is not a story id; story ids look like story:8b4529fa5d8bfcba.`);
        const bundle = await ctx.storyBundle(id);
        if (!bundle) return errorPage404('There is no such story: it may have been merged into another by a later ingest.');
        return htmlReply(renderStoryPage(bundle.doc, bundle.story, bundle.texts, { stale: bundle.stale }), { headers: { etag: `"${bundle.key}"`, ...(bundle.stale ? { 'x-analysis': 'stale' } : {}) } });
      },
    },
    {
      method: 'GET',
      path: '/assets/{name*}',
      handler: (req) => {
        const { script, style } = assets();
        const file = req.params['name'] === 'app.js' ? script : req.params['name'] === 'app.css' ? style : null;
        if (!file) return errorPage404('No such asset.');
        return asset(file.body, file.type, { cacheControl: 'no-cache', headers: { etag: `"${file.sha256}"` } });
      },
    },
  ];
}

function errorPage404(message: string): Reply {
  return htmlReply(errorPage('Not found', message), { status: 404 });
}

/**
 * Title and entity matches come from the story list; text and claim matches from the search
 * index, mapped to their stories, so a word that only an article body or a claim holds still
 * finds its story.
 */
async function storyList(ctx: ServerContext, query: URLSearchParams): Promise<Reply> {
  const q = (query.get('q') ?? '').trim().slice(0, 200);
  const sortParam = query.get('sort') ?? 'recent';
  if (sortParam !== 'recent' && sortParam !== 'size') return htmlReply(errorPage('Bad request', 'Sort by “recent” or “size”.'), { status: 400 });
  const sort: StorySort = sortParam;
  const [all, articles] = await Promise.all([ctx.listStories({ sort, limit: LIST_LIMIT, offset: 0 }), ctx.store.countArticles()]);
  if (!q) return htmlReply(renderStoryList(all.stories, { q, sort, total: all.total, articles }));

  const [byTitle, found] = await Promise.all([
    ctx.listStories({ sort, q, limit: LIST_LIMIT, offset: 0 }),
    ctx.search(q, { kind: 'all', limit: SEARCH_LIMIT, offset: 0 }),
  ]);
  const ids = new Set(byTitle.stories.map((s) => s.id));
  for (const hit of found.articles.hits) if (hit.storyId) ids.add(hit.storyId);
  for (const hit of found.claims.hits) ids.add(hit.storyId);
  const matching = all.stories.filter((s) => ids.has(s.id));
  return htmlReply(renderStoryList(matching, { q, sort, total: all.total, articles }));
}
