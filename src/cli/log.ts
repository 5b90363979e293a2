/**
 * Logs of the long-running commands (worker, serve): pino's structured records, written as
 * JSON lines with --log-format json, for a log collector, or as one readable line each.
 */
import pino, { type Logger } from 'pino';
import { UsageError } from '../pipeline/errors.js';

export type LogFormat = 'text' | 'json';

export function parseLogFormat(value: string): LogFormat {
  if (value === 'text' || value === 'json') return value;
  throw new UsageError(`--log-format takes text or json, not "${value}"`);
}

const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/** One record as a line: time, level when not info, message, then its fields as key=value. */
export function textLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const level = pino.levels.labels[record['level'] as number] ?? 'info';
  const time = typeof record['time'] === 'number' ? new Date(record['time']).toISOString().slice(11, 19) : '';
  const fields = Object.entries(record)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' && !/\s/.test(v) ? v : JSON.stringify(v)}`);
  return [time, level === 'info' ? '' : level.toUpperCase(), String(record['msg'] ?? ''), ...fields].filter((p) => p !== '').join(' ');
}

export function makeLogger(format: LogFormat, write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const stream = { write: (chunk: string) => write(format === 'json' ? chunk : `${textLine(chunk.trimEnd())}\n`) };
  return pino({ base: format === 'json' ? { pid: process.pid } : null, formatters: { level: (label, number) => ({ level: format === 'json' ? label : number }) } }, stream);
}
