/**
 * The briefing as a Markdown file (`analyze --md`): the terminal briefing's content, with
 * headings per story, tables for sources and contradictions, and blockquotes for quotes.
 * Everything taken from an article is data: it is escaped so that no Markdown or HTML in it
 * takes effect in any renderer (`<script>` comes out as `&lt;script&gt;`, `[x](javascript:…)`
 * as its characters), and links are made only from http(s) addresses.
 */
import type { AnalysisDocument } from './document.js';
import { buildBriefing, contradictionRefText, sampledText, list, moreText, plural, spreadText, type Briefing, type BriefingOptions, type Fact, type Passage, type StoryView } from './briefing.js';

export function renderMarkdown(doc: AnalysisDocument, options: BriefingOptions = {}): string {
  return markdownOf(buildBriefing(doc, options));
}

/**
 * Text as Markdown shows it literally, on one line: HTML-significant characters become
 * entities, Markdown punctuation is backslash-escaped, and control characters go.
 */
export function escapeMarkdown(text: string): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/ {2,}/gu, ' ');
  return (
    flat
      .replace(/[\\`*_[\]|~$#!]/gu, (c) => `\\${c}`)
      .replace(/&/gu, '&amp;')
      .replace(/</gu, '&lt;')
      .replace(/>/gu, '&gt;')
      // What would open a list, a heading rule or an ordered item at the start of a line or a list item.
      .replace(/^([-+=])(?=[\s\-=]|$)/u, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
  );
}

/** An http(s) address usable as a link target, with every character that could end or bend the link percent-encoded; null otherwise. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[()<>"'`\\|*_[\]\s{}^~]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function link(text: string, url: string | null): string {
  const target = safeUrl(url);
  return target ? `[${escapeMarkdown(text)}](${target})` : escapeMarkdown(text);
}

/** A passage with its mark in bold. */
function passage(p: Passage): string {
  if (!p.mark) return escapeMarkdown(p.text);
  const mark = p.text.slice(p.mark.start, p.mark.end).trim();
  if (!mark) return escapeMarkdown(p.text);
  return `${escapeMarkdown(p.text.slice(0, p.mark.start))}**${escapeMarkdown(mark)}**${escapeMarkdown(p.text.slice(p.mark.end))}`;
}

function cell(text: string): string {
  return text === '' ? ' ' : text;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** A briefing built already (see `BriefingBuilder`), as Markdown. */
export function markdownOf(b: Briefing): string {
  const out: string[] = [];
  const inputs = `${plural(b.inputsRead, 'input')} read, ${b.failed.length === 0 ? 'none' : b.failed.length} failed`;
  out.push('# Corroborate briefing', '');
  out.push(`${plural(b.articles, 'article')} from ${plural(b.outlets, 'outlet')} · ${plural(b.stories.length, 'story', 'stories')} · ${inputs}  `);
  out.push(`Generated ${escapeMarkdown(b.generated)} by corroborate ${escapeMarkdown(b.version)}`);
  if (b.stories.length > 1) {
    out.push('');
    b.stories.forEach((s, i) => out.push(`${i + 1}. ${escapeMarkdown(s.headline)} — ${plural(s.articles, 'article')}, ${plural(s.independentSources, 'independent source')}`));
  }
  b.stories.forEach((s, i) => story(out, s, i + 1));
  if (b.failed.length > 0) {
    out.push('', `## Failed inputs (${b.failed.length})`, '');
    for (const f of b.failed) out.push(`- ${escapeMarkdown(f.input)}: ${escapeMarkdown(f.message)}`);
  }
  return out.join('\n').replace(/\n{3,}/gu, '\n\n') + '\n';
}

function story(out: string[], s: StoryView, n: number): void {
  out.push('', `## ${n}. ${escapeMarkdown(s.headline)}`, '');
  if (s.title && s.title !== s.headline) out.push(`*Lead article: “${escapeMarkdown(s.title)}”*`, '');
  out.push(`**${escapeMarkdown(s.span)}** · ${plural(s.articles, 'article')} from ${plural(s.independentSources, 'independent source')}${s.sampled === null ? '' : ` · ${sampledText(s)}`} · \`${s.id.replace(/[^\w:.-]/gu, '')}\`  `);
  out.push(
    `Statements: ${s.counts.corroborated} corroborated · ${s.counts.singleSource} single-source · ${s.counts.contested} contested · ${plural(s.counts.contradictions, 'contradiction')} · ${plural(s.counts.quotes, 'quote')}` +
      (s.names.length > 0 ? '  ' : ''),
  );
  if (s.names.length > 0) out.push(`Names: ${s.names.map(escapeMarkdown).join(', ')}`);

  out.push('', `### Sources (${s.independentSources})`, '');
  out.push(row(['Outlet', 'First report', 'Reports', 'Agreed', 'Only here', 'Contested']));
  out.push('| --- | --- | --- | ---: | ---: | ---: |');
  for (const r of s.sources.items) {
    out.push(
      row([
        escapeMarkdown(r.outlet),
        escapeMarkdown((r.firstEstimated ? '~' : '') + r.first),
        r.reports.map((x) => link(x.title, x.url)).join('; '),
        String(r.claims.corroborated),
        String(r.claims.singleSource),
        String(r.claims.contested),
      ]),
    );
  }
  if (s.sources.more > 0) out.push(row([moreText(s.sources.more, 'source'), '', '', '', '', '']));
  const copies = s.sources.items.flatMap((r) => r.copies.map((c) => ({ r, c })));
  if (copies.length > 0) {
    out.push('', 'Copies, which count as their original’s source:', '');
    for (const { r, c } of copies) out.push(`- ${escapeMarkdown(c.outlet)} ran a copy (${escapeMarkdown(c.relation)}) of ${escapeMarkdown(r.outlet)}: ${link(c.title, c.url)}`);
  }

  if (s.counts.corroborated > 0) {
    out.push('', `### Corroborated (${s.counts.corroborated})`, '');
    for (const f of s.corroborated.items) out.push(`- ${fact(f)} — **${plural(f.sources, 'source')}**: ${escapeMarkdown(list(f.outlets, 4))}`);
    more(out, moreText(s.corroborated.more, 'corroborated fact'), s.corroborated.more);
  }

  if (s.counts.singleSource > 0) {
    out.push('', `### ${s.independentSources === 1 ? 'What the report says' : 'Only one source says'} (${s.counts.singleSource})`);
    for (const o of s.singleSource.items) {
      if (s.independentSources > 1) out.push('', `#### ${escapeMarkdown(o.outlet)} (${o.total})`);
      out.push('');
      for (const f of o.items) out.push(`- ${fact(f)}`);
      more(out, moreText(o.more, 'statement', undefined, `from ${escapeMarkdown(o.outlet)}`), o.more);
    }
    if (s.singleSource.more > 0) out.push('', `*${moreText(s.singleSource.more, 'outlet')}*`);
  }

  if (s.counts.contradictions > 0) {
    out.push('', `### Contradictions (${s.counts.contradictions})`);
    for (const c of s.contradictions.items) {
      const within = c.internal ? ` (within ${escapeMarkdown(list(c.outlets))})` : '';
      out.push('', `#### ✗ ${c.number}. ${escapeMarkdown(c.label)}: ${escapeMarkdown(c.headline)}${within}`, '');
      out.push(row(['Says', 'Sources', 'In their words']));
      out.push('| --- | --- | --- |');
      for (const p of c.positions) {
        out.push(row([`**${p.values.map(escapeMarkdown).join(' / ')}**`, escapeMarkdown(list(p.outlets, 4)), p.passage ? `“${passage(p.passage)}”` : '']));
      }
    }
    if (s.contradictions.more > 0) out.push('', `*${moreText(s.contradictions.more, 'contradiction')}*`);
  }

  if (s.quotes.items.length > 0) {
    out.push('', `### Key quotes (${s.counts.quotes})`);
    for (const sp of s.quotes.items) {
      out.push('', `#### ${escapeMarkdown(sp.name)}`);
      for (const q of sp.items) {
        out.push('', `> “${escapeMarkdown(q.text)}”${q.kind === 'partial' ? ' (partial)' : ''}`, '>', `> — ${escapeMarkdown(q.outlet)} · ${escapeMarkdown(spreadText(q))}`);
      }
      if (sp.more > 0) out.push('', `*${moreText(sp.more, 'quote', undefined, `from ${escapeMarkdown(sp.name)}`)}*`);
    }
    if (s.quotes.more > 0) out.push('', `*${moreText(s.quotes.more, 'speaker')}*`);
  }

  if (s.timeline.items.length > 0) {
    out.push('', `### Timeline (${s.timeline.items.length + s.timeline.more})`, '');
    out.push(row(['When', 'What', 'Sources']));
    out.push('| --- | --- | --- |');
    for (const t of s.timeline.items) out.push(row([escapeMarkdown((t.estimated ? '~' : '') + t.label), passage(t.text), escapeMarkdown(list(t.outlets, 3))]));
    if (s.timeline.more > 0) out.push('', `*${moreText(s.timeline.more, 'dated statement')}*`);
  }
  if (s.estimated) out.push('', '~ dated through a publication date estimated from the story’s dated articles.');
}

function fact(f: Fact): string {
  const notes: string[] = [];
  if (f.detail) notes.push('in statements that differ');
  if (f.attribution) notes.push(`per ${escapeMarkdown(f.attribution)}`);
  if (f.hedges.length > 0) notes.push(`${f.hedged ? 'hedged' : 'some hedge'}: ${escapeMarkdown(f.hedges.join(', '))}`);
  if (f.contradictions.length > 0) notes.push(`contradicted: ${escapeMarkdown(contradictionRefText(f.contradictions))}`);
  else if (f.disputed) notes.push('contradicted: see Contradictions');
  return passage(f.text) + (notes.length > 0 ? ` *(${notes.join('; ')})*` : '');
}

function more(out: string[], text: string, n: number): void {
  if (n > 0) out.push(`- *${text}*`);
}
