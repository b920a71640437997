/**
 * A pure one-string function answered from a bounded cache: names, words and lines recur across the sentences and
 * documents of a story, and their keys and normal forms cost far more than a map lookup. The cache is emptied when full.
 */
export function memo<R>(fn: (key: string) => R, limit = 20_000): (key: string) => R {
  const cache = new Map<string, R>();
  return (key: string) => {
    const hit = cache.get(key);
    // one lookup for a cached value; a second only for a cached undefined
    if (hit !== undefined || cache.has(key)) return hit as R;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
