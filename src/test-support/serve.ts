/** `corroborate serve` in a child process on a free port, for tests that need the real command. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');

export interface Served {
  url: string;
  exited: Promise<number | null>;
  /** Resolves when the server logs a line matching `pattern`. */
  logged(pattern: RegExp): Promise<void>;
  /** What it has written to stderr so far. */
  stderr(): string;
  kill(): void;
}

/** Starts `corroborate serve --port 0 --db <db> --quiet …extra` and resolves once it prints its URL. */
export async function serveChild(db: string, extra: readonly string[] = []): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', bin, 'serve', '--port', '0', '--db', db, '--quiet', ...extra], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const watchers: { pattern: RegExp; resolve: () => void }[] = [];
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    for (const w of watchers.filter((w) => w.pattern.test(stderr))) w.resolve();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) resolve(m[0]);
    });
    void exited.then(() => reject(new Error(`serve exited: ${stderr}`)));
  });
  return {
    url,
    exited,
    logged: (pattern) => new Promise((resolve) => (pattern.test(stderr) ? resolve() : watchers.push({ pattern, resolve }))),
    stderr: () => stderr,
    kill: () => child.kill('SIGTERM'),
  };
}
