/**
 * Gathering the articles of a multi-article input (feed, array, JSON Lines) so that one
 * bad item never costs the good ones: a skipped item leaves a warning on the next good
 * article (or the last one, when nothing good follows), and only an input without any
 * good item fails as a whole.
 */
import { InputError } from '../../pipeline/errors.js';
import type { Extracted, Message } from '../../pipeline/record.js';
import { lineOf, type XmlElement } from './xml.js';
import { append } from '../../pipeline/arrays.js';

export function warning(code: string, text: string): Message {
  return { severity: 'warning', stage: 'extract', code, text };
}

/** Origin of the n-th (1-based) item of a container input. */
export function itemOrigin(name: string, n: number): string {
  return `${name}#${n}`;
}

export class ItemCollector {
  private readonly items: Extracted[] = [];
  private pending: Message[] = [];
  private added = 0;

  constructor(private readonly name: string) {}

  add(item: Extracted): void {
    if (this.pending.length > 0) item.messages = [...this.pending, ...item.messages];
    this.pending = [];
    this.items.push(item);
    this.added++;
  }

  /** Records why an item was left out; the warning travels to a sibling. */
  skip(code: string, text: string): void {
    this.pending.push(warning(code, text));
  }

  /**
   * The articles collected so far but the last, for an input read in parts: the last one
   * stays behind so that warnings about items skipped at the very end still find a home.
   */
  drain(): Extracted[] {
    return this.items.splice(0, Math.max(0, this.items.length - 1));
  }

  /** Articles added, drained or not. */
  get count(): number {
    return this.added;
  }

  /**
   * The collected articles. With none, throws an `InputError` built from `code` and
   * `message`, with the skip reasons appended so that the user sees what went wrong.
   */
  finish(code: string, message: string): Extracted[] {
    if (this.added === 0) {
      const reasons = this.pending.slice(0, 3).map((m) => m.text);
      const more = this.pending.length > 3 ? ` (and ${this.pending.length - 3} more)` : '';
      const detail = reasons.length > 0 ? `: ${reasons.join('; ')}${more}` : '';
      throw new InputError(this.name, code, `${message}${detail}`);
    }
    const last = this.items[this.items.length - 1]!;
    append(last.messages, this.pending);
    this.pending = [];
    return this.items;
  }
}

/**
 * The items of a feed (RSS <item>, Atom <entry>), each read on its own: an item cut off by
 * a truncated or malformed feed is skipped with a warning, and the rest are kept.
 */
export function collectFeedItems(name: string, text: string, root: XmlElement, items: readonly XmlElement[], noun: 'item' | 'entry', read: (item: XmlElement, origin: string) => Extracted): Extracted[] {
  const collector = new ItemCollector(name);
  items.forEach((item, i) => {
    const n = i + 1;
    if (!item.closed) {
      collector.skip('incomplete-item', `${noun} ${n} (line ${lineOf(text, item.start)}) is incomplete: the feed breaks off or is malformed inside it; skipped`);
      return;
    }
    collector.add(read(item, itemOrigin(name, n)));
  });
  if (!root.closed && collector.count > 0) {
    collector.skip('truncated-xml', `the feed ends before its closing </${root.name}>; ${noun === 'entry' ? 'entries' : 'items'} after the last complete one may be missing`);
  }
  return collector.finish(
    items.length === 0 ? 'empty-feed' : 'no-readable-items',
    items.length === 0 ? `the feed has no <${noun}> elements; there is nothing to read` : `no ${noun} of the feed could be read`,
  );
}
