/**
 * Rows of a `= ANY(...)` lookup come in no set order; SQLite's driver looks ids up one by
 * one. This puts them back in the order asked for, one per id asked (a repeated id
 * repeats its row), leaving out ids that have none.
 */
export function inOrderOf<R>(ids: readonly string[], rows: readonly R[], idOf: (row: R) => string): R[] {
  const byId = new Map(rows.map((r) => [idOf(r), r]));
  const out: R[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row !== undefined) out.push(row);
  }
  return out;
}
