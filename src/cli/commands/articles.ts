import { printJson, table, shortDate } from '../format.js';
import { EXIT } from '../exit.js';
import { openStore } from '../../store/connect.js';

export async function articlesCommand(options: { db: string; limit?: number; json?: boolean; language?: string }): Promise<number> {
  const store = await openStore(options.db);
  try {
    const filter = options.language ? { language: options.language } : {};
    const articles = await store.listArticles({ ...filter, ...(options.limit ? { limit: options.limit } : {}) });
    if (options.json) {
      printJson({ total: await store.countArticles(filter), articles });
      return EXIT.ok;
    }
    if (articles.length === 0) {
      process.stdout.write(options.language ? `no articles in ${options.language} in ${options.db}\n` : `no articles in ${options.db}; add some with: corroborate ingest <files or folders>\n`);
      return EXIT.ok;
    }
    const rows = [['ID', 'SOURCE', 'PUBLISHED', 'FORMAT', 'LANG', 'CHARS', 'TITLE']];
    for (const a of articles) rows.push([a.id.slice(0, 10), a.source.name, shortDate(a.published.value), a.format, a.language ?? '?', String(a.chars), a.title]);
    process.stdout.write(table(rows) + '\n');
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
