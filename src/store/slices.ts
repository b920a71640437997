// PostgreSQL takes at most 65,535 parameters per statement: long lists go to the database in slices.

/** Rows per multi-row insert. */
export const ROWS_PER_INSERT = 200;
/** Values in one `in (…)` list. */
export const IN_LIST = 1000;

/** The items in consecutive slices of at most `size`, in order (none for an empty list). */
export function inSlices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
