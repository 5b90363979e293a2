/**
 * The one seed report that carries its publication time (a WordPress post): "on Wednesday"
 * must resolve, against the post's date_gmt, to a day of the same ISO week, no later than
 * the post. Only properties derived from the file are asserted; no seed text is copied here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readWordpress } from '../../extract/wordpress/index.js';
import { compareDays, isoWeek, parseAnchor } from './calendar.js';
import { findTimes } from './index.js';

const seedsDir = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

test('seed 001: "on Wednesday" falls in the ISO week of the post\'s date_gmt', () => {
  const name = readdirSync(seedsDir).find((f) => f.startsWith('001_'));
  assert.ok(name, 'seed 001 is present');
  const raw = readFileSync(join(seedsDir, name), 'utf8');
  const dateGmt = (JSON.parse(raw) as { date_gmt: string }).date_gmt;
  const [post] = readWordpress({ name, text: raw });
  assert.ok(post);
  const text = post.blocks.map((b) => b.text).join('\n\n');
  const published = post.published ?? `${dateGmt}Z`;
  assert.equal(published.slice(0, 19), dateGmt.slice(0, 19), 'the reader takes date_gmt as the publication time');

  const times = findTimes(text, published);
  const wednesday = times.find((t) => t.text === 'Wednesday' && text.slice(Math.max(0, t.start - 3), t.start) === 'on ');
  assert.ok(wednesday, '"on Wednesday" is found');
  assert.equal(wednesday.anchor, 'publication');
  assert.equal(wednesday.granularity, 'day');
  const day = parseAnchor(wednesday.value);
  const post_ = parseAnchor(dateGmt);
  assert.ok(day && post_);
  assert.deepEqual(isoWeek(day), isoWeek(post_));
  assert.ok(compareDays(day, post_) <= 0, 'a bare weekday in a report is not after the report');
  assert.equal(new Date(`${wednesday.value}T00:00:00Z`).getUTCDay(), 3, 'it is a Wednesday');

  // Every expression the post yields is well formed and, with the anchor known, resolved.
  for (const t of times) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.notEqual(t.anchor, 'unresolved', t.text);
  }
});
