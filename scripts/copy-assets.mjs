// The web page's stylesheet and script are plain files read at run time; tsc does not copy them.
import { cpSync } from 'node:fs';
cpSync(new URL('../src/web/client/', import.meta.url), new URL('../dist/web/client/', import.meta.url), {
  recursive: true,
  filter: (src) => !src.endsWith('.json'),
});
