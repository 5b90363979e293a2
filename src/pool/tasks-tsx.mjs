// The pool's task file when corroborate runs from its TypeScript sources (tests, benches):
// a worker thread does not inherit tsx from `node --import tsx`, so it registers tsx itself.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./tasks.ts');

export const read = (task) => tasks.read(task);
export const annotate = (article) => tasks.annotate(article);
export const analyze = (task) => tasks.analyze(task);
