/**
 * One story as a page section: summary and entity chips, the claim × source coverage matrix,
 * contradictions side by side, quotes by speaker, the timeline, sources, single-source
 * statements, and a reader that shows the articles with the selected evidence lit. The same
 * markup serves the web page and the self-contained report; src/web/client/app.js makes it
 * interactive and nothing in it depends on the script to be read.
 */
import { html, join, safeUrl, type Html } from '../html.js';
import { renderText } from './text.js';
import { renderTimeline } from './timeline.js';
import { publishedLabel, spanLabel } from '../../report/dates.js';
import { contradictionLabel } from '../../report/briefing.js';
import type { Cell, ClaimRow, ContradictionView, SpeakerGroup, StoryModel } from './model.js';

const SPEAKER_KINDS: Record<string, string> = {
  person: '',
  organization: 'organization',
  'unnamed-official': 'unnamed official',
  'unnamed-source': 'unnamed source',
  'unnamed-expert': 'unnamed expert',
  'unnamed-group': 'group',
  document: 'document',
  unknown: 'speaker unknown',
};
const SINGLE_LIMIT = 60;

export function renderStory(model: StoryModel, id: string): Html {
  const { story } = model;
  const count = (status: string): number => story.claims.filter((c) => c.status === status).length;
  const between = model.contradictions.filter((c) => !c.contradiction.internal).length;
  const span = spanLabel(story.span.start, story.span.end);
  const sections: [string, string, Html][] = [
    ['coverage', 'Coverage', coverage(model, id)],
    ['contradictions', `Contradictions (${between})`, contradictions(model, id)],
    ['quotes', `Quotes (${model.speakers.reduce((n, g) => n + g.quotes.length, 0)})`, quotes(model.speakers)],
    ['timeline', 'Timeline', renderTimeline(model, `${id}-timeline`)],
    ['sources', `Sources (${model.sources.length})`, sources(model)],
    ['single', `Single-source statements (${count('single-source')})`, singleSource(model)],
  ];
  return html`<div class="story" data-story="${story.id}" id="${id}">
<header class="story-head">
<h1>${model.headline}</h1>
${story.title && story.title !== model.headline ? html`<p class="subtitle">Lead article: “${story.title}”</p>` : ''}
<p class="meta">${span} · ${story.articleIds.length} article${story.articleIds.length === 1 ? '' : 's'} · ${story.independentSources} independent source${story.independentSources === 1 ? '' : 's'}${story.sample ? ` · analysed ${story.sample.analysed} of ${story.sample.members} (one per copy group first, then the earliest)` : ''}</p>
<ul class="stats">
<li class="corroborated"><b>${count('corroborated')}</b> corroborated</li>
<li class="contested"><b>${count('contested')}</b> contested</li>
<li class="single-source"><b>${count('single-source')}</b> single-source</li>
<li class="contradiction"><b>${between}</b> contradiction${between === 1 ? '' : 's'}</li>
</ul>
${chips(model)}
<nav class="toc" aria-label="Sections">${sections.map(([key, title]) => html`<a href="#${id}-${key}">${title}</a>`)}</nav>
</header>
<div class="layout">
<div class="main-col">
${sections.map(([key, title, body]) => html`<section class="part part-${key}" id="${id}-${key}" aria-labelledby="${id}-${key}-h"><h2 id="${id}-${key}-h">${title}</h2>${body}</section>`)}
</div>
${reader(model, id)}
</div>
</div>`;
}

function chips(model: StoryModel): Html {
  if (model.chips.length === 0) return html``;
  return html`<div class="chips" role="group" aria-label="Filter by entity">${model.chips.map((c) => html`<button type="button" class="chip chip-${c.type}" aria-pressed="false" data-entity="${c.id}" title="${c.type}, in ${c.articles} article${c.articles === 1 ? '' : 's'}">${c.name} <span class="n">${c.articles}</span></button>`)}<button type="button" class="chip-clear" data-clear-filter hidden>Clear filter</button><p class="filter-status" aria-live="polite"></p></div>`;
}

function label(text: string, limit = 160): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

function coverage(model: StoryModel, id: string): Html {
  const contradictionOf = new Map(model.contradictions.map((c) => [c.key, c]));
  if (model.matrix.length === 0) return html`<p class="empty">No fact here is reported by more than one independent source or disputed by another.</p>`;
  return html`<p class="hint">Facts that two or more independent sources state, or that a source contradicts. Columns are independent sources (copies count once): <span class="key supports">●</span> states it, <span class="key hedged">◐</span> states it with a hedge, <span class="key contradicts">✕</span> contradicts it, blank says nothing. Select a fact or a cell to read it in the articles.</p>
<div class="matrix-wrap" tabindex="0" aria-label="Coverage matrix, scrolls sideways"><table class="matrix">
<thead><tr><th scope="col" class="fact-col">Fact</th>${model.sources.map((s) => html`<th scope="col" class="src-col"><span>${s.outlet}</span></th>`)}</tr></thead>
<tbody>${model.matrix.map((row) => matrixRow(model, row, contradictionOf, id))}</tbody>
</table></div>`;
}

