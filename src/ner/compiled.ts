import { ENTITY_TYPES, spansFromIob } from './conll.js';
import { decodeSentence, T, TAGS } from './decode.js';
import { capitalRuns, type DocumentEvidence, gazetteerMarks, shortShape } from './features.js';
import { wordFlags } from './lexicon.js';

/**
 * The tagger's features as integer ids instead of strings. Tagging with string features built each feature name per
 * token (about 25 concatenations and hash lookups a token) and spent most of its time there; here each distinct word
 * is looked up once (its forms, shape, flags and the ids of the features it gives in each position), and the features
 * that join two or three tokens are found from the words' ids through caches, after a test on the model's feature names
 * that rules most pairs out. Every id is the id the feature string would have had, and the scores are added in the
 * same order as by the string features (features.ts, model.ts), so the tags and margins are the same to the bit.
 */

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const isUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
const MODES = ['shout', 'first', 'mid'] as const;
const MODES_COUNT = MODES.length;
const MISSING = -1;
// where WordEntry.ids holds what: mode ids from 0, then first=, s-1=, s+1=, then the flag ids (flagCount a group)
const ID_FIRST = 3;
const ID_SHAPE_PREV = 4;
const ID_SHAPE_NEXT = 5;
const ID_FLAGS = 6;
const FLAG_PREV = MODES_COUNT;
const FLAG_NEXT = MODES_COUNT + 1;
const UNKNOWN = -2;
// caches are emptied between documents once they hold this many entries (memory stays bounded on long runs)
const WORD_LIMIT = 100_000;
const PART_LIMIT = 200_000;

/** What the tagger reads of one distinct token, computed once. */
interface WordEntry {
  lower: string;
  /** part ids (see CompiledTagger.part) of the lower-case form and the short shape */
  lowerId: number;
  shapeId: number;
  flags: string[];
  cap: boolean;
  letter: boolean;
  upper: boolean;
  orgw: boolean;
  /** the word's own features and its features as a neighbour, summed (model.wordScore) */
  scores: Float64Array;
  /** may the word stand on the right of a w-1w= / ww+1= pair feature of the model */
  w1wRight: boolean;
  ww1Right: boolean;
  /**
   * Feature ids, in one array (one typed array a word, not seven): m=<mode>|<shape> per mode, first=<lower>,
   * s-1=<shape>, s+1=<shape>, then per flag f=<flag>|<C/c>|<mode> for each mode, f-1=<flag> and f+1=<flag> (see ID_*).
   */
  ids: Int32Array;
  flagCount: number;
  /** the word is its lower-case form */
  isLower: boolean;
  /** t-1w=<previous tag>|<lower> ids by previous tag + 1, filled on use; null when the model has no such feature */
  tagWord: Int32Array | null;
  /** w-1w=<this>|<next word> and ww+1=<this>|<next word> ids by the next word's lowerId, filled on use; null when the word stands on the left of no such feature */
  w1wAfter: Map<number, number> | null;
  ww1After: Map<number, number> | null;
}

/** The parts of a pair feature's value on each side of its first and last "|": a pair can exist only if both are known. */
function pairSides(names: string[], prefix: string): { left: Set<string>; right: Set<string> } {
  const left = new Set<string>();
  const right = new Set<string>();
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const v = n.slice(prefix.length);
    left.add(v.slice(0, v.indexOf('|')));
    right.add(v.slice(v.lastIndexOf('|') + 1));
  }
  return { left, right };
}

const firstPart = (s: string) => (s.includes('|') ? s.slice(0, s.indexOf('|')) : s);
const lastPart = (s: string) => s.slice(s.lastIndexOf('|') + 1);

/** Part ids and scores of the sentence edges, "<s>" and "</s>". */
interface Edge {
  lowerId: number;
  shapeId: number;
  scores: Float64Array;
}

