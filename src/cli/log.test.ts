import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeLogger, textLine } from './log.js';

test('json logs are one pino record per line; text logs one readable line', () => {
  const json: string[] = [];
  makeLogger('json', (l) => json.push(l)).warn({ queue: 'q', ms: 12 }, 'job failed');
  const record = JSON.parse(json[0]!) as Record<string, unknown>;
  assert.deepEqual([record['level'], record['msg'], record['queue'], record['ms'], typeof record['time'], record['pid']], ['warn', 'job failed', 'q', 12, 'number', process.pid]);
  const text: string[] = [];
  makeLogger('text', (l) => text.push(l)).warn({ queue: 'q', error: 'two words' }, 'job failed');
  assert.match(text[0]!, /^\d\d:\d\d:\d\d WARN job failed queue=q error="two words"\n$/);
  assert.equal(textLine('not json'), 'not json');
});
