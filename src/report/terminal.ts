/**
 * The briefing `corroborate analyze` prints: per story, biggest first, its sources and
 * copies, what independent sources agree on, what one outlet alone says, contradictions
 * side by side, key quotes and the timeline. Wrapped to the terminal's width; coloured only
 * when asked (see `useColor` in cli/format.ts), so piped output is plain text.
 */
import type { AnalysisDocument } from './document.js';
import {
  buildBriefing,
  contradictionRefText,
  list,
  moreText,
  plural,
  spreadText,
  type Briefing,
  type BriefingOptions,
  type ContradictionView,
  type Fact,
  type Passage,
  type Position,
  type SourceRow,
  type StoryView,
  sampledText,
} from './briefing.js';
import { append, maxOf } from '../pipeline/arrays.js';

export interface TerminalOptions extends BriefingOptions {
  /** Columns to wrap to (default 100). */
  width?: number;
  /** ANSI colour and emphasis. */
  color?: boolean;
}

export const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 40;
/** Two sides of a contradiction go next to each other when each column gets this much. */
const MIN_COLUMN = 36;

export function renderTerminal(doc: AnalysisDocument, options: TerminalOptions = {}): string {
  return renderBriefing(buildBriefing(doc, options), options);
}

/** A briefing built already (see `BriefingBuilder`), for a terminal. */
export function renderBriefing(briefing: Briefing, options: Pick<TerminalOptions, 'width' | 'color'> = {}): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
  return new Writer(width, options.color ?? false).briefing(inertAll(briefing));
}

// ---------------------------------------------------------------- text on a terminal

const ESC = '\u001b[';
const ANSI = /\u001b\[[0-9;]*m/gu;
type Style = 'bold' | 'dim' | 'italic' | 'underline' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan';
const CODES: Record<Style, number> = { bold: 1, dim: 2, italic: 3, underline: 4, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 };

/**
 * Article text is data: control characters (an ESC could restyle or move the cursor) and
 * bidirectional overrides (which reorder what the reader sees) never reach the terminal.
 */
export function inert(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : '\ufffd'));
}

/** Every string of the briefing made inert at once, so no field can slip through; offsets hold, as each character stays one. */
function inertAll<T>(value: T): T {
  if (typeof value === 'string') return inert(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => inertAll(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inertAll(v)])) as T;
  return value;
}

/** Columns a string takes on screen: escape codes take none, combining marks none, wide characters two. */
export function visibleWidth(s: string): number {
  let n = 0;
  for (const ch of s.replace(ANSI, '')) {
    const c = ch.codePointAt(0)!;
    if (/\p{M}/u.test(ch) || (c >= 0x200b && c <= 0x200f)) continue;
    n += isWide(c) ? 2 : 1;
  }
  return n;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** Splits a string into its escape codes and its characters, so wrapping can count only what shows. */
function pieces(s: string): { code: string | null; ch: string }[] {
  const out: { code: string | null; ch: string }[] = [];
  let last = 0;
  for (const m of s.matchAll(ANSI)) {
    for (const ch of s.slice(last, m.index)) out.push({ code: null, ch });
    out.push({ code: m[0], ch: '' });
    last = m.index + m[0].length;
  }
  for (const ch of s.slice(last)) out.push({ code: null, ch });
  return out;
}

/**
 * Word-wraps `text` to `width` columns, the first line after `indent`, the others after
 * `hang`. A style open at a line break is closed there and opened again on the next line,
 * so indents and padding never take colour.
 */
export function wrap(text: string, width: number, indent = '', hang = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let used = visibleWidth(indent);
  let empty = true;
  let active = '';
  const track = (word: string): void => {
    for (const m of word.matchAll(ANSI)) active = m[0] === `${ESC}0m` ? '' : m[0];
  };
  const breakLine = (): void => {
    lines.push(line.trimEnd() + (active ? `${ESC}0m` : ''));
    line = hang + active;
    used = visibleWidth(hang);
    empty = true;
  };
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const w = visibleWidth(word);
    if (!empty && used + 1 + w > width) breakLine();
    if (used + (empty ? 0 : 1) + w <= width) {
      line += (empty ? '' : ' ') + word;
      used += (empty ? 0 : 1) + w;
      empty = false;
      track(word);
      continue;
    }
    // A word longer than the line is cut where the line ends.
    if (!empty) {
      line += ' ';
      used += 1;
    }
    for (const p of pieces(word)) {
      if (p.code) {
        line += p.code;
        active = p.code === `${ESC}0m` ? '' : p.code;
        continue;
      }
      const cw = visibleWidth(p.ch);
      if (used + cw > width && !empty) breakLine();
      line += p.ch;
      used += cw;
      empty = false;
    }
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd() + (active ? `${ESC}0m` : ''));
  return lines;
}