export class CompiledTagger {
  private readonly parts = new Map<string, number>();
  private readonly words = new Map<string, WordEntry>();
  /** s-1s+1= ids by the shapes' part ids: previous, this, next */
  private readonly shapeTriples = new Map<number, Map<number, Map<number, number>>>();
  /** w-1w=<s>|<word> ids by the word's lowerId */
  private readonly startPairs = new Map<number, number>();
  /** the static feature ids of the sentence being tagged, token i's at offsets[i] … offsets[i + 1] */
  private statics = new Int32Array(1024);
  private offsets = new Int32Array(64);
  private readonly w1w: { left: Set<string>; right: Set<string> };
  private readonly ww1: { left: Set<string>; right: Set<string> };
  private readonly tagWordRight = new Set<string>();
  private readonly tagPrev: Int32Array;
  private readonly tagPrev2: Int32Array;
  private readonly history: Int32Array;
  private readonly gazetteer = new Map<string, Int32Array>();
  private readonly runs = new Map<string, Int32Array>();
  private readonly evidence: Int32Array;
  private readonly edgeIds: Int32Array;
  private start!: Edge;
  private end!: Edge;
  /** the dynamic features of the token being decoded */
  private readonly dynamic = new Int32Array(4);

  constructor(
    private readonly index: Map<string, number>,
    private readonly weights: Float32Array,
    private readonly wordScore: (word: string) => Float64Array,
  ) {
    const names = [...index.keys()];
    this.w1w = pairSides(names, 'w-1w=');
    this.ww1 = pairSides(names, 'ww+1=');
    // a tag holds no "|": the value after the first one is the word
    for (const n of names) if (n.startsWith('t-1w=')) this.tagWordRight.add(n.slice(n.indexOf('|') + 1));
    const tagName = (t: number) => (t < 0 ? '<s>' : TAGS[t]);
    this.tagPrev = Int32Array.from({ length: T + 1 }, (_, p) => this.id(`t-1=${tagName(p - 1)}`));
    this.tagPrev2 = Int32Array.from({ length: (T + 1) * (T + 1) }, (_, k) => this.id(`t-2t-1=${tagName(Math.floor(k / (T + 1)) - 1)}|${tagName((k % (T + 1)) - 1)}`));
    // h=: the entity types the document gave the word so far, as a bit set over ENTITY_TYPES (0: none, "-")
    this.history = Int32Array.from({ length: 1 << ENTITY_TYPES.length }, (_, mask) =>
      this.id(`h=${mask ? ENTITY_TYPES.filter((_, b) => mask & (1 << b)).sort().join('+') : '-'}`),
    );
    // d=<L if written in lower case elsewhere><C if capitalised mid-sentence elsewhere>|<mode>
    this.evidence = Int32Array.from({ length: 4 * MODES.length }, (_, k) => {
      const ev = Math.floor(k / MODES.length);
      return this.id(`d=${ev & 1 ? 'L' : ''}${ev & 2 ? 'C' : ''}|${MODES[k % MODES.length]}`);
    });
    // s-1=<s> before the first token, s+1=</s> after the last; the pair tests for the edges
    this.edgeIds = Int32Array.from([this.id('s-1=<s>'), this.id('s+1=</s>'), Number(this.w1w.left.has('<s>')), Number(this.ww1.right.has('</s>'))]);
    this.edges();
  }

  private edges(): void {
    this.start = { lowerId: this.part('<s>'), shapeId: this.part('<s>'), scores: this.wordScore('<s>') };
    this.end = { lowerId: this.part('</s>'), shapeId: this.part('</s>'), scores: this.wordScore('</s>') };
  }

  private id(feature: string): number {
    return this.index.get(feature) ?? MISSING;
  }

  /** A small integer for a string that is part of a feature's value (a lower-case word, a shape, a sentence edge). */
  private part(s: string): number {
    let id = this.parts.get(s);
    if (id === undefined) {
      id = this.parts.size;
      this.parts.set(s, id);
    }
    return id;
  }

