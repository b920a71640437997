// MinHash signatures with LSH banding: near-duplicate candidates without comparing all pairs.

const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;

/** FNV-1a 32-bit hash of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// fixed coefficients so signatures are reproducible across runs and workers
const SEEDS = Array.from({ length: HASHES }, (_, i) => fnv1a(`seed${i}`));

/** One of HASHES independent 32-bit hash functions: the shingle hash mixed with a seed (murmur3 finaliser). */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Word shingles of the text, case- and punctuation-folded. */
export function shingles(text: string, size = 5): Set<string> {
  const ws = words(text);
  const out = new Set<string>();
  for (let i = 0; i + size <= ws.length; i++) out.add(ws.slice(i, i + size).join(' '));
  if (!out.size && ws.length) out.add(ws.join(' '));
  return out;
}

/** The shingles of `shingles` as 32-bit hashes, combined from each word's hash without building the shingle strings. */
export function shingleHashes(text: string, size = 5): Set<number> {
  const hs = words(text).map(fnv1a);
  const out = new Set<number>();
  const n = Math.min(size, hs.length);
  // a text shorter than one shingle is one shingle of all its words (n = its length: one pass)
  for (let i = 0; n > 0 && i + n <= hs.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < n; j++) h = Math.imul((h ^ hs[i + j]) >>> 0, 0x01000193) >>> 0;
    out.add(mix(h, n));
  }
  return out;
}

export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of shingleHashes(text)) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h, SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** Pairs of items whose estimated Jaccard similarity reaches the threshold; candidates come from LSH bands only. */
export function nearDuplicates(signatures: Uint32Array[], threshold = 0.5): [number, number, number][] {
  const buckets = new Map<string, number[]>();
  signatures.forEach((sig, i) => {
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<string>();
  const out: [number, number, number][] = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]}:${list[y]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const s = similarity(signatures[list[x]], signatures[list[y]]);
        if (s >= threshold) out.push([list[x], list[y], s]);
      }
    }
  }
  return out;
}
