import { printJson } from '../format.js';
import { EXIT } from '../exit.js';
import { openStore } from '../../store/connect.js';
import { UsageError } from '../../pipeline/errors.js';
import { annotateArticles } from '../../pipeline/annotate.js';
import { renderArticle } from '../../report/article.js';

export async function showCommand(idOrPrefix: string, options: { db: string; json?: boolean }): Promise<number> {
  const store = await openStore(options.db);
  try {
    const matches = await store.findIds(idOrPrefix, 5);
    if (matches.length === 0) throw new UsageError(`no article with id ${idOrPrefix} in ${options.db}; list them with: corroborate articles`);
    if (matches.length > 1 && !matches.includes(idOrPrefix)) {
      throw new UsageError(`${idOrPrefix} matches several articles (${matches.join(', ')}); give more of the id`);
    }
    const id = matches.includes(idOrPrefix) ? idOrPrefix : matches[0]!;
    const article = (await store.getArticle(id))!;
    const [annotated] = await annotateArticles(store, [article]);
    if (options.json) printJson({ ...article, annotations: annotated!.language });
    else process.stdout.write(renderArticle(article, annotated!.language));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
