import * as chrono from 'chrono-node';

/**
 * The optional block under a title that names the author and the date, e.g.
 * "By Jane Doe", "Published by\nJane Doe", "March 3, 2026", "Updated: Tue 3 Mar 2026 10:32 GMT".
 */

const BYLINE = /^(?:by|written by|reported by|words by|story by)\s+(.{2,120})$/i;
const PUBLISHED_BY = /^(?:published|posted|posted by|author)(?:\s+by)?\s*:?\s*(.{2,80})?$/i;
const DATE_LABEL = /^(?:published|posted|updated|last updated|date|first published)\s*(?:on|:)?\s*/i;

/** A person's name, or names joined by "and"/commas, possibly with an outlet after a comma. */
export function cleanByline(raw: string): string | null {
  const text = raw
    .replace(/\s*[|•·]\s*.*$/, '')
    .replace(/^by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length < 3 || text.length > 120) return null;
  if (!/^[\p{Lu}]/u.test(text)) return null;
  if (/[.!?]$/.test(text) && !/\b[\p{Lu}]\.$/u.test(text)) return null;
  return text;
}

export function parseBylineLine(line: string): string | null {
  const by = BYLINE.exec(line);
  if (by) return cleanByline(by[1]!);
  return null;
}

/** "Published by" alone (name on the next line) or "Published by Jane Doe". */
export function parsePublishedBy(line: string, next: string | undefined): { byline: string; consumed: number } | null {
  if (!/^(?:published|posted|written)\s+by\b/i.test(line) && !/^author\s*:/i.test(line)) return null;
  const m = PUBLISHED_BY.exec(line);
  const inline = m?.[1]?.replace(/^by\s+/i, '').trim();
  if (inline) {
    const byline = cleanByline(inline);
    return byline ? { byline, consumed: 1 } : null;
  }
  if (next) {
    const byline = cleanByline(next);
    if (byline && next.split(' ').length <= 6) return { byline, consumed: 2 };
  }
  return null;
}

/**
 * A line that is nothing but a date (with an optional label): an ISO value, keeping only
 * the precision the line gives. Lines where the date is part of a sentence are not dates.
 */
export function parseDateLine(line: string): string | null {
  if (line.length > 80) return null;
  const stripped = line.replace(DATE_LABEL, '');
  const results = chrono.strict.parse(stripped, undefined, { forwardDate: false });
  const first = results[0];
  if (!first || results.length > 1) return null;
  const rest = (stripped.slice(0, first.index) + stripped.slice(first.index + first.text.length)).replace(/[\s,.|·•–—-]+/g, '');
  if (rest.length > 0 && !/^(?:at|on)?$/i.test(rest)) return null;
  const start = first.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const y = start.get('year')!;
  const mo = start.get('month')!;
  const d = start.get('day')!;
  const date = `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`;
  if (!start.isCertain('hour')) return date;
  if (start.isCertain('timezoneOffset')) return start.date().toISOString().replace('.000Z', 'Z');
  return `${date}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}:00`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