  private entry(word: string): WordEntry {
    const known = this.words.get(word);
    if (known) return known;
    const lower = word.toLowerCase();
    const shape = shortShape(word);
    const flags = wordFlags(word);
    const cap = UPPER_START.test(word);
    const ids = (fs: string[]) => Int32Array.from(fs, (f) => this.id(f));
    const e: WordEntry = {
      lower,
      lowerId: this.part(lower),
      shapeId: this.part(shape),
      flags,
      cap,
      letter: LETTER.test(word),
      upper: isUpper(word),
      orgw: flags.includes('orgw'),
      scores: this.wordScore(word),
      w1wRight: this.w1w.right.has(lastPart(lower)),
      ww1Right: this.ww1.right.has(lastPart(lower)),
      ids: ids([
        ...MODES.map((m) => `m=${m}|${shape}`),
        `first=${lower}`,
        `s-1=${shape}`,
        `s+1=${shape}`,
        ...MODES.flatMap((m) => flags.map((fl) => `f=${fl}|${cap ? 'C' : 'c'}|${m}`)),
        ...flags.map((fl) => `f-1=${fl}`),
        ...flags.map((fl) => `f+1=${fl}`),
      ]),
      flagCount: flags.length,
      isLower: word === lower,
      tagWord: this.tagWordRight.has(lower) ? new Int32Array(T + 1).fill(UNKNOWN) : null,
      w1wAfter: this.w1w.left.has(firstPart(lower)) ? new Map() : null,
      ww1After: this.ww1.left.has(firstPart(lower)) ? new Map() : null,
    };
    this.words.set(word, e);
    return e;
  }

  /** w-1w=<previous>|<word>: MISSING unless both sides can stand in such a feature of the model. */
  private previousPair(p: WordEntry | null, e: WordEntry): number {
    const cache = p ? p.w1wAfter : this.edgeIds[2] === 1 ? this.startPairs : null;
    if (!e.w1wRight || !cache) return MISSING;
    let id = cache.get(e.lowerId);
    if (id === undefined) {
      id = this.id(`w-1w=${p ? p.lower : '<s>'}|${e.lower}`);
      cache.set(e.lowerId, id);
    }
    return id;
  }

  /** ww+1=<word>|<next>. */
  private nextPair(e: WordEntry, x: WordEntry | null): number {
    const cache = e.ww1After;
    if (!cache || !(x ? x.ww1Right : this.edgeIds[3] === 1)) return MISSING;
    const key = x ? x.lowerId : this.end.lowerId;
    let id = cache.get(key);
    if (id === undefined) {
      id = this.id(`ww+1=${e.lower}|${x ? x.lower : '</s>'}`);
      cache.set(key, id);
    }
    return id;
  }

  /** s-1s+1=<previous shape>|<shape>|<next shape>. */
  private shapeTriple(words: string[], i: number, prev: number, cur: number, next: number): number {
    let byCur = this.shapeTriples.get(prev);
    if (!byCur) {
      byCur = new Map();
      this.shapeTriples.set(prev, byCur);
    }
    let byNext = byCur.get(cur);
    if (!byNext) {
      byNext = new Map();
      byCur.set(cur, byNext);
    }
    let id = byNext.get(next);
    if (id === undefined) {
      const n = words.length;
      id = this.id(`s-1s+1=${i > 0 ? shortShape(words[i - 1]) : '<s>'}|${shortShape(words[i])}|${i + 1 < n ? shortShape(words[i + 1]) : '</s>'}`);
      byNext.set(next, id);
    }
    return id;
  }

