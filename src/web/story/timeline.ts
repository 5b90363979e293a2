/**
 * The timeline as an SVG chart on a linear time axis around the story's own days, with
 * older background ("built in 1974") and later prospects in side gutters, so a dam's
 * construction date does not squeeze the week of the breach into one pixel.
 */
import { html, join, type Html } from '../html.js';
import type { StoryModel, TimelineView } from './model.js';
import { dayOfIso, isoDay, timexRange, type DayRange } from './timex.js';
import { DAY_MS, MONTHS, dateLabel as timexLabel } from '../../report/dates.js';
import { plural } from '../../report/briefing.js';

const WIDTH = 760;
const GUTTER = 92;
const LANE = 16;
const TOP = 30;
const MAX_LANES = 14;

interface Placed {
  view: TimelineView;
  range: DayRange;
}

export function renderTimeline(model: StoryModel, id: string): Html {
  const items: Placed[] = [];
  for (const view of model.timeline) {
    const range = timexRange(view.entry.date);
    if (range) items.push({ view, range });
  }
  if (items.length === 0) return html`<p class="empty">No dated events.</p>`;
  return html`<figure class="timeline-chart">${chart(model, items)}<figcaption>Events by the date the reports give them; filled marks are reported by more than one article, hollow ones were dated from an estimated publication date. The list below is the same timeline as text.</figcaption></figure>
<ol class="timeline-list" id="${id}-list">${model.timeline.map((v) => listItem(model, v))}</ol>`;
}

function listItem(model: StoryModel, v: TimelineView): Html {
  const outlets = [...new Set(v.entry.articleIds.map((a) => model.outletOf.get(a) ?? a))];
  return html`<li data-e="${v.entities.join(' ')}"><button type="button" class="sel" data-sel="${v.claimKey ?? v.key}" data-open="${v.entry.articleIds.slice(0, 2).join(' ')}" data-label="${timexLabel(v.entry.date)}: ${v.entry.text}"><time datetime="${v.entry.date}">${timexLabel(v.entry.date)}</time>${v.entry.estimated ? html`<span class="est" title="dated from an estimated publication date">est.</span>` : ''} <span class="tl-text">${v.entry.text}</span></button> <span class="outlets">${outlets.slice(0, 3).join(', ')}${outlets.length > 3 ? ` +${outlets.length - 3}` : ''}</span></li>`;
}

function focusWindow(model: StoryModel, items: readonly Placed[]): DayRange {
  const start = dayOfIso(model.story.span.start);
  const end = dayOfIso(model.story.span.end) ?? start;
  if (start !== null && end !== null) return { start: Math.floor(start) - 14, end: Math.floor(end) + 8 };
  const mids = items.map((i) => (i.range.start + i.range.end) / 2).sort((a, b) => a - b);
  const mid = Math.floor(mids[Math.floor(mids.length / 2)]!);
  return { start: mid - 21, end: mid + 22 };
}

