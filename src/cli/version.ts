import { readFileSync } from 'node:fs';

/** This corroborate's version, from package.json (two levels up from src/cli and from dist/cli alike). */
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