  /** g=<mark>, g=<class>, g-1=<class>, g+1=<class> ids of a gazetteer mark ("B:city+"). */
  private gazetteerIds(mark: string): Int32Array {
    let ids = this.gazetteer.get(mark);
    if (!ids) {
      const cls = mark.slice(2);
      ids = Int32Array.from([`g=${mark}`, `g=${cls}`, `g-1=${cls}`, `g+1=${cls}`], (f) => this.id(f));
      this.gazetteer.set(mark, ids);
    }
    return ids;
  }

  private runIds(pos: string, org: string): Int32Array {
    const key = `${pos}|${org}`;
    let ids = this.runs.get(key);
    if (!ids) {
      ids = Int32Array.from([`r=${pos}`, `r=${pos}|${org}`], (f) => this.id(f));
      this.runs.set(key, ids);
    }
    return ids;
  }

  private trim(): void {
    if (this.words.size < WORD_LIMIT && this.parts.size < PART_LIMIT) return;
    // entries and caches hold part ids: they go together
    this.words.clear();
    this.parts.clear();
    this.shapeTriples.clear();
    this.startPairs.clear();
    this.edges();
  }

  /** The document evidence (features.ts documentEvidence) from the entries. */
  private documentEvidence(sentences: WordEntry[][]): DocumentEvidence {
    const lower = new Set<string>();
    const capitalizedMid = new Set<string>();
    for (const es of sentences) {
      const shouted = isShouted(es);
      es.forEach((e, i) => {
        if (!e.letter) return;
        if (e.isLower) lower.add(e.lower);
        else if (i > 0 && !shouted && e.cap && es[i - 1].letter) capitalizedMid.add(e.lower);
      });
    }
    return { lower, capitalizedMid };
  }

  /** Tags (as tag indexes) and margins of every sentence of one document. */
  tagDocument(sentences: string[][], evidence?: DocumentEvidence): { tags: number[]; margins: number[] }[] {
    this.trim();
    const entries = sentences.map((ws) => ws.map((w) => this.entry(w)));
    const doc = evidence ?? this.documentEvidence(entries);
    const hist = new Map<string, number>();
    return sentences.map((words, si) => this.tagSentence(words, entries[si], doc, hist));
  }

  private tagSentence(words: string[], es: WordEntry[], doc: DocumentEvidence, hist: Map<string, number>): { tags: number[]; margins: number[] } {
    const n = words.length;
    const w = this.weights;
    this.staticIds(words, es, doc);
    const statics = this.statics;
    const offsets = this.offsets;
    const addRow = (out: Float64Array, row: Float64Array, k: number) => {
      const base = k * T;
      for (let t = 0; t < T; t++) out[t] += row[base + t];
    };
    const add = (out: Float64Array, id: number) => {
      if (id < 0) return;
      const base = id * T;
      for (let t = 0; t < T; t++) out[t] += w[base + t];
    };
    const dyn = this.dynamic;
    const margins: number[] = [];
    const tags = decodeSentence(
      n,
      (i, out) => {
        // the same order as the string features: the word's row, its neighbours' rows, then the static features
        addRow(out, es[i].scores, 0);
        addRow(out, i >= 2 ? es[i - 2].scores : this.start.scores, 1);
        addRow(out, i >= 1 ? es[i - 1].scores : this.start.scores, 2);
        addRow(out, i + 1 < n ? es[i + 1].scores : this.end.scores, 3);
        addRow(out, i + 2 < n ? es[i + 2].scores : this.end.scores, 4);
        for (let k = offsets[i]; k < offsets[i + 1]; k++) add(out, statics[k]);
      },
      {
        // dynamicFeatures: t-1=, t-2t-1=, t-1w=, and h= for a capitalised word
        features: (i, prev, prev2) => {
          const e = es[i];
          dyn[0] = this.tagPrev[prev + 1];
          dyn[1] = this.tagPrev2[(prev2 + 1) * (T + 1) + prev + 1];
          let id = MISSING;
          if (e.tagWord) {
            id = e.tagWord[prev + 1];
            if (id === UNKNOWN) {
              id = this.id(`t-1w=${prev < 0 ? '<s>' : TAGS[prev]}|${e.lower}`);
              e.tagWord[prev + 1] = id;
            }
          }
          dyn[2] = id;
          dyn[3] = e.cap ? this.history[hist.get(e.lower) ?? 0] : MISSING;
          return dyn;
        },
        score: (ids, out) => {
          for (let k = 0; k < ids.length; k++) add(out, ids[k]);
        },
      },
      undefined,
      margins,
    );
    // the document's history (model.ts remember): each capitalised word of an entity gets its type
    for (const s of spansFromIob(tags.map((t) => TAGS[t]))) {
      const bit = 1 << ENTITY_TYPES.indexOf(s.type as (typeof ENTITY_TYPES)[number]);
      for (let i = s.start; i < s.end; i++) if (es[i].cap) hist.set(es[i].lower, (hist.get(es[i].lower) ?? 0) | bit);
    }
    return { tags, margins };
  }

