// Aligns two documents sentence by sentence: the passages a copy shares with its original side by side, the rest apart.

export interface Piece {
  text: string;
  start: number;
  end: number;
}

export interface Row {
  a: Piece | null;
  b: Piece | null;
  /** the two sides say the same (up to case, spacing and punctuation) */
  same: boolean;
}

/** The sentences of a text (and its lines: a heading is a piece of its own), with their offsets. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const re = /[^\n.!?。؟！？]+(?:[.!?。؟！？]+["'”’»)]*|$)/gmu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    const start = m.index + lead;
    const prev = out.at(-1);
    // "2:40 a.m. local time", "U.S. officials": a piece that starts in lower case continues the sentence before it on its line
    if (t && prev && /^\p{Ll}/u.test(t) && !text.slice(prev.end, start).includes('\n')) {
      prev.end = start + t.length;
      prev.text = text.slice(prev.start, prev.end);
    } else if (t) out.push({ text: t, start, end: start + t.length });
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

const key = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** Longest common subsequence of two lists by key: the index pairs that match, in order. Null when too large to compute. */
function lcs(a: string[], b: string[], limit: number): [number, number][] | null {
  if (a.length * b.length > limit) return null;
  const w = b.length + 1;
  const table = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) table[i * w + j] = a[i] === b[j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * Rows of the two documents side by side: shared sentences on one row, and between them the sentences of each side
 * paired in order (a sentence reworded in the copy sits beside the original's). Long documents (too many sentence
 * pairs to align) are shown in order, shared sentences still marked.
 */
export function align(a: Piece[], b: Piece[], limit = 4_000_000): Row[] {
  const ka = a.map((p) => key(p.text));
  const kb = b.map((p) => key(p.text));
  const pairs = lcs(ka, kb, limit);
  if (!pairs) {
    const inB = new Set(kb);
    const inA = new Set(ka);
    const n = Math.max(a.length, b.length);
    return Array.from({ length: n }, (_, i) => ({ a: a[i] ?? null, b: b[i] ?? null, same: !!a[i] && !!b[i] && ka[i] === kb[i] && inA.has(kb[i]) && inB.has(ka[i]) }));
  }
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  const gap = (toI: number, toJ: number) => {
    while (i < toI || j < toJ) rows.push({ a: i < toI ? a[i++] : null, b: j < toJ ? b[j++] : null, same: false });
  };
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    gap(pi, pj);
    if (pi < a.length && pj < b.length) rows.push({ a: a[i++], b: b[j++], same: true });
  }
  return rows;
}

/** The words of two reworded sentences, each marked when the other side lacks it. */
export function wordDiff(a: string, b: string): { a: [string, boolean][]; b: [string, boolean][] } {
  const wa = a.split(/(\s+)/);
  const wb = b.split(/(\s+)/);
  const pairs = lcs(wa.map(key), wb.map(key), 250_000) ?? [];
  const keptA = new Set(pairs.map((p) => p[0]));
  const keptB = new Set(pairs.map((p) => p[1]));
  const marked = (ws: string[], kept: Set<number>): [string, boolean][] => ws.map((w, k) => [w, !kept.has(k) && /\S/.test(w)]);
  return { a: marked(wa, keptA), b: marked(wb, keptB) };
}
