import { html } from './html.js';
import { page } from './layout.js';

export function errorPage(title: string, message: string): string {
  return page(html`<h1>${title}</h1><p>${message}</p><p><a href="/">All stories</a></p>`, { title: `${title} — corroborate`, mode: 'served', home: '/' });
}