function chart(model: StoryModel, items: readonly Placed[]): Html {
  const focus = focusWindow(model, items);
  const before = items.filter((i) => i.range.end <= focus.start);
  const after = items.filter((i) => i.range.start >= focus.end);
  // A month or a year drawn across the story's few weeks would only hide the days; the list keeps them.
  const broad = (i: Placed): boolean => i.range.end - i.range.start > (focus.end - focus.start) * 0.4;
  const overlapping = items.filter((i) => i.range.end > focus.start && i.range.start < focus.end);
  const inside = overlapping.filter((i) => !broad(i));
  const periods = overlapping.length - inside.length;
  const x0 = GUTTER;
  const x1 = WIDTH - GUTTER;
  const scale = (x1 - x0) / (focus.end - focus.start);
  const x = (day: number): number => x0 + (Math.min(Math.max(day, focus.start), focus.end) - focus.start) * scale;

  const lanes: number[] = [];
  const shapes: Html[] = [];
  let hidden = 0;
  // One mark per distinct date value, with how many events it holds: ten events "on Tuesday" are one column, not ten lanes.
  const groups = new Map<string, Placed[]>();
  for (const item of inside) {
    let group = groups.get(item.view.entry.date);
    if (!group) groups.set(item.view.entry.date, (group = []));
    group.push(item);
  }
  for (const group of [...groups.values()].sort((a, b) => a[0]!.range.start - b[0]!.range.start || a[0]!.range.end - b[0]!.range.end)) {
    const item = group[0]!;
    const left = x(item.range.start);
    const right = Math.max(x(item.range.end), left);
    const point = right - left < 6;
    const from = point ? (left + right) / 2 - 5 : left;
    const end = point ? (left + right) / 2 + 5 : right;
    const to = end + (group.length > 1 ? 5 + 7 * (String(group.length).length + 1) : 0);
    let lane = lanes.findIndex((end) => end + 2 <= from);
    if (lane === -1) {
      if (lanes.length >= MAX_LANES) {
        hidden += group.length;
        continue;
      }
      lane = lanes.length;
      lanes.push(to);
    } else lanes[lane] = to;
    const y = TOP + lane * LANE + LANE / 2;
    const cls = shapeClass((group.find((g) => g.view.entry.articleIds.length > 1) ?? item).view);
    const tip = html`<title>${timexLabel(item.view.entry.date)}: ${group.slice(0, 8).map((g) => g.view.entry.text).join(' · ')}${group.length > 8 ? ` · and ${group.length - 8} more` : ''}</title>`;
    shapes.push(point
      ? html`<circle class="${cls}" cx="${round(from + 5)}" cy="${y}" r="5">${tip}</circle>`
      : html`<rect class="${cls}" x="${round(from)}" y="${y - 5}" width="${round(Math.max(right - from, 2))}" height="10" rx="3">${tip}</rect>`);
    if (group.length > 1) shapes.push(html`<text class="count" x="${round(end + 3)}" y="${y + 4}">×${group.length}</text>`);
  }

  const height = TOP + Math.max(lanes.length, gutterRows(before), gutterRows(after), 2) * LANE + 30;
  const ticks = axisTicks(focus).map((t) => html`<g class="tick"><line x1="${round(x(t.day))}" x2="${round(x(t.day))}" y1="${TOP - 6}" y2="${height - 24}"></line><text x="${round(x(t.day))}" y="${height - 8}" text-anchor="middle">${t.label}</text></g>`);
  return html`<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Timeline: ${inside.length} events from ${isoDay(focus.start)} to ${isoDay(focus.end)}${before.length ? `, ${before.length} earlier` : ''}${after.length ? `, ${after.length} later` : ''}">
<rect class="focus" x="${x0}" y="${TOP - 8}" width="${x1 - x0}" height="${height - TOP - 14}"></rect>
${ticks}${gutter(before, 8, 'earlier', height)}${gutter(after, x1 + 8, 'later', height)}${shapes}
${hidden + periods > 0 ? html`<text class="more" x="${x1 - 4}" y="${TOP - 12}" text-anchor="end">${[hidden ? `+${hidden} more` : '', periods ? `${plural(periods, 'longer period')} (months, seasons, years)` : ''].filter(Boolean).join(' and ')} in the list below</text>` : ''}</svg>`;
}

function shapeClass(view: TimelineView): string {
  return `ev${view.entry.articleIds.length > 1 ? ' multi' : ''}${view.entry.estimated ? ' estimated' : ''}`;
}

function gutterRows(items: readonly Placed[]): number {
  return Math.min(new Set(items.map((i) => i.view.entry.date.slice(0, 4))).size, MAX_LANES);
}

/** Earlier or later events, one row per year, since their spacing says nothing at this scale. */
function gutter(items: readonly Placed[], left: number, label: string, height: number): Html {
  if (items.length === 0) return html``;
  const years = new Map<string, Placed[]>();
  for (const i of [...items].sort((a, b) => a.range.start - b.range.start)) {
    const year = i.view.entry.date.slice(0, 4);
    let inYear = years.get(year);
    if (!inYear) years.set(year, (inYear = []));
    inYear.push(i);
  }
  const rows = [...years].slice(0, MAX_LANES).map(([year, list], row) => {
    const y = TOP + row * LANE + LANE / 2;
    const tip = html`<title>${list.map((i) => `${timexLabel(i.view.entry.date)}: ${i.view.entry.text}`).join('\n')}</title>`;
    return html`<g><circle class="${shapeClass(list[0]!.view)}" cx="${left + 6}" cy="${y}" r="5">${tip}</circle><text x="${left + 16}" y="${y + 4}">${year}${list.length > 1 ? ` ×${list.length}` : ''}</text></g>`;
  });
  return html`<g class="gutter"><text class="gutter-label" x="${left}" y="${height - 8}">${label}</text>${join(rows)}</g>`;
}

function axisTicks(focus: DayRange): { day: number; label: string }[] {
  const span = focus.end - focus.start;
  const step = span <= 16 ? 1 : span <= 45 ? 7 : span <= 200 ? 30 : 365;
  const ticks: { day: number; label: string }[] = [];
  for (let d = Math.ceil(focus.start); d <= focus.end; d++) {
    const date = new Date(d * DAY_MS);
    const keep = step === 1 || (step === 7 && date.getUTCDay() === 1) || (step === 30 && date.getUTCDate() === 1) || (step === 365 && date.getUTCDate() === 1 && date.getUTCMonth() === 0);
    if (keep) ticks.push({ day: d, label: step === 365 ? String(date.getUTCFullYear()) : `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` });
  }
  return ticks;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
