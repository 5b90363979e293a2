// Child of open-race.test.ts. Loading tsx and the store takes far longer than opening a
// database, so the child loads once, says "ready", then opens one database per line of
// stdin: the parent sends the same path to every child at once, and they race on it.
import { createInterface } from 'node:readline';
import { openSqliteStore } from './sqlite.js';
import { identify } from '../identify/identify.js';
import { normalize } from '../normalize/normalize.js';
import { extracted } from '../pipeline/record.js';

const name = process.argv[2] ?? 'child';

async function openAndAdd(path: string, round: number): Promise<string> {
  try {
    const store = openSqliteStore(path);
    const e = extracted('text', `${name}-${round}.txt`, {
      title: `Report ${name} ${round}`,
      blocks: [{ kind: 'paragraph', text: `Report ${round} from ${name}, written to show its input is kept.` }],
    });
    const result = await store.addArticles([identify(e, normalize(e))]);
    await store.close();
    return `ok ${result.added.length}`;
  } catch (error) {
    return `error ${(error as Error).message.replaceAll('\n', ' ')}`;
  }
}

let round = 0;
const lines = createInterface({ input: process.stdin });
lines.on('line', (path) => {
  void openAndAdd(path, round++).then((reply) => process.stdout.write(`${reply}\n`));
});
process.stdout.write('ready\n');
