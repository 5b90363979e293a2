/**
 * An article's clean text as paragraphs, with every marked span wrapped so the page can light
 * up the evidence of whatever the reader selects. Overlapping marks are cut into segments that
 * each list all the keys covering them.
 */
import { html, join, type Html } from '../html.js';
import type { Mark } from './model.js';

interface Event {
  at: number;
  key: string;
  open: boolean;
}

export function renderText(text: string, marks: readonly Mark[]): Html {
  const events: Event[] = [];
  for (const m of marks) {
    const start = Math.max(0, Math.min(m.start, text.length));
    const end = Math.max(start, Math.min(m.end, text.length));
    if (end === start) continue;
    for (const key of m.keys) events.push({ at: start, key, open: true }, { at: end, key, open: false });
  }
  events.sort((a, b) => a.at - b.at);

  const paragraphs: Html[][] = [[]];
  const active = new Map<string, number>();
  const emit = (from: number, to: number): void => {
    if (to <= from) return;
    const keys = [...active.keys()].sort().join(' ');
    const pieces = text.slice(from, to).split(/\n+/);
    pieces.forEach((piece, i) => {
      if (i > 0 && paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
      if (piece === '') return;
      paragraphs[paragraphs.length - 1]!.push(keys ? html`<span class="m" data-k="${keys}">${piece}</span>` : html`${piece}`);
    });
  };

  let at = 0;
  for (const e of events) {
    emit(at, e.at);
    at = Math.max(at, e.at);
    const n = active.get(e.key) ?? 0;
    if (e.open) active.set(e.key, n + 1);
    else if (n <= 1) active.delete(e.key);
    else active.set(e.key, n - 1);
  }
  emit(at, text.length);
  return join(paragraphs.filter((p) => p.length > 0).map((p) => html`<p>${p}</p>`));
}
