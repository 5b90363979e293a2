import { printJson, table, shortDate } from '../format.js';
import { EXIT } from '../exit.js';
import { openSqliteStore } from '../../store/sqlite.js';

export async function articlesCommand(options: { db: string; limit?: number; json?: boolean }): Promise<number> {
  const store = openSqliteStore(options.db);
  try {
    const articles = await store.listArticles(options.limit ? { limit: options.limit } : {});
    if (options.json) {
      printJson({ total: await store.countArticles(), articles });
      return EXIT.ok;
    }
    if (articles.length === 0) {
      process.stdout.write(`no articles in ${options.db}; add some with: corroborate ingest <files or folders>\n`);
      return EXIT.ok;
    }
    const rows = [['ID', 'SOURCE', 'PUBLISHED', 'FORMAT', 'CHARS', 'TITLE']];
    for (const a of articles) rows.push([a.id.slice(0, 10), a.source.name, shortDate(a.published.value), a.format, String(a.chars), a.title]);
    process.stdout.write(table(rows) + '\n');
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