function matrixRow(model: StoryModel, row: ClaimRow, contradictionOf: ReadonlyMap<string, ContradictionView>, id: string): Html {
  const { claim } = row;
  const year = model.story.span.start ? Number(model.story.span.start.slice(0, 4)) : null;
  const refs = model.contradictions.filter((c) => claim.contradictions.includes(c.contradiction.id));
  return html`<tr class="row ${claim.status}" data-e="${row.entities.join(' ')}">
<th scope="row"><button type="button" class="sel fact" data-sel="${row.key}" data-open="${row.open.join(' ')}" data-label="${claim.text}">${label(claim.detail ? `… ${claim.text} …` : claim.text)}</button>
<span class="badge ${claim.status}">${claim.status}</span> <span class="n">${claim.independentSources} source${claim.independentSources === 1 ? '' : 's'}</span>${claim.hedges.length ? html` <span class="hedge">${claim.hedged ? 'hedged: ' : 'some say '}${claim.hedges.join(', ')}</span>` : ''}${refs.length ? html` <span class="xref">contradicted: ${join(refs.map((c) => html`<a href="#${id}-${c.key}">see contradiction ${c.number}</a>, ${contradictionLabel(c.contradiction, claim.id, year)}`), '; ')}</span>` : ''}</th>
${row.cells.map((cell, i) => matrixCell(row, cell, model.sources[i]!.outlet, contradictionOf))}
</tr>`;
}

function matrixCell(row: ClaimRow, cell: Cell, outlet: string, contradictionOf: ReadonlyMap<string, ContradictionView>): Html {
  if (cell.state === 'silent') return html`<td class="cell silent"><span class="sr">${outlet}: silent</span></td>`;
  if (cell.state === 'supports') {
    return html`<td class="cell supports${cell.hedged ? ' hedged' : ''}"><button type="button" class="sel" data-sel="${row.key}" data-open="${cell.articleId}" data-label="${outlet}: ${row.claim.text}" aria-label="${outlet} ${cell.hedged ? 'states with a hedge' : 'states'}: ${label(row.claim.text, 80)}">${cell.hedged ? '◐' : '●'}</button></td>`;
  }
  const c = contradictionOf.get(cell.contradiction);
  return html`<td class="cell contradicts"><button type="button" class="sel" data-sel="${cell.contradiction}" data-open="${c ? c.open.join(' ') : cell.articleId}" data-label="${c?.contradiction.summary ?? outlet}" aria-label="${outlet} contradicts: ${label(row.claim.text, 80)}">✕</button></td>`;
}

function contradictions(model: StoryModel, id: string): Html {
  if (model.contradictions.length === 0) return html`<p class="empty">No source contradicts another here.</p>`;
  const between = model.contradictions.filter((c) => !c.contradiction.internal);
  const internal = model.contradictions.filter((c) => c.contradiction.internal);
  const one = (c: ContradictionView): Html => contradiction(c, id);
  return html`${between.map(one)}${internal.length ? html`<h3 class="sub">Within one source</h3><p class="hint">One source (an outlet and its copies) says both: reported, not counted as a conflict between sources.</p>${internal.map(one)}` : ''}`;
}

function contradiction(c: ContradictionView, id: string): Html {
  return html`<article class="contra${c.contradiction.internal ? ' internal' : ''}" id="${id}-${c.key}" data-e="${c.entities.join(' ')}">
<header><span class="num">${c.number}.</span> <span class="type type-${c.contradiction.type}">${c.contradiction.type}</span> <button type="button" class="sel contra-sel" data-sel="${c.key}" data-open="${c.open.join(' ')}" data-label="${c.contradiction.summary}">${c.contradiction.summary}</button></header>
<div class="sides">${c.sides.map((s) => html`<figure class="side"><figcaption><span class="outlet">${s.outlet}</span> <b class="value">${s.value}</b>${s.copies ? html` <small>and ${s.copies} cop${s.copies === 1 ? 'y' : 'ies'}</small>` : ''}</figcaption><blockquote>${s.before}<mark>${s.span}</mark>${s.after}</blockquote></figure>`)}</div>
</article>`;
}

function quotes(speakers: readonly SpeakerGroup[]): Html {
  if (speakers.length === 0) return html`<p class="empty">No direct quotes.</p>`;
  return join(speakers.map((g) => html`<div class="speaker" data-e="${g.entityId ?? ''}">
<h3>${g.name}${SPEAKER_KINDS[g.kind] ? html` <small>${SPEAKER_KINDS[g.kind]}</small>` : ''}</h3>
<ul>${g.quotes.map((q) => html`<li data-e="${q.entities.join(' ')}"><button type="button" class="sel quote" data-sel="${q.key}" data-open="${[q.quote.articleId, ...q.quote.elsewhere.filter((m) => m.relation !== 'copy').map((m) => m.articleId)].slice(0, 2).join(' ')}" data-label="${g.name}: “${q.quote.text}”">“${q.quote.text}”</button>
<span class="outlet">${q.outlet}</span> ${spread(q.quote.spread, q.quote.elsewhereTotal)}</li>`)}</ul></div>`));
}

