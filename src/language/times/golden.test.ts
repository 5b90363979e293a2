/**
 * Golden cases: short invented news texts. The first line of each input names the
 * publication time ("publication: none" when unknown); the expectation is the whole output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenSuite } from '../../test-support/golden.js';
import { findTimes } from './index.js';

function readFixture(path: string): { text: string; publication: string | null } {
  const raw = readFileSync(path, 'utf8');
  const newline = raw.indexOf('\n');
  const header = raw.slice(0, newline).replace(/^publication:\s*/, '').trim();
  return { text: raw.slice(newline + 1).replace(/^\n/, ''), publication: header === 'none' ? null : header };
}

goldenSuite(fileURLToPath(new URL('./fixtures', import.meta.url)), (c) => {
  const { text, publication } = readFixture(c.inputPath);
  return findTimes(text, publication);
});
