import type { AnalysisDocument } from './document.js';
import { table, shortDate } from '../cli/format.js';

/** The terminal briefing. For now: what was read, from whom, and when. */
export function renderTerminal(doc: AnalysisDocument): string {
  const lines: string[] = [];
  const sources = new Set(doc.articles.map((a) => a.source));
  lines.push(`${doc.articles.length} article${doc.articles.length === 1 ? '' : 's'} from ${sources.size} source${sources.size === 1 ? '' : 's'} (${doc.inputs.read} inputs read, ${doc.inputs.failed.length} failed)`);
  lines.push('');
  const rows = [['ID', 'SOURCE', 'PUBLISHED', 'FORMAT', 'TITLE']];
  for (const a of doc.articles) {
    rows.push([a.id.slice(0, 10), a.source, shortDate(a.published) + (a.publishedOrigin === 'text' ? '*' : ''), a.format + (a.partial ? ' (partial)' : ''), a.title]);
  }
  lines.push(table(rows));
  if (doc.articles.some((a) => a.publishedOrigin === 'text')) lines.push('', '* date read from the article text');
  if (doc.inputs.failed.length > 0) {
    lines.push('', 'Failed inputs:');
    for (const f of doc.inputs.failed) lines.push(`  ${f.input}: ${f.message}`);
  }
  return lines.join('\n') + '\n';
}
