import { createHash } from 'node:crypto';

/** The first `length` hex digits of the SHA-256 of a string. */
export const shortHash = (s: string, length = 8): string => createHash('sha256').update(s).digest('hex').slice(0, length);

/**
 * Content-based ids: a prefix and a short hash of what the item is about, so that adding, removing or re-ordering
 * other items keeps every id. Two different keys whose short hashes collide get longer hashes (the later one);
 * items with equal keys get "-2", "-3"… in the order they are asked for.
 */
export class StableIds {
  private readonly taken = new Set<string>();
  private readonly seen = new Map<string, number>();

  next(prefix: string, key: string): string {
    const full = `${prefix}\u0000${key}`;
    const n = (this.seen.get(full) ?? 0) + 1;
    this.seen.set(full, n);
    let length = 8;
    let id = `${prefix}${shortHash(full, length)}`;
    while (this.taken.has(id) && n === 1 && length < 64) {
      length += 4;
      id = `${prefix}${shortHash(full, length)}`;
    }
    if (n > 1) id = `${prefix}${shortHash(full, length)}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** Ids for a list of items from their keys, in list order (see StableIds). */
export function stableIds(prefix: string, keys: string[]): string[] {
  const ids = new StableIds();
  return keys.map((k) => ids.next(prefix, k));
}
