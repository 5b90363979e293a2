import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenSuite } from '../../test-support/golden.js';
import { findQuantities } from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

goldenSuite(fixtures, (c) => findQuantities(readFileSync(c.inputPath, 'utf8')));
