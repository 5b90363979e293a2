import { printJson } from '../format.js';
import { EXIT } from '../exit.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { UsageError } from '../../pipeline/errors.js';
import type { Article } from '../../pipeline/record.js';

export async function showCommand(idOrPrefix: string, options: { db: string; json?: boolean }): Promise<number> {
  const store = openSqliteStore(options.db);
  try {
    const matches = await store.findIds(idOrPrefix, 5);
    if (matches.length === 0) throw new UsageError(`no article with id ${idOrPrefix} in ${options.db}; list them with: corroborate articles`);
    if (matches.length > 1 && !matches.includes(idOrPrefix)) {
      throw new UsageError(`${idOrPrefix} matches several articles (${matches.join(', ')}); give more of the id`);
    }
    const id = matches.includes(idOrPrefix) ? idOrPrefix : matches[0]!;
    const article = (await store.getArticle(id))!;
    if (options.json) printJson(article);
    else process.stdout.write(renderArticle(article));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

function renderArticle(a: Article): string {
  const meta: [string, string | null][] = [
    ['id', a.id],
    ['source', a.source.domain && a.source.domain !== a.source.name ? `${a.source.name} (${a.source.domain})` : a.source.name],
    ['byline', a.byline],
    ['published', a.published.value ? `${a.published.value} (from ${a.published.origin})` : 'unknown'],
    ['modified', a.modified],
    ['url', a.url],
    ['format', a.format + (a.partial ? ', summary only' : '')],
    ['input', a.origin],
    ['language', a.language],
  ];
  const lines = [a.title, '='.repeat(Math.min(a.title.length, 80)), ''];
  for (const [k, v] of meta) if (v) lines.push(`${k.padEnd(10)} ${v}`);
  for (const m of a.messages) lines.push(`${m.severity.padEnd(10)} ${m.text}`);
  lines.push('', a.text, '');
  return lines.join('\n');
}
