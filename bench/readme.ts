/** Keeps the README's benchmark section equal to bench/results.json, between two markers. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchEntry } from './harness.js';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

export interface Results {
  updated: string;
  machine: { cpus: number; cpu: string; node: string };
  command: string;
  entries: Record<string, BenchEntry>;
}

export function renderSection(results: Results): string {
  const lines = [
    `Latest figures, from \`${results.command}\` on ${results.updated.slice(0, 10)} (${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}):`,
    '',
  ];
  for (const entry of Object.values(results.entries)) {
    lines.push(`**${entry.name}** — ${entry.description}`, '');
    const columns = [...new Set(entry.rows.flatMap((r) => Object.keys(r)))];
    lines.push(`| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`);
    for (const row of entry.rows) lines.push(`| ${columns.map((c) => String(row[c] ?? '')).join(' | ')} |`);
    lines.push('');
    for (const [k, v] of Object.entries(entry.summary)) lines.push(`- ${k}: ${v}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

export function updateReadme(path: string, results: Results): boolean {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return false;
  const next = readme.slice(0, start + START.length) + '\n' + renderSection(results) + '\n' + readme.slice(end);
  if (next !== readme) writeFileSync(path, next);
  return true;
}
