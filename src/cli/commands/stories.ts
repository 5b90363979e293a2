import { printJson, table, shortDate } from '../format.js';
import { EXIT } from '../exit.js';
import { openStore } from '../../store/connect.js';
import { UsageError } from '../../pipeline/errors.js';
import { listStories, getStory, recluster, type Story } from '../../stories/index.js';
import type { Store } from '../../store/store.js';
import { storyEntry } from '../../report/document.js';

export async function storiesCommand(options: { db: string; limit?: number; json?: boolean }): Promise<number> {
  const store = await openStore(options.db);
  try {
    const stories = await listStories(store, options.limit ? { limit: options.limit } : {});
    if (options.json) printJson({ stories: stories.map(storyEntry) });
    else process.stdout.write(stories.length === 0 ? `no stories in ${options.db}; add articles with: corroborate analyze <files or folders>\n` : renderList(stories));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export async function storyCommand(idOrPrefix: string, options: { db: string; json?: boolean }): Promise<number> {
  const store = await openStore(options.db);
  try {
    const story = await findStory(store, idOrPrefix, options.db);
    if (options.json) {
      printJson({ story: storyEntry(story), articles: await articlesOf(store, story) });
      return EXIT.ok;
    }
    const lines = [story.title, '='.repeat(Math.min(story.title.length, 80)), ''];
    lines.push(`id         ${story.id}`);
    lines.push(`articles   ${story.articles.length}, from ${story.sources} independent source${story.sources === 1 ? '' : 's'}`);
    lines.push(`span       ${story.span.start ?? '—'} … ${story.span.end ?? '—'}`);
    if (story.entities.length > 0) lines.push(`entities   ${story.entities.slice(0, 12).map((e) => e.name).join(', ')}`);
    lines.push('');
    const rows = [['ID', 'SOURCE', 'PUBLISHED', 'TITLE']];
    for (const a of await articlesOf(store, story)) rows.push([a.id.slice(0, 10), a.source, shortDate(a.published), a.title]);
    lines.push(table(rows));
    process.stdout.write(lines.join('\n') + '\n');
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export async function reclusterCommand(options: { db: string; json?: boolean }): Promise<number> {
  const store = await openStore(options.db);
  try {
    const stories = await recluster(store);
    if (options.json) printJson({ stories: stories.map(storyEntry) });
    else process.stdout.write(`re-clustered into ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}\n` + (stories.length ? renderList(stories) : ''));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export function renderList(stories: readonly Story[]): string {
  const rows = [['STORY', 'ARTICLES', 'SOURCES', 'SPAN', 'TITLE']];
  for (const s of stories) rows.push([s.id.slice(0, 14), String(s.articles.length), String(s.sources), spanText(s), s.title]);
  return table(rows) + '\n';
}

function spanText(s: Story): string {
  if (!s.span.start) return '—';
  return s.span.end && s.span.end !== s.span.start ? `${s.span.start} … ${s.span.end}` : s.span.start;
}

async function findStory(store: Store, idOrPrefix: string, db: string): Promise<Story> {
  const exact = await getStory(store, idOrPrefix);
  if (exact) return exact;
  const matches = (await listStories(store)).filter((s) => s.id.startsWith(idOrPrefix));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UsageError(`no story with id ${idOrPrefix} in ${db}; list them with: corroborate stories`);
  throw new UsageError(`${idOrPrefix} matches several stories (${matches.slice(0, 5).map((s) => s.id).join(', ')}); give more of the id`);
}

async function articlesOf(store: Store, story: Story): Promise<{ id: string; source: string; title: string; published: string | null }[]> {
  const out = [];
  for (const id of story.articles) {
    const a = await store.getArticle(id);
    if (a) out.push({ id: a.id, source: a.source.name, title: a.title, published: a.published.value });
  }
  return out.sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'));
}
