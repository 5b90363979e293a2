/**
 * HTML to a domhandler tree in linear time. htmlparser2's own Parser keeps its stack of open
 * elements with the innermost first and grows it with `unshift`, and looks closing tags up
 * with `indexOf`: each costs time in proportion to the nesting depth, so a page with
 * hundreds of thousands of nested elements (or stray closing tags under a deep stack) takes
 * quadratic time. This tree builder drives htmlparser2's Tokenizer (linear) and domhandler's
 * DomHandler with the same implied-closing behaviour, but keeps the stack innermost-last and
 * counts open elements by name, so every tag costs amortised constant time.
 */
import { DomHandler, Tokenizer, type QuoteType, type TokenizerCallbacks } from 'htmlparser2';
import type { Document } from 'domhandler';

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DEF = new Set(['dd', 'dt']);
const RUBY = new Set(['rt', 'rp']);
const SECTION = new Set(['thead', 'tbody']);

/** Opening this tag closes an innermost open element of these names, repeatedly (an open <p> before a <div>). */
const CLOSES: Record<string, ReadonlySet<string>> = {
  tr: new Set(['tr', 'th', 'td']), th: new Set(['th']), td: new Set(['thead', 'th', 'td']),
  body: new Set(['head', 'link', 'script']), li: new Set(['li']),
  option: new Set(['option']), optgroup: new Set(['optgroup', 'option']),
  dd: DEF, dt: DEF, rt: RUBY, rp: RUBY, tbody: SECTION, tfoot: SECTION,
  select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
};
for (const tag of [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
  'table', 'ul',
]) {
  CLOSES[tag] = P;
}

/** Elements whose content is SVG or MathML, where `<x/>` really closes. */
const FOREIGN = new Set(['math', 'svg']);
/** Elements inside foreign content whose content is HTML again. */
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

function codePoint(cp: number): string {
  return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0 ? '\ufffd' : String.fromCodePoint(cp);
}

class TreeBuilder implements TokenizerCallbacks {
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();
  private readonly foreign: boolean[] = [false];
  private tagname = '';
  private attribs: Record<string, string> | null = null;
  private attribname = '';
  private attribvalue = '';

  constructor(
    private readonly src: string,
    private readonly dom: DomHandler,
  ) {}

  private push(name: string): void {
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
  }

  private pop(): void {
    const name = this.stack.pop();
    if (name === undefined) return;
    this.open.set(name, this.open.get(name)! - 1);
    this.dom.onclosetag();
  }

  private openTag(name: string): void {
    const closes = CLOSES[name];
    if (closes) while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!)) this.pop();
    if (!VOID.has(name)) {
      this.push(name);
      if (FOREIGN.has(name)) this.foreign.push(true);
      else if (INTEGRATION.has(name)) this.foreign.push(false);
    }
    this.tagname = name;
    this.attribs = {};
  }

  private endOpenTag(): void {
    this.dom.onopentag(this.tagname, this.attribs ?? {});
    this.attribs = null;
    if (VOID.has(this.tagname)) this.dom.onclosetag();
  }

  ontext(start: number, end: number): void {
    this.dom.ontext(this.src.slice(start, end));
  }

  ontextentity(cp: number): void {
    this.dom.ontext(codePoint(cp));
  }

  onopentagname(start: number, end: number): void {
    this.openTag(this.src.slice(start, end).toLowerCase());
  }

  onopentagend(): void {
    this.endOpenTag();
    this.tagname = '';
  }

  onselfclosingtag(): void {
    const name = this.tagname;
    this.endOpenTag();
    // Only foreign content (SVG, MathML) honours "<x/>"; in HTML the slash means nothing.
    if (this.foreign[this.foreign.length - 1] && this.stack[this.stack.length - 1] === name) this.pop();
    this.tagname = '';
  }

  onclosetag(start: number, end: number): void {
    const name = this.src.slice(start, end).toLowerCase();
    if ((FOREIGN.has(name) || INTEGRATION.has(name)) && this.foreign.length > 1) this.foreign.pop();
    if (VOID.has(name)) {
      if (name === 'br') {
        // Browsers read a stray </br> as <br>.
        this.dom.onopentag('br', {});
        this.dom.onclosetag();
      }
      return;
    }
    if ((this.open.get(name) ?? 0) > 0) {
      // Amortised constant: every element popped here was pushed once.
      let popped: string | undefined;
      do {
        popped = this.stack[this.stack.length - 1];
        this.pop();
      } while (popped !== name && this.stack.length > 0);
    } else if (name === 'p') {
      // A stray </p> stands for an empty paragraph.
      this.openTag('p');
      this.endOpenTag();
      this.pop();
    }
  }

  onattribname(start: number, end: number): void {
    this.attribname = this.src.slice(start, end).toLowerCase();
  }

  onattribdata(start: number, end: number): void {
    this.attribvalue += this.src.slice(start, end);
  }

  onattribentity(cp: number): void {
    this.attribvalue += codePoint(cp);
  }

  onattribend(_quote: QuoteType): void {
    if (this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = '';
  }

  oncomment(start: number, end: number, offset: number): void {
    this.dom.oncomment(this.src.slice(start, end - offset));
    this.dom.oncommentend();
  }

  oncdata(start: number, end: number, offset: number): void {
    // Outside foreign content a CDATA section is a bogus comment.
    this.dom.oncomment(`[CDATA[${this.src.slice(start, end - offset)}]]`);
    this.dom.oncommentend();
  }

  ondeclaration(start: number, end: number): void {
    const value = this.src.slice(start, end);
    this.dom.onprocessinginstruction(`!${value.split(/[\s/]/, 1)[0]!.toLowerCase()}`, `!${value}`);
  }

  onprocessinginstruction(start: number, end: number): void {
    const value = this.src.slice(start, end);
    this.dom.onprocessinginstruction(`?${value.split(/[\s/]/, 1)[0]!.toLowerCase()}`, `?${value}`);
  }

  onend(): void {
    while (this.stack.length > 0) this.pop();
    this.dom.onend();
  }
}

export function parseHtml(html: string): Document {
  const dom = new DomHandler();
  const builder = new TreeBuilder(html, dom);
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  return dom.root;
}
