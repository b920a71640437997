import { ENTITY_TYPES } from './conll.js';

/** BILOU tags over the four CoNLL types: O, then B-, I-, L-, U- of each type. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const T = TAGS.length;
const PREFIX = TAGS.map((t) => t[0]);
const TYPE = TAGS.map((t) => t.slice(2));

/** A tag may follow another: inside an entity only I-/L- of its type, outside only O, B-, U-. */
export function allowed(prev: number, cur: number): boolean {
  const open = prev >= 0 && (PREFIX[prev] === 'B' || PREFIX[prev] === 'I');
  const continues = PREFIX[cur] === 'I' || PREFIX[cur] === 'L';
  return open ? continues && TYPE[cur] === TYPE[prev] : !continues;
}

/** The features that depend on the tags decided so far, as a decoder reads them: built at token i after tags prev and prev2, then scored. */
export interface DynamicScorer<D> {
  features(i: number, prev: number, prev2: number): D;
  score(features: D, out: Float64Array): void;
}

// ALLOWED[(prev + 1) * T + cur]: allowed(prev, cur) for prev -1 (sentence start) … T-1
export const ALLOWED = Uint8Array.from({ length: (T + 1) * T }, (_, k) => Number(allowed(Math.floor(k / T) - 1, k % T)));
/** the tags that open an entity without closing it (B-, I-): no sentence ends on one */
export const OPENS = TAGS.map((_, t) => PREFIX[t] === 'B' || PREFIX[t] === 'I');

/**
 * The best tag allowed after `prev` (-1 at a sentence's start) by the scores, none that leaves an entity open on the
 * sentence's `last` token; and how far it is ahead of the best other allowed tag (the tagger's confidence).
 */
export function bestAllowed(scores: Float64Array, prev: number, last: boolean): { best: number; margin: number } {
  const row = (prev + 1) * T;
  let best = -1;
  for (let t = 0; t < T; t++) {
    if (!ALLOWED[row + t]) continue;
    // a sentence ends outside any entity
    if (last && OPENS[t]) continue;
    if (best < 0 || scores[t] > scores[best]) best = t;
  }
  let second = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < T; t++) if (t !== best && ALLOWED[row + t] && scores[t] > second) second = scores[t];
  return { best, margin: scores[best] - second };
}

/**
 * Greedy left-to-right decoding of one sentence of n tokens under the BILOU constraints: at each token the best allowed
 * tag given the static features (`scoreStatic`) and the dynamic features of the tags decided so far. The caller records
 * the sentence's entities in its history (remember).
 */
export function decodeSentence<D>(
  n: number,
  scoreStatic: (i: number, out: Float64Array) => void,
  dynamic: DynamicScorer<D>,
  onToken?: (i: number, dynamic: D, predicted: number) => number,
  margins?: number[],
): number[] {
  const tags: number[] = [];
  const scores = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    scoreStatic(i, scores);
    const prev = i > 0 ? tags[i - 1] : -1;
    const dyn = dynamic.features(i, prev, i > 1 ? tags[i - 2] : -1);
    dynamic.score(dyn, scores);
    const { best, margin } = bestAllowed(scores, prev, i === n - 1);
    margins?.push(margin);
    tags.push(onToken ? onToken(i, dyn, best) : best);
  }
  return tags;
}

