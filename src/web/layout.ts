import { html, trusted, type Html } from './html.js';
import { assets, inlineCsp } from './assets.js';

export interface PageOptions {
  title: string;
  /** `served`: assets from /assets/ under the server's CSP header; `inline`: one self-contained file. */
  mode: 'served' | 'inline';
  /** Where the brand link goes: the story list when served. */
  home?: string;
}

/** The document around a page body. Inline mode carries its CSP in a meta tag, pinned by hash. */
export function page(body: Html, options: PageOptions): string {
  const { script, style } = assets();
  const head =
    options.mode === 'inline'
      ? html`<meta http-equiv="Content-Security-Policy" content="${inlineCsp()}">
<style>${trusted(style.body)}</style>`
      : html`<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">`;
  const tail = options.mode === 'inline' ? html`<script>${trusted(script.body)}</script>` : html`<script src="/assets/app.js" defer></script>`;
  return `<!doctype html>
${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
${head}
</head>
<body>
<header class="site">${options.home ? html`<a class="brand" href="${options.home}">corroborate</a>` : html`<span class="brand">corroborate</span>`}<span class="tag">what independent sources agree on, what only one says, where they contradict</span></header>
<main>
${body}
</main>
${tail}
</body>
</html>`.value}
`;
}
