import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenSuite } from '../../test-support/golden.js';
import { readHtml } from './reader.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

goldenSuite(fixtures, (c) => readHtml({ name: 'input.html', text: readFileSync(c.inputPath, 'utf8') }));
