/**
 * Golden cases: invented news paragraphs in fixtures/<case>/input.txt, and every quote the
 * finder reads in them, as text, in expected.json (npm run golden:update to rewrite).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenSuite } from '../../test-support/golden.js';
import { readAll } from './test-helpers.js';

goldenSuite(join(dirname(fileURLToPath(import.meta.url)), 'fixtures'), (c) => readAll(readFileSync(c.inputPath, 'utf8')));