  /** Per token, the ids of staticFeatures(words, doc, false), in its order, into this.statics at this.offsets. */
  private staticIds(words: string[], es: WordEntry[], doc: DocumentEvidence): void {
    const n = words.length;
    const gaz = gazetteerMarks(words);
    const runs = capitalRuns(
      words,
      es.map((e) => e.flags),
    );
    const shouted = isShouted(es);
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(2 * (n + 1));
    const offsets = this.offsets;
    let k = 0;
    const push = (id: number) => {
      if (k === this.statics.length) {
        const grown = new Int32Array(2 * k);
        grown.set(this.statics);
        this.statics = grown;
      }
      this.statics[k++] = id;
    };
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      const e = es[i];
      const p = i > 0 ? es[i - 1] : null;
      const x = i + 1 < n ? es[i + 1] : null;
      push(this.previousPair(p, e));
      push(this.nextPair(e, x));
      push(p ? p.ids[ID_SHAPE_PREV] : this.edgeIds[0]);
      push(x ? x.ids[ID_SHAPE_NEXT] : this.edgeIds[1]);
      push(this.shapeTriple(words, i, p ? p.shapeId : this.start.shapeId, e.shapeId, x ? x.shapeId : this.end.shapeId));
      const mode = shouted ? 0 : i === 0 ? 1 : 2;
      push(e.ids[mode]);
      if (i === 0) push(e.ids[ID_FIRST]);
      flagIds(e, mode, push);
      if (p) flagIds(p, FLAG_PREV, push);
      if (x) flagIds(x, FLAG_NEXT, push);
      if (gaz[i]) {
        const g = this.gazetteerIds(gaz[i]);
        push(g[0]);
        push(g[1]);
      }
      if (gaz[i - 1]) push(this.gazetteerIds(gaz[i - 1])[2]);
      if (gaz[i + 1]) push(this.gazetteerIds(gaz[i + 1])[3]);
      if (runs.pos[i]) {
        const r = this.runIds(runs.pos[i], runs.org[i]);
        push(r[0]);
        push(r[1]);
      }
      if (e.cap && e.letter) {
        const ev = (doc.lower.has(e.lower) ? 1 : 0) | (doc.capitalizedMid.has(e.lower) ? 2 : 0);
        push(this.evidence[ev * MODES.length + mode]);
      }
    }
    offsets[n] = k;
  }
}

/** A word's group of flag ids: f= for a mode, f-1= or f+1=. */
function flagIds(e: WordEntry, group: number, push: (id: number) => void): void {
  const from = ID_FLAGS + group * e.flagCount;
  for (let k = from; k < from + e.flagCount; k++) push(e.ids[k]);
}

/** features.ts isShouted over entries: more than 70 % of the words with letters in capitals. */
function isShouted(es: WordEntry[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const e of es) {
    if (!e.letter) continue;
    letters++;
    if (e.upper) upper++;
  }
  return letters >= 2 && upper / letters > 0.7;
}