function spread(kind: string, others: number): Html {
  if (kind === 'verbatim') return html`<span class="spread verbatim">verbatim in ${others} other${others === 1 ? '' : 's'}</span>`;
  if (kind === 'altered') return html`<span class="spread altered" title="other outlets give these words differently">altered elsewhere</span>`;
  return html`<span class="spread single">only here</span>`;
}

function sources(model: StoryModel): Html {
  const byId = new Map(model.doc.articles.map((a) => [a.id, a]));
  return html`<div class="table-wrap"><table class="sources">
<thead><tr><th scope="col">Source</th><th scope="col">Articles</th><th scope="col" class="num">Corroborated</th><th scope="col" class="num">Single-source</th><th scope="col" class="num">Contested</th><th scope="col" class="num">Exclusive quotes</th></tr></thead>
<tbody>${model.sources.map((s) => html`<tr><th scope="row">${s.outlet}${s.domain && s.domain !== s.outlet ? html` <small>${s.domain}</small>` : ''}</th>
<td><ul class="plain">${s.articleIds.map((id) => {
    const a = byId.get(id);
    const note = model.copyNote.get(id);
    return html`<li><button type="button" class="sel link" data-sel="" data-open="${id}" data-label="${a?.title ?? id}">${a?.title || id}</button>${a && a.source !== s.outlet ? html` <small>${a.source}</small>` : ''}${note ? html` <small class="copy">${note}</small>` : ''}</li>`;
  })}</ul></td>
<td class="num">${s.claims.corroborated}</td><td class="num">${s.claims.singleSource}</td><td class="num">${s.claims.contested}</td><td class="num">${s.exclusiveQuotes.length}</td></tr>`)}</tbody></table></div>`;
}

function singleSource(model: StoryModel): Html {
  if (model.singleSource.length === 0) return html`<p class="empty">Every statement here has more than one source.</p>`;
  return join(model.singleSource.map(({ source, rows }) => html`<details class="single" data-e="${[...new Set(rows.flatMap((r) => r.entities))].join(' ')}"><summary>${source.outlet} <span class="n">${rows.length}</span></summary>
<ul>${rows.slice(0, SINGLE_LIMIT).map((r) => html`<li data-e="${r.entities.join(' ')}"><button type="button" class="sel" data-sel="${r.key}" data-open="${r.open.join(' ')}" data-label="${r.claim.text}">${label(r.claim.text, 220)}</button>${r.claim.hedges.length ? html` <span class="hedge">${r.claim.hedges.join(', ')}</span>` : ''}${r.claim.attribution.kind !== 'outlet' ? html` <span class="attr">according to ${r.claim.attribution.name}</span>` : ''}</li>`)}</ul>
${rows.length > SINGLE_LIMIT ? html`<p class="more">… and ${rows.length - SINGLE_LIMIT} more in the JSON document.</p>` : ''}</details>`));
}

function reader(model: StoryModel, id: string): Html {
  const first = model.articles[0]?.entry.id;
  return html`<aside class="reader" aria-label="Article view" data-reader>
<div class="reader-head">
<label class="picker">Article <select data-article-picker>${model.articles.map((a) => html`<option value="${a.entry.id}">${model.outletOf.get(a.entry.id) ?? a.entry.source} — ${label(a.entry.title || a.entry.id, 70)}</option>`)}</select></label>
<button type="button" class="reader-close" data-close aria-label="Close the article view">Close</button>
</div>
<p class="reader-status" aria-live="polite">Select a fact, contradiction or quote to see its sentences in the articles.</p>
<div class="panes">${model.articles.map((a) => {
    const url = safeUrl(a.entry.url);
    const note = model.copyNote.get(a.entry.id);
    const outlet = model.outletOf.get(a.entry.id) ?? a.entry.source;
    return html`<article class="doc" data-doc="${a.entry.id}" id="${id}-doc-${a.entry.id}" tabindex="-1"${a.entry.id === first ? '' : html` hidden`}>
<p class="doc-tag" aria-hidden="true">${outlet} · ${label(a.entry.title || 'Untitled', 60)}</p>
<header><h3>${a.entry.title || 'Untitled'}</h3><p class="doc-meta"><span class="outlet">${outlet}</span>${a.entry.source !== model.outletOf.get(a.entry.id) ? html` (${a.entry.source})` : ''} · ${a.entry.published ? html`<time datetime="${a.entry.published}">${publishedLabel(a.entry.published, null)}</time>` : 'undated'}${a.entry.byline ? html` · ${a.entry.byline}` : ''}${note ? html` · <span class="copy">${note}</span>` : ''}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">original</a>` : ''}</p></header>
<div class="text">${renderText(a.text, a.marks)}</div></article>`;
  })}</div>
</aside>`;
}
