/** The server's story page: one story's analysis with its articles, assets served from /assets/. */
import type { AnalysisDocument, AnalysedStoryEntry } from '../report/document.js';
import { html } from './html.js';
import { page } from './layout.js';
import { renderStory } from './story/render.js';
import { storyModel } from './story/model.js';

export function renderStoryPage(doc: AnalysisDocument, story: AnalysedStoryEntry, texts: ReadonlyMap<string, string>, options: { stale?: boolean } = {}): string {
  const stale = options.stale
    ? html`<p class="hint" role="status">New reports of this story are being analysed: this is the analysis of ${doc.generated.slice(0, 16).replace('T', ' ')} UTC. Reload in a moment for the new one.</p>`
    : html``;
  const body = html`<p class="back"><a href="/">← All stories</a> · <a href="/api/stories/${encodeURIComponent(story.id)}">this analysis as JSON</a></p>
${stale}${renderStory(storyModel(doc, story, texts), 's0')}`;
  return page(body, { title: `${story.headline?.text ?? story.title} — corroborate`, mode: 'served', home: '/' });
}
