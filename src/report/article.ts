import type { Article } from '../pipeline/record.js';
import type { LanguageAnnotations, Mention } from '../language/types.js';

/** `corroborate show`: metadata, the text sentence by sentence, then what the language layer found in it. */
export function renderArticle(a: Article, language: LanguageAnnotations): string {
  const lines = [a.title, '='.repeat(Math.min(a.title.length, 80)), ''];
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
  for (const [k, v] of meta) if (v) lines.push(`${k.padEnd(10)} ${v}`);
  for (const m of [...a.messages, ...language.messages]) lines.push(`${m.severity.padEnd(10)} ${m.text}`);

  lines.push('', `Text (${language.sentences.length} sentences; [n] marks a sentence, offsets in brackets):`, '');
  let paragraph = -1;
  language.sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph && paragraph !== -1) lines.push('');
    paragraph = s.paragraph;
    lines.push(`  [${i + 1}] ${a.text.slice(s.start, s.end)}`);
  });

  const byEntity = new Map<string, Mention[]>();
  for (const m of language.mentions) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
  lines.push('', `Entities (${language.entities.length}):`);
  for (const e of language.entities) {
    const mentions = byEntity.get(e.key) ?? [];
    const extra = [e.aliases.length ? `also ${e.aliases.join(', ')}` : '', e.roles.length ? `role ${e.roles.join('; ')}` : '', e.standsFor ? `stands for ${e.standsFor}` : '']
      .filter(Boolean)
      .join(' · ');
    lines.push(`  ${e.name} (${e.type}), ${mentions.length} mention${mentions.length === 1 ? '' : 's'}${extra ? ' · ' + extra : ''}`);
  }

  lines.push('', `Quotes (${language.quotes.length}):`);
  for (const q of language.quotes) {
    const said = a.text.slice(q.content.start, q.content.end);
    const shown = said.length > 160 ? said.slice(0, 157) + '…' : said;
    lines.push(`  ${q.kind.padEnd(8)} ${q.speaker.name} [${q.speaker.kind}]${q.cue ? ` ${q.cue.verb}` : ''}: ${shown}  [${q.start}–${q.end}]`);
  }

  lines.push('', `Times (${language.times.length}):`);
  for (const t of language.times) lines.push(`  "${t.text}" → ${t.value ?? 'unresolved'} (${t.type}, ${t.granularity})  [${t.start}–${t.end}]`);

  lines.push('', `Quantities (${language.quantities.length}):`);
  for (const q of language.quantities) {
    lines.push(`  "${q.text}" → ${q.qualifier ? q.qualifier + ' ' : ''}${q.value}${q.unit ? ' ' + q.unit : ''} (${q.kind})  [${q.start}–${q.end}]`);
  }
  return lines.join('\n') + '\n';
}