/** Quotation marks around a sentence, unless it opens with its own. */
function quoted(painted: string, plain: string): string {
  return /^[“"‘']/u.test(plain) ? painted : `“${painted}”`;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleWidth(s)));
}

function truncate(s: string, width: number): string {
  if (visibleWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const w = visibleWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + '…';
}

// ---------------------------------------------------------------- the briefing

/** Takes a briefing renderTerminal has made inert: its strings go to the terminal as they are. */
class Writer {
  private readonly out: string[] = [];

  constructor(
    private readonly width: number,
    private readonly color: boolean,
  ) {}

  private paint(text: string, ...styles: Style[]): string {
    if (!this.color || styles.length === 0 || text === '') return text;
    return `${ESC}${styles.map((s) => CODES[s]).join(';')}m${text}${ESC}0m`;
  }

  private line(text = ''): void {
    this.out.push(text);
  }

  private para(text: string, indent = '', hang = indent): void {
    append(this.out, wrap(text, this.width, indent, hang));
  }

  private section(title: string, count?: number): void {
    this.line();
    this.line(this.paint(title.toUpperCase(), 'bold') + (count === undefined ? '' : this.paint(` (${count})`, 'dim')));
  }

  private more(n: number, indent: string, one: string, many?: string, tail = ''): void {
    if (n > 0) this.para(this.paint(moreText(n, one, many, tail), 'dim'), indent, indent + '  ');
  }

  /** A passage, with its mark stressed when there is colour (plain text shows the words as written). */
  private passage(p: Passage, style: Style[] = [], markStyle: Style[] = ['bold']): string {
    if (!p.mark || !this.color) return this.paint(p.text, ...style);
    return (
      this.paint(p.text.slice(0, p.mark.start), ...style) +
      this.paint(p.text.slice(p.mark.start, p.mark.end), ...markStyle) +
      this.paint(p.text.slice(p.mark.end), ...style)
    );
  }

  briefing(b: Briefing): string {
    const inputs = `${plural(b.inputsRead, 'input')} read, ${b.failed.length === 0 ? 'none' : b.failed.length} failed`;
    this.para(
      this.paint('Corroborate briefing', 'bold') +
        this.paint(` · ${plural(b.articles, 'article')} from ${plural(b.outlets, 'outlet')} · ${plural(b.stories.length, 'story', 'stories')} · ${inputs}`, 'dim'),
    );
    b.stories.forEach((s, i) => this.story(s, i + 1));
    if (b.failed.length > 0) {
      this.section('Failed inputs', b.failed.length);
      for (const f of b.failed) this.para(`${this.paint(f.input, 'red')}: ${this.paint(f.message)}`, '  ', '    ');
    }
    return this.out.join('\n') + '\n';
  }

  private story(s: StoryView, n: number): void {
    this.line();
    const title = `${n}. ${s.headline}`;
    const head = truncate(title, this.width - 4);
    this.line((this.paint('━━ ', 'cyan') + this.paint(head, 'bold', 'cyan') + ' ' + this.paint('━'.repeat(Math.max(0, this.width - visibleWidth(head) - 4)), 'cyan')).trimEnd());
    if (head !== title) this.para(this.paint(s.headline, 'bold'), '   ');
    if (s.title && s.title !== s.headline) this.para(this.paint(`Lead article: “${s.title}”`, 'dim'), '   ', '     ');
    this.para(`${s.span} · ${plural(s.articles, 'article')} from ${plural(s.independentSources, 'independent source')}${s.sampled === null ? '' : ` · ${sampledText(s)}`} ${this.paint(`· ${s.id}`, 'dim')}`, '   ');
    const counts = [
      this.paint(`${s.counts.corroborated} corroborated`, s.counts.corroborated ? 'green' : 'dim'),
      `${s.counts.singleSource} single-source`,
      `${s.counts.contested} contested`,
      this.paint(plural(s.counts.contradictions, 'contradiction'), s.counts.contradictions ? 'red' : 'dim'),
      plural(s.counts.quotes, 'quote'),
    ];
    this.para(`Statements: ${counts.join(' · ')}`, '   ');
    if (s.names.length > 0) this.para(`Names: ${s.names.join(', ')}`, '   ', '     ');

    this.sources(s);
    this.corroborated(s);
    this.singleSource(s);
    this.contradictions(s);
    this.quotes(s);
    this.timeline(s);
    if (s.estimated) this.para(this.paint('~ dated through a publication date estimated from the story’s dated articles', 'dim'), '   ', '     ');
  }

  private sources(s: StoryView): void {
    this.section('Sources', s.independentSources);
    const rows = s.sources.items;
    const first = (r: SourceRow): string => (r.firstEstimated ? '~' : '') + r.first;
    const header = ['Outlet', 'First report', 'Reports', 'Agreed', 'Only here', 'Contested'];
    const cells = rows.map((r) => [r.outlet, first(r), String(r.reports.length), String(r.claims.corroborated), String(r.claims.singleSource), String(r.claims.contested)]);
    const widths = header.map((h, c) => maxOf(cells.map((row) => visibleWidth(row[c]!)), visibleWidth(h)));
    const fixed = widths.slice(1).reduce((a, b) => a + b + 2, 0) + 2;
    const outletWidth = Math.min(widths[0]!, 34, this.width - fixed - 2);
    if (outletWidth >= Math.min(widths[0]!, 12)) {
      widths[0] = outletWidth;
      const render = (row: string[], style: Style[] = []): string =>
        '  ' +
        row
          .map((cell, c) => {
            const text = c === 0 ? truncate(cell, widths[0]!) : cell;
            return c >= 2 ? ' '.repeat(Math.max(0, widths[c]! - visibleWidth(text))) + text : pad(text, widths[c]!);
          })
          .map((cell) => this.paint(cell, ...style))
          .join('  ')
          .trimEnd();
      this.line(render(header, ['dim']));
      rows.forEach((r, i) => {
        this.line(render(cells[i]!));
        this.copies(r);
      });
    } else {
      for (const r of rows) {
        this.para(
          `${this.paint(r.outlet, 'bold')} — first ${first(r)}, ${plural(r.reports.length, 'report')}; ${r.claims.corroborated} agreed, ${r.claims.singleSource} only here, ${r.claims.contested} contested`,
          '  ',
          '    ',
        );
        this.copies(r);
      }
    }
    this.more(s.sources.more, '  ', 'source');
  }

  private copies(r: SourceRow): void {
    for (const c of r.copies) {
      this.para(this.paint(`↳ ${c.outlet} ran a copy (${c.relation}): “${c.title}”`, 'dim'), '    ', '      ');
    }
  }

  private factLine(f: Fact, bullet: string, indent = '  ', style: Style[] = []): void {
    const notes: string[] = [];
    if (f.detail) notes.push('in statements that differ');
    if (f.attribution) notes.push(`per ${f.attribution}`);
    if (f.hedges.length > 0) notes.push(`${f.hedged ? 'hedged' : 'some hedge'}: ${f.hedges.join(', ')}`);
    const disputed = f.contradictions.length > 0 ? `[contradicted: ${contradictionRefText(f.contradictions)}]` : f.disputed ? '[contradicted: see below]' : '';
    const tail = (notes.length > 0 ? ' ' + this.paint(`[${notes.join('; ')}]`, 'yellow') : '') + (disputed ? ' ' + this.paint(disputed, 'red') : '');
    this.para(`${bullet} ${this.passage(f.text, style)}${tail}`, indent, indent + '  ');
  }

  private corroborated(s: StoryView): void {
    if (s.counts.corroborated === 0) return;
    this.section('Corroborated', s.counts.corroborated);
    for (const f of s.corroborated.items) {
      this.factLine(f, this.paint('✓', 'green'));
      this.para(this.paint(`${plural(f.sources, 'source')}: ${list(f.outlets, 4)}`, 'dim'), '    ', '      ');
    }
    this.more(s.corroborated.more, '  ', 'corroborated fact');
  }

  private singleSource(s: StoryView): void {
    if (s.counts.singleSource === 0) return;
    this.section(s.independentSources === 1 ? 'What the report says' : 'Only one source says', s.counts.singleSource);
    for (const o of s.singleSource.items) {
      if (s.independentSources > 1) this.line(`  ${this.paint(o.outlet, 'bold')}${this.paint(` (${o.total})`, 'dim')}`);
      for (const f of o.items) this.factLine(f, '•', s.independentSources > 1 ? '    ' : '  ');
      this.more(o.more, s.independentSources > 1 ? '    ' : '  ', 'statement', undefined, `from ${o.outlet}`);
    }
    this.more(s.singleSource.more, '  ', 'outlet');
  }

  private contradictions(s: StoryView): void {
    if (s.counts.contradictions === 0) return;
    this.section('Contradictions', s.counts.contradictions);
    s.contradictions.items.forEach((c, i) => {
      if (i > 0) this.line();
      this.contradiction(c);
    });
    this.more(s.contradictions.more, '  ', 'contradiction');
  }

  private contradiction(c: ContradictionView): void {
    const within = c.internal ? this.paint(` (within ${list(c.outlets)})`, 'dim') : '';
    this.para(`${this.paint(`✗ ${c.number}.`, 'red')} ${this.paint(c.label, 'red')} · ${this.paint(c.headline, 'bold')}${within}`, '  ', '    ');
    const indent = '    ';
    const gap = ' │ ';
    const room = this.width - indent.length;
    const columns = c.positions.length > 1 && (room - gap.length) / 2 >= MIN_COLUMN ? 2 : 1;
    if (columns === 1) {
      for (const p of c.positions) for (const l of this.position(p, room)) this.line(indent + l);
      return;
    }
    const colWidth = Math.floor((room - gap.length) / 2);
    for (let i = 0; i < c.positions.length; i += 2) {
      const left = this.position(c.positions[i]!, colWidth);
      const right = c.positions[i + 1] ? this.position(c.positions[i + 1]!, colWidth) : [];
      if (i > 0) this.line(indent + pad('', colWidth) + this.paint(gap.trimEnd(), 'dim'));
      for (let l = 0; l < Math.max(left.length, right.length); l++) {
        this.line((indent + pad(left[l] ?? '', colWidth) + this.paint(right.length ? gap : '', 'dim') + (right[l] ?? '')).trimEnd());
      }
    }
  }

  /** One side: its figure or wording, who says it, and the sentence it is in. */
  private position(p: Position, width: number): string[] {
    const lines = wrap(p.values.map((v) => this.paint(v, 'bold', 'yellow')).join(this.paint(' / ', 'dim')), width, '▸ ', '  ');
    append(lines, wrap(this.paint(list(p.outlets, 3), 'cyan'), width, '  '));
    if (p.passage) append(lines, wrap(quoted(this.passage(p.passage, [], ['bold', 'yellow']), p.passage.text), width, '  ', '   '));
    return lines;
  }

  private quotes(s: StoryView): void {
    if (s.quotes.items.length === 0) return;
    this.section('Key quotes', s.counts.quotes);
    for (const sp of s.quotes.items) {
      this.line(`  ${this.paint(sp.name, 'bold', 'magenta')}`);
      for (const q of sp.items) {
        this.para(`${this.paint('“', 'dim')}${this.paint(q.text, 'italic')}${this.paint('”', 'dim')}${q.kind === 'partial' ? this.paint(' (partial)', 'dim') : ''}`, '    ', '     ');
        this.para(this.paint(`— ${q.outlet} · ${spreadText(q)}`, 'dim'), '      ', '        ');
      }
      this.more(sp.more, '    ', 'quote', undefined, `from ${sp.name}`);
    }
    this.more(s.quotes.more, '  ', 'speaker');
  }

  private timeline(s: StoryView): void {
    if (s.timeline.items.length === 0) return;
    this.section('Timeline', s.timeline.items.length + s.timeline.more);
    const labels = s.timeline.items.map((t) => (t.estimated ? '~' : '') + t.label);
    const labelWidth = Math.min(maxOf(labels.map(visibleWidth)), 26, Math.floor(this.width / 3));
    s.timeline.items.forEach((t, i) => {
      const label = labels[i]!;
      const who = this.paint(`— ${list(t.outlets, 2)}`, 'dim');
      const text = `${this.passage(t.text)} ${who}`;
      const hang = ' '.repeat(2 + labelWidth + 2);
      if (visibleWidth(label) > labelWidth) {
        this.line('  ' + this.paint(label, 'cyan'));
        this.para(text, hang);
      } else {
        this.para(text, '  ' + this.paint(pad(label, labelWidth), 'cyan') + '  ', hang);
      }
    });
    this.more(s.timeline.more, '  ', 'dated statement');
  }
}
