/**
 * The CLI bundled into one file, once per test process: a child started through tsx spends
 * a second of CPU compiling before it runs, more than most CLI tests then need. The bundle
 * sits as deep as src/cli/ does, beside links to what the code reads relative to itself
 * (package.json, data/, schema/) and to node_modules for its dependencies.
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export const root = fileURLToPath(new URL('..', import.meta.url));

let built: string | undefined;

/** The path of the bundled CLI, to run as `node <path> …`. */
export function cliBundle(): string {
  if (built) return built;
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-bundle-'));
  const outfile = join(dir, 'src', 'cli', 'bin.mjs');
  buildSync({ entryPoints: [join(root, 'src/cli/bin.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', outfile, logLevel: 'error' });
  for (const name of ['package.json', 'data', 'schema', 'node_modules']) symlinkSync(join(root, name), join(dir, name));
  built = outfile;
  return outfile;
}
