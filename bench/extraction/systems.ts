/** The extractors compared: ours, and Mozilla's Readability on jsdom as the reference peer. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractPage } from '../../src/extract/html/reader.js';

export interface System {
  name: string;
  /** The article body as plain text. */
  extract(html: string, url: string): string;
}

export const ours: System = {
  name: 'corroborate',
  extract: (html, url) =>
    extractPage(html, { url })
      .blocks.map((b) => b.text)
      .join('\n'),
};

export const readability: System = {
  name: 'readability (jsdom)',
  extract(html, url) {
    // A silent console: jsdom reports every stylesheet it cannot parse.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  },
};
