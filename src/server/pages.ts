import type { Route } from './http.js';
import type { ServerContext } from './context.js';

/**
 * The web pages (src/web/) and their static assets, routed beside the API. Empty until the
 * pages land: the lead fills this in. Handlers return `html(...)` / `asset(...)` replies
 * from ./http.js and read everything through `ctx` (ctx.storyBundle, ctx.listStories, …).
 */
export function pageRoutes(_ctx: ServerContext): Route[] {
  return [];
}
