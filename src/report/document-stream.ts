/**
 * The analysis document of a long run, written a piece at a time: what `analyze --json`
 * prints, in the same layout as `JSON.stringify(doc, null, 2)`, without the whole document
 * (hundreds of megabytes for ten thousand articles) ever being one object or one string.
 * Stories and their quotes are read back one story at a time from where the run kept them;
 * only the small parts (article entries, copy groups, entities) are held for the whole run.
 */
import { relieveHeap } from '../pipeline/memory.js';
import { articleOrder, type AnalysisDocument, type ArticleEntry, type CopyGroupEntry, type EntityEntry } from './document.js';

export interface DocumentParts {
  head: Pick<AnalysisDocument, 'corroborate' | 'generated' | 'inputs'>;
  articles: readonly ArticleEntry[];
  storyIds: readonly string[];
  copyGroups: readonly CopyGroupEntry[];
  entities: readonly EntityEntry[];
  /** One story's document, read when its turn comes and let go after. */
  storyDocument: (storyId: string) => Promise<AnalysisDocument | null>;
}

/** Where the pieces go; it resolves when the piece may be let go (a stream that drained). */
export type Sink = (chunk: string) => Promise<void>;

/** Writes the document; a story whose document has gone missing is left out. */
export async function writeDocument(sink: Sink, parts: DocumentParts): Promise<void> {
  await sink('{\n');
  await sink(`  "corroborate": ${JSON.stringify(parts.head.corroborate)},\n`);
  await sink(`  "generated": ${JSON.stringify(parts.head.generated)},\n`);
  await sink(`  "inputs": ${nested(parts.head.inputs)},\n`);
  await array(sink, 'articles', items(parts.articles), ',');
  await array(sink, 'stories', storyPieces(parts, (doc) => doc.stories), ',');
  await array(sink, 'copyGroups', items(parts.copyGroups), ',');
  await array(sink, 'entities', items(parts.entities), ',');
  await array(sink, 'quotes', storyPieces(parts, (doc) => doc.quotes), '');
  await sink('}\n');
}

/** A value at the document's second level, indented as `JSON.stringify(doc, null, 2)` would. */
function nested(value: unknown, depth = 1): string {
  return JSON.stringify(value, null, 2).replace(/\n/gu, `\n${'  '.repeat(depth)}`);
}

async function* items<T>(list: readonly T[]): AsyncGenerator<T> {
  yield* list;
}

async function* storyPieces<T>(parts: DocumentParts, pick: (doc: AnalysisDocument) => readonly T[]): AsyncGenerator<T> {
  for (const id of parts.storyIds) {
    const doc = await parts.storyDocument(id);
    if (doc) yield* pick(doc);
    relieveHeap();
  }
}

async function array(sink: Sink, key: string, values: AsyncIterable<unknown>, after: string): Promise<void> {
  let first = true;
  for await (const v of values) {
    await sink(`${first ? `  ${JSON.stringify(key)}: [\n` : ',\n'}    ${nested(v, 2)}`);
    first = false;
  }
  await sink(first ? `  ${JSON.stringify(key)}: []${after}\n` : `\n  ]${after}\n`);
}

/**
 * What a run's document holds across stories, gathered one story's document at a time: its
 * article entries, its stories' ids, and its entities, merged by id (each story's entities
 * were made canonical within it, so one name met in two stories is one entry).
 */
export class RunCollector {
  private readonly articles: ArticleEntry[] = [];
  private readonly storyIds: string[] = [];
  /**
   * Aliases and article ids as sets while the run goes, sorted once at the end: an entity
   * named in thousands of stories (a country) was copied and sorted again for each, which made
   * a 100,000-article run quadratic.
   */
  private readonly entities = new Map<string, { entry: EntityEntry; aliases: Set<string>; articleIds: Set<string> }>();

  add(doc: AnalysisDocument): void {
    for (const a of doc.articles) this.articles.push(a);
    for (const s of doc.stories) this.storyIds.push(s.id);
    for (const e of doc.entities) {
      const known = this.entities.get(e.id);
      if (!known) {
        this.entities.set(e.id, { entry: e, aliases: new Set(e.aliases), articleIds: new Set(e.articleIds) });
        continue;
      }
      for (const alias of e.aliases) known.aliases.add(alias);
      for (const id of e.articleIds) known.articleIds.add(id);
    }
  }

  parts(head: DocumentParts['head'], copyGroups: readonly CopyGroupEntry[], storyDocument: DocumentParts['storyDocument']): DocumentParts {
    const entities = [...this.entities.values()].map(({ entry, aliases, articleIds }) => ({ ...entry, aliases: [...aliases], articleIds: [...articleIds].sort() }));
    return { head, articles: [...this.articles].sort(articleOrder), storyIds: this.storyIds, copyGroups, entities, storyDocument };
  }

  /** Every article the documents held, for the copy groups among them. */
  articleIds(): string[] {
    return this.articles.map((a) => a.id);
  }
}
