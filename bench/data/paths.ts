import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** ../shared/data beside the repository, where the public evaluation sets live. */
export function sharedData(): string {
  return join(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'data');
}
