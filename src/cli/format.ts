/** Terminal output helpers: aligned tables that fit the screen, and JSON that ends in a newline. */
import { DEFAULT_WIDTH } from '../report/terminal.js';
import { maxOf } from '../pipeline/arrays.js';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function table(rows: readonly string[][], maxWidth = process.stdout.columns || 120): string {
  if (rows.length === 0) return '';
  const cols = maxOf(rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => maxOf(rows.map((r) => (r[c] ?? '').length)));
  // The last column (usually a title) gives way when the table is wider than the terminal.
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[cols - 1] = Math.max(20, Math.min(widths[cols - 1]!, maxWidth - fixed));
  return rows
    .map((r) => r.map((cell, c) => fit(cell, widths[c]!, c === cols - 1)).join('  ').trimEnd())
    .join('\n');
}

function fit(cell: string, width: number, last: boolean): string {
  if (cell.length > width) return cell.slice(0, width - 1) + '…';
  return last ? cell : cell.padEnd(width);
}

/** "2026-03-10T16:45:00Z" → "2026-03-10 16:45Z": minutes are enough in a listing; the zone marker stays. */
export function shortDate(iso: string | null): string {
  if (!iso) return '—';
  if (iso.length <= 16) return iso.replace('T', ' ');
  return iso.slice(0, 16).replace('T', ' ') + (iso.endsWith('Z') ? 'Z' : '');
}

/**
 * Colour on a terminal, plain text in a pipe or a file. NO_COLOR turns it off
 * (https://no-color.org); FORCE_COLOR turns it on even in a pipe, and FORCE_COLOR=0 off.
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return stream.isTTY === true;
}

/** Columns to wrap to: the terminal's, or the briefing's default when there is no terminal to ask. */
export function outputWidth(stream: { columns?: number }): number {
  return stream.columns && stream.columns > 0 ? stream.columns : DEFAULT_WIDTH;
}

/**
 * Pieces of a long output to standard output, gathered to about 64 KB a write, each write
 * waiting for a full pipe to drain: the reader's pace bounds what is held, not the output's size.
 */
export function stdoutSink(stream: NodeJS.WritableStream = process.stdout): { write: (chunk: string) => Promise<void>; end: () => Promise<void> } {
  let buffer = '';
  const flush = (): Promise<void> => {
    const chunk = buffer;
    buffer = '';
    if (chunk === '' || stream.write(chunk)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (error?: Error): void => {
        stream.off('drain', done);
        stream.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
    });
  };
  return {
    write: (chunk) => {
      buffer += chunk;
      return buffer.length >= 65_536 ? flush() : Promise.resolve();
    },
    end: flush,
  };
}
