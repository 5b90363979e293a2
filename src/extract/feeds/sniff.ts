/**
 * Cheap looks at the start of an input, for the format sniffer: no parse of the whole
 * document, so a large file costs no more than its prologue.
 */

/**
 * Name of the first element as written (with any prefix: "rss", "rdf:RDF", "feed",
 * "html"), skipping a BOM, whitespace, the XML declaration, comments, the doctype (with
 * an internal subset) and processing instructions; null when text comes first, or no
 * element starts within the first 64 KiB.
 */
export function xmlRootName(text: string): string | null {
  const limit = Math.min(text.length, 65_536);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < limit) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c !== '<') return null;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return null;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return null;
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      const end = doctypeEnd(text, i + 2);
      if (end === -1) return null;
      i = end;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)(?=[\s/>]|$)/.exec(text.slice(i, i + 256));
      return m ? m[1]! : null;
    }
  }
  return null;
}

/** End (exclusive) of a `<!DOCTYPE …>` whose internal subset may hold '>' inside brackets. */
function doctypeEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Which feed reader fits: 'rss' for `<rss>` and RSS 1.0's `<rdf:RDF>` (any prefix),
 * 'atom' for `<feed>`; null for anything else.
 */
export function xmlFeedFormat(text: string): 'rss' | 'atom' | null {
  const root = xmlRootName(text);
  if (root === null) return null;
  const local = root.slice(root.indexOf(':') + 1);
  if (local === 'rss' || local === 'RDF') return 'rss';
  if (local === 'feed') return 'atom';
  return null;
}
