/** The CLI as a child process that can be killed, and what its store holds after. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { cliBundle, root } from './cli-bundle.js';

export { root };

const bin = cliBundle();

interface Child {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** Resolves when the database file exists: the moment the run starts to touch the store. */
  opened: Promise<void>;
  kill(): void;
}

function startCli(args: readonly string[], db: string): Child {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<Awaited<Child['exited']>>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const opened = new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (existsSync(db)) resolve();
      else if (child.exitCode !== null) reject(new Error(`corroborate ${args.join(' ')} ended before opening ${db}: ${stderr}`));
      else return;
      clearInterval(poll);
    }, 5);
  });
  return { exited, opened, kill: () => child.kill('SIGKILL') };
}

const dbOf = (args: readonly string[]): string => {
  const db = args[args.indexOf('--db') + 1];
  if (!args.includes('--db') || db === undefined) throw new Error(`crash tests name the database: ${args.join(' ')}`);
  return db;
};

/** Runs the CLI to its end; throws unless it exits 0. `workMs`: from opening the store to the exit. */
export async function cliRun(args: readonly string[]): Promise<{ stdout: string; stderr: string; workMs: number }> {
  const child = startCli(args, dbOf(args));
  await child.opened;
  const start = performance.now();
  const r = await child.exited;
  if (r.code !== 0) throw new Error(`corroborate ${args.join(' ')} exited ${r.code ?? r.signal}: ${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr, workMs: performance.now() - start };
}

/** Runs the CLI and kills it with SIGKILL `afterMs` after it opened the store; `phase` says how far it got. */
export async function killedRun(args: readonly string[], afterMs: number): Promise<{ phase: string }> {
  const db = dbOf(args);
  const child = startCli(args, db);
  await child.opened;
  const timer = setTimeout(() => child.kill(), afterMs);
  const r = await child.exited;
  clearTimeout(timer);
  if (r.signal !== 'SIGKILL') return { phase: `it had finished, exit ${r.code}` };
  const s = storeState(db);
  return { phase: `${s.articles.length} stored, ${s.articles.length - s.unplaced.length} placed, ${s.analyses} story documents kept` };
}

export interface StoreState {
  integrity: string;
  articles: string[];
  duplicateIds: number;
  /** Stored articles in no story. */
  unplaced: string[];
  /** Story memberships naming a story that is not stored. */
  orphanMembers: string[];
  stories: { id: string; title: string; members: string[] }[];
  unfinished: string[];
  /** Story documents kept. */
  analyses: number;
}

/** What a database holds, read once its writer is gone. */
export function storeState(path: string): StoreState {
  const db = new Database(path);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const ids = (sql: string): string[] => (db.prepare(sql).pluck().all() as string[]);
    const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
    if (count("SELECT count(*) FROM sqlite_master WHERE name = 'unfinished_articles'") === 0) {
      return { integrity, articles: [], duplicateIds: 0, unplaced: [], orphanMembers: [], stories: [], unfinished: [], analyses: 0 };
    }
    const members = db.prepare('SELECT story_id AS story, article_id AS article FROM story_members ORDER BY article_id').all() as { story: string; article: string }[];
    const stories = (db.prepare('SELECT id, title FROM stories ORDER BY seq').all() as { id: string; title: string }[]).map((s) => ({
      ...s,
      members: members.filter((m) => m.story === s.id).map((m) => m.article),
    }));
    return {
      integrity,
      articles: ids('SELECT id FROM articles ORDER BY id'),
      duplicateIds: count('SELECT count(*) - count(DISTINCT id) FROM articles'),
      unplaced: ids('SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_members) ORDER BY id'),
      orphanMembers: ids('SELECT article_id FROM story_members WHERE story_id NOT IN (SELECT id FROM stories) ORDER BY article_id'),
      stories,
      unfinished: ids('SELECT article_id FROM unfinished_articles ORDER BY article_id'),
      analyses: count('SELECT count(*) FROM story_documents'),
    };
  } finally {
    db.close();
  }
}
