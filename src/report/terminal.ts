import type { AnalysisDocument } from './document.js';
import { table, shortDate } from '../cli/format.js';

/** The terminal briefing. For now: what was read, from whom and when, copies, people and quotes. */
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

  if (doc.stories.length > 0) {
    lines.push('', `Stories (${doc.stories.length}):`);
    for (const s of [...doc.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)) {
      const span = s.span.start ? ` · ${s.span.start}${s.span.end && s.span.end !== s.span.start ? ` … ${s.span.end}` : ''}` : '';
      lines.push(`  ${s.title}`);
      lines.push(`    ${s.articleIds.length} article${s.articleIds.length === 1 ? '' : 's'}, ${s.independentSources} independent source${s.independentSources === 1 ? '' : 's'}${span} · ${s.id}`);
      const count = (status: string): number => s.claims.filter((c) => c.status === status).length;
      lines.push(`    facts: ${count('corroborated')} corroborated, ${count('single-source')} single-source, ${count('contested')} contested; ${s.contradictions.filter((c) => !c.internal).length} contradictions`);
      for (const c of s.contradictions.filter((x) => !x.internal).slice(0, 8)) lines.push(`      ✗ ${c.type}: ${c.summary}`);
    }
  }

  if (doc.copyGroups.length > 0) {
    const byId = new Map(doc.articles.map((a) => [a.id, a]));
    lines.push('', 'Copies (one source each):');
    for (const g of doc.copyGroups) {
      const original = byId.get(g.original);
      lines.push(`  ${original?.source ?? g.original}: ${original?.title ?? ''}`);
      for (const m of g.members) if (m.id !== g.original) lines.push(`    ${m.relation} copy by ${byId.get(m.id)?.source ?? m.id} (${m.id.slice(0, 10)})`);
    }
  }

  const people = doc.entities.filter((e) => e.type === 'person').sort((a, b) => b.articleIds.length - a.articleIds.length || (a.name < b.name ? -1 : 1));
  if (people.length > 0) {
    lines.push('', 'People most reported:');
    for (const p of people.slice(0, 10)) lines.push(`  ${p.name} — ${p.articleIds.length} article${p.articleIds.length === 1 ? '' : 's'}${p.aliases.length ? ` (also ${p.aliases.slice(0, 4).join(', ')})` : ''}`);
  }

  const named = doc.quotes.filter((q) => q.kind !== 'reported');
  if (named.length > 0) {
    lines.push('', `Quotes (${named.length} direct or partial, ${doc.quotes.length - named.length} reported):`);
    const bySpeaker = new Map<string, number>();
    for (const q of named) {
      const who = q.speaker.name || 'unattributed';
      bySpeaker.set(who, (bySpeaker.get(who) ?? 0) + 1);
    }
    for (const [speaker, n] of [...bySpeaker].sort((a, b) => b[1] - a[1]).slice(0, 10)) lines.push(`  ${speaker}: ${n}`);
  }

  if (doc.inputs.failed.length > 0) {
    lines.push('', 'Failed inputs:');
    for (const f of doc.inputs.failed) lines.push(`  ${f.input}: ${f.message}`);
  }
  return lines.join('\n') + '\n';
}
