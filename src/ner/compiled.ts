import { ENTITY_TYPES } from './conll.js';
import { bestAllowed, T, TAGS } from './decode.js';
import { type DocumentEvidence, longShape, shortShape } from './features.js';
import { placeClass, wordFlags } from './lexicon.js';

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
const MISSING = -1;
const UNKNOWN = -2;
// caches are emptied between documents once they hold this many entries (memory stays bounded on long runs)
const WORD_LIMIT = 100_000;
const PART_LIMIT = 200_000;
// s-1s+1= triples are cached by one number made of three shape ids, each below 2^17 (shapes are emptied before)
const SHAPE_LIMIT = 1 << 17;
// the most static ids one token can have: 5 + first= + 3 × 7 flags + 4 gazetteer + 2 run + 1 evidence, rounded up
const STATICS_PER_TOKEN = 64;
// r=<pos> and r=<pos>|<org> ids are kept by position in the run (B/I/L/U) and organization word in it ("", has, end)
const RUN_POS = ['B', 'I', 'L', 'U'] as const;
const RUN_ORG = ['', 'has', 'end'] as const;
// features of the form <kind>=<value> that a word gives by its forms: their ids are found by the value, one lookup a
// value (VALUE_KINDS ids a row), instead of one lookup a feature string
const VALUE_KINDS = ['w', 'W', 'S', 'p1', 'x1', 'p2', 'x2', 'p3', 'x3', 'p4', 'x4', 'w-2', 'w-1', 'w+1', 'w+2', 'first'] as const;
const K = VALUE_KINDS.length;
const V_LOWER = 0;
const V_WORD = 1;
const V_LONG = 2;
const V_AFFIX = 3;
const V_WINDOW = 11;
const V_FIRST = 15;

/** What the tagger reads of one lower-case form, shared by the words that have it ("The", "the", "THE"). */
interface LowerEntry {
  id: number;
  /** its row in the value table, or -1 */
  row: number;
  w1wRight: boolean;
  ww1Right: boolean;
  tagWord: Int32Array | null;
  /** may the form stand on the left of a w-1w= / ww+1= pair feature of the model */
  w1wLeft: boolean;
  ww1Left: boolean;
}

// per tag: whether it opens an entity (B-, U-), closes one (L-, U-), and its type's bit (ENTITY_TYPES order)
const SPAN_STARTS = TAGS.map((t) => t[0] === 'B' || t[0] === 'U');
const SPAN_ENDS = TAGS.map((t) => t[0] === 'L' || t[0] === 'U');
const TYPE_BIT = TAGS.map((t) => (t === 'O' ? 0 : 1 << ENTITY_TYPES.indexOf(t.slice(2) as (typeof ENTITY_TYPES)[number])));

/** The ids a word shape gives (m=<mode>|<shape> per mode, s-1=<shape>, s+1=<shape>), shared by every word of that shape. */
interface ShapeEntry {
  /** a small integer of its own for the shape (s-1s+1= triples are cached by three of them) */
  id: number;
  shape: string;
  /** s=<shape>, the word's own */
  own: number;
  modes: Int32Array;
  prev: number;
  next: number;
}

/**
 * The ids a word's flags give (f=<flag>|<C/c>|<mode> for each mode, f-1=<flag>, f+1=<flag>), shared by every word with
 * the same flags and capitalisation; ids the model lacks are left out (a missing feature adds nothing).
 */
interface FlagEntry {
  /** f=<flag>, the word's own */
  own: Int32Array;
  modes: Int32Array[];
  prev: Int32Array;
  next: Int32Array;
  orgw: boolean;
}

/** What the tagger reads of one distinct token, computed once. */
interface WordEntry {
  lower: string;
  /** LowerEntry id of the lower-case form */
  lowerId: number;
  shape: ShapeEntry;
  flags: FlagEntry;
  cap: boolean;
  letter: boolean;
  upper: boolean;
  /** where in the score pool the word's own features and its features as a neighbour, summed (model.wordScore), start */
  scores: number;
  /** may the word stand on the right of a w-1w= / ww+1= pair feature of the model */
  w1wRight: boolean;
  ww1Right: boolean;
  /** first=<lower> */
  first: number;
  /** the word is its lower-case form */
  isLower: boolean;
  /** t-1w=<previous tag>|<lower> ids by previous tag + 1, filled on use; null when the model has no such feature */
  tagWord: Int32Array | null;
  w1wLeft: boolean;
  ww1Left: boolean;
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

/** Part ids and scores (their offset in the score pool) of the sentence edges, "<s>" and "</s>". */
interface Edge {
  lowerId: number;
  shapeId: number;
  scores: number;
}

export class CompiledTagger {
  private readonly lowers = new Map<string, LowerEntry>();
  /** value table: the row of a value (a word, its lower-case form, long shape or affix), and VALUE_KINDS ids a row */
  private readonly values = new Map<string, number>();
  private readonly valueIds: Int32Array;
  private readonly bias: number;
  private readonly words = new Map<string, WordEntry>();
  private readonly shapes = new Map<string, ShapeEntry>();
  /** flag entries by capitalisation and flags ("C" or "c", then the flags joined by ",") */
  private readonly flagGroups = new Map<string, FlagEntry>();
  /** s-1s+1= ids by the three shapes' ids (previous, this, next) as one number */
  private readonly shapeTriples = new Map<number, number>();
  /** w-1w=<left>|<right> and ww+1=<left>|<right> ids by the two forms' LowerEntry ids (a sentence edge by its own) */
  private readonly w1wPairs = new PairTable();
  private readonly ww1Pairs = new PairTable();
  /** the static feature ids of the sentence being tagged (only those the model has), token i's at offsets[i] … offsets[i + 1] */
  private statics = new Int32Array(4096);
  private offsets = new Int32Array(64);
  /** per token of the sentence being tagged: its gazetteer mark's ids (gazetteerIds) or null */
  private marks: (Int32Array | null)[] = [];
  /** per token: the r= ids' index in runTable (RUN_POS × RUN_ORG), or -1 outside a run of capitalised words */
  private runAt = new Int32Array(64);
  private readonly runTable: Int32Array;
  private readonly w1w: { left: Set<string>; right: Set<string> };
  private readonly ww1: { left: Set<string>; right: Set<string> };
  private readonly tagWordRight = new Set<string>();
  private readonly tagPrev: Int32Array;
  private readonly tagPrev2: Int32Array;
  private readonly history: Int32Array;
  private readonly gazetteer = new Map<string, Int32Array>();
  private readonly evidence: Int32Array;
  private readonly edgeIds: Int32Array;
  private start!: Edge;
  private end!: Edge;
  /** every word's 5 rows of T scores (model.wordScore) in one array, so decoding reads one array; a word's at WordEntry.scores */
  private pool = new Float64Array(5 * T * 1024);
  private poolUsed = 0;
  /** the scores of the token being decoded */
  private readonly scores = new Float64Array(T);

  constructor(
    private readonly index: Map<string, number>,
    private readonly weights: Float32Array,
    private readonly wordScore: (word: string) => Float64Array,
  ) {
    const names = [...index.keys()];
    const kinds = new Map<string, number>(VALUE_KINDS.map((k, i) => [k, i]));
    const rows: number[] = [];
    for (const [name, id] of index) {
      const eq = name.indexOf('=');
      const kind = eq > 0 ? kinds.get(name.slice(0, eq)) : undefined;
      if (kind === undefined) continue;
      const value = name.slice(eq + 1);
      let row = this.values.get(value);
      if (row === undefined) {
        row = this.values.size;
        this.values.set(value, row);
        for (let k = 0; k < K; k++) rows.push(MISSING);
      }
      rows[row * K + kind] = id;
    }
    this.valueIds = Int32Array.from(rows);
    this.bias = this.id('b');
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
    // r=<pos>, r=<pos>|<org>, two a pair
    this.runTable = Int32Array.from({ length: RUN_POS.length * RUN_ORG.length * 2 }, (_, k) => {
      const pos = RUN_POS[Math.floor(k / (2 * RUN_ORG.length))];
      const org = RUN_ORG[Math.floor(k / 2) % RUN_ORG.length];
      return this.id(k % 2 ? `r=${pos}|${org}` : `r=${pos}`);
    });
    // s-1=<s> before the first token, s+1=</s> after the last; the pair tests for the edges
    this.edgeIds = Int32Array.from([this.id('s-1=<s>'), this.id('s+1=</s>'), Number(this.w1w.left.has('<s>')), Number(this.ww1.right.has('</s>'))]);
    this.edges();
  }

  private edges(): void {
    this.start = { lowerId: this.lowerEntry('<s>').id, shapeId: this.shapeEntry('<s>').id, scores: this.pooled(this.wordScore('<s>')) };
    this.end = { lowerId: this.lowerEntry('</s>').id, shapeId: this.shapeEntry('</s>').id, scores: this.pooled(this.wordScore('</s>')) };
  }

  /** Room for one word's 5 × T scores in the pool (grown by doubling): their offset. */
  private allocate(): number {
    const at = this.poolUsed;
    if (at + 5 * T > this.pool.length) {
      const grown = new Float64Array(2 * this.pool.length);
      grown.set(this.pool);
      this.pool = grown;
    }
    this.poolUsed += 5 * T;
    return at;
  }

  private pooled(scores: Float64Array): number {
    const at = this.allocate();
    this.pool.set(scores, at);
    return at;
  }

  private id(feature: string): number {
    return this.index.get(feature) ?? MISSING;
  }

  /** The id of <kind>=<value> (kind: an index into VALUE_KINDS). */
  private valueId(value: string, kind: number): number {
    const row = this.values.get(value);
    return row === undefined ? MISSING : this.valueIds[row * K + kind];
  }

  private lowerEntry(lower: string): LowerEntry {
    let e = this.lowers.get(lower);
    if (!e) {
      e = {
        id: this.lowers.size,
        row: this.values.get(lower) ?? -1,
        w1wRight: this.w1w.right.has(lastPart(lower)),
        ww1Right: this.ww1.right.has(lastPart(lower)),
        tagWord: this.tagWordRight.has(lower) ? new Int32Array(T + 1).fill(UNKNOWN) : null,
        w1wLeft: this.w1w.left.has(firstPart(lower)),
        ww1Left: this.ww1.left.has(firstPart(lower)),
      };
      this.lowers.set(lower, e);
    }
    return e;
  }

  /**
   * model.ts wordScore from the value table: row 0 the word's own features (wordFeatures: b, w=, W=, s=, S=, p1=, x1=,
   * … p4=, x4=, f=), then its w-2=, w-1=, w+1=, w+2= rows, each summed in the order the string features give.
   */
  private scoreOf(word: string, lower: string, le: LowerEntry, shape: ShapeEntry, flags: FlagEntry): number {
    const w = this.weights;
    const offset = this.allocate();
    const s = this.pool;
    const add = (id: number, row: number) => {
      if (id < 0) return;
      const base = id * T;
      const at = offset + row * T;
      for (let t = 0; t < T; t++) s[at + t] += w[base + t];
    };
    const vi = this.valueIds;
    add(this.bias, 0);
    add(le.row < 0 ? MISSING : vi[le.row * K + V_LOWER], 0);
    add(this.valueId(word, V_WORD), 0);
    add(shape.own, 0);
    add(this.valueId(longShape(word), V_LONG), 0);
    const len = lower.length;
    for (let k = 1; k <= 4 && k < len; k++) {
      add(this.valueId(lower.slice(0, k), V_AFFIX + 2 * (k - 1)), 0);
      add(this.valueId(lower.slice(len - k), V_AFFIX + 2 * (k - 1) + 1), 0);
    }
    for (let f = 0; f < flags.own.length; f++) add(flags.own[f], 0);
    if (le.row >= 0) for (let k = 0; k < 4; k++) add(vi[le.row * K + V_WINDOW + k], k + 1);
    return offset;
  }

  private shapeEntry(shape: string): ShapeEntry {
    let e = this.shapes.get(shape);
    if (!e) {
      e = {
        id: this.shapes.size,
        shape,
        own: this.id(`s=${shape}`),
        modes: Int32Array.from(MODES, (m) => this.id(`m=${m}|${shape}`)),
        prev: this.id(`s-1=${shape}`),
        next: this.id(`s+1=${shape}`),
      };
      this.shapes.set(shape, e);
    }
    return e;
  }

  private flagEntry(flags: string[], cap: boolean): FlagEntry {
    const key = `${cap ? 'C' : 'c'}${flags.join(',')}`;
    let e = this.flagGroups.get(key);
    if (!e) {
      const known = (fs: string[]) => Int32Array.from(fs.map((f) => this.id(f)).filter((id) => id >= 0));
      e = {
        own: known(flags.map((fl) => `f=${fl}`)),
        modes: MODES.map((m) => known(flags.map((fl) => `f=${fl}|${cap ? 'C' : 'c'}|${m}`))),
        prev: known(flags.map((fl) => `f-1=${fl}`)),
        next: known(flags.map((fl) => `f+1=${fl}`)),
        orgw: flags.includes('orgw'),
      };
      this.flagGroups.set(key, e);
    }
    return e;
  }

  private entry(word: string): WordEntry {
    const known = this.words.get(word);
    if (known) return known;
    const lower = word.toLowerCase();
    const cap = UPPER_START.test(word);
    const le = this.lowerEntry(lower);
    const shape = this.shapeEntry(shortShape(word));
    const flags = this.flagEntry(wordFlags(word), cap);
    const e: WordEntry = {
      lower,
      lowerId: le.id,
      shape,
      flags,
      cap,
      letter: LETTER.test(word),
      upper: isUpper(word),
      scores: this.scoreOf(word, lower, le, shape, flags),
      w1wRight: le.w1wRight,
      ww1Right: le.ww1Right,
      first: le.row < 0 ? MISSING : this.valueIds[le.row * K + V_FIRST],
      isLower: word === lower,
      tagWord: le.tagWord,
      w1wLeft: le.w1wLeft,
      ww1Left: le.ww1Left,
    };
    this.words.set(word, e);
    return e;
  }

  /** w-1w=<previous>|<word>: MISSING unless both sides can stand in such a feature of the model. */
  private previousPair(p: WordEntry | null, e: WordEntry): number {
    if (!e.w1wRight || !(p ? p.w1wLeft : this.edgeIds[2] === 1)) return MISSING;
    const left = p ? p.lowerId : this.start.lowerId;
    let id = this.w1wPairs.get(left, e.lowerId);
    if (id === UNKNOWN) {
      id = this.id(`w-1w=${p ? p.lower : '<s>'}|${e.lower}`);
      this.w1wPairs.set(left, e.lowerId, id);
    }
    return id;
  }

  /** ww+1=<word>|<next>. */
  private nextPair(e: WordEntry, x: WordEntry | null): number {
    if (!e.ww1Left || !(x ? x.ww1Right : this.edgeIds[3] === 1)) return MISSING;
    const right = x ? x.lowerId : this.end.lowerId;
    let id = this.ww1Pairs.get(e.lowerId, right);
    if (id === UNKNOWN) {
      id = this.id(`ww+1=${e.lower}|${x ? x.lower : '</s>'}`);
      this.ww1Pairs.set(e.lowerId, right, id);
    }
    return id;
  }

  /** s-1s+1=<previous shape>|<shape>|<next shape>. */
  private shapeTriple(p: WordEntry | null, e: WordEntry, x: WordEntry | null): number {
    const prev = p ? p.shape.id : this.start.shapeId;
    const next = x ? x.shape.id : this.end.shapeId;
    const name = () => `s-1s+1=${p ? p.shape.shape : '<s>'}|${e.shape.shape}|${x ? x.shape.shape : '</s>'}`;
    // a document of more distinct shapes than the key holds: no cache
    if (prev >= SHAPE_LIMIT || e.shape.id >= SHAPE_LIMIT || next >= SHAPE_LIMIT) return this.id(name());
    const key = (prev * SHAPE_LIMIT + e.shape.id) * SHAPE_LIMIT + next;
    let id = this.shapeTriples.get(key);
    if (id === undefined) {
      id = this.id(name());
      this.shapeTriples.set(key, id);
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

  private trim(): void {
    if (this.words.size < WORD_LIMIT && this.lowers.size < PART_LIMIT && this.shapes.size < SHAPE_LIMIT - 2) return;
    // entries and caches hold part and shape ids: they go together
    this.words.clear();
    this.lowers.clear();
    this.shapes.clear();
    this.shapeTriples.clear();
    this.w1wPairs.clear();
    this.ww1Pairs.clear();
    // the pool from its start, zeroed: scoreOf adds into it
    this.pool.fill(0, 0, this.poolUsed);
    this.poolUsed = 0;
    this.edges();
  }

  /** The document evidence (features.ts documentEvidence) from the entries. */
  private documentEvidence(sentences: WordEntry[][]): DocumentEvidence {
    const lower = new Set<string>();
    const capitalizedMid = new Set<string>();
    for (const es of sentences) {
      const shouted = isShouted(es);
      for (let i = 0; i < es.length; i++) {
        const e = es[i];
        if (!e.letter) continue;
        if (e.isLower) lower.add(e.lower);
        else if (i > 0 && !shouted && e.cap && es[i - 1].letter) capitalizedMid.add(e.lower);
      }
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

  /**
   * Greedy decoding as decode.ts decodeSentence, with the scores added in the order of the string features: the word's
   * row, its neighbours' rows, the static features, then t-1=, t-2t-1=, t-1w= and, for a capitalised word, h=.
   */
  private tagSentence(words: string[], es: WordEntry[], doc: DocumentEvidence, hist: Map<string, number>): { tags: number[]; margins: number[] } {
    const n = words.length;
    const w = this.weights;
    this.staticIds(words, es, doc);
    const statics = this.statics;
    const offsets = this.offsets;
    const scores = this.scores;
    const pool = this.pool;
    const startScores = this.start.scores;
    const endScores = this.end.scores;
    const tags = new Array<number>(n);
    const margins = new Array<number>(n);
    let prev = -1;
    let prev2 = -1;
    for (let i = 0; i < n; i++) {
      const e = es[i];
      const r0 = e.scores;
      const r1 = i >= 2 ? es[i - 2].scores : startScores;
      const r2 = i >= 1 ? es[i - 1].scores : startScores;
      const r3 = i + 1 < n ? es[i + 1].scores : endScores;
      const r4 = i + 2 < n ? es[i + 2].scores : endScores;
      // each row is T wide; row k of a word's scores starts k * T after its offset
      for (let t = 0; t < T; t++) scores[t] = 0 + pool[r0 + t] + pool[r1 + T + t] + pool[r2 + 2 * T + t] + pool[r3 + 3 * T + t] + pool[r4 + 4 * T + t];
      for (let k = offsets[i], to = offsets[i + 1]; k < to; k++) {
        const base = statics[k] * T;
        for (let t = 0; t < T; t++) scores[t] += w[base + t];
      }
      // the dynamic features
      let id = this.tagPrev[prev + 1];
      if (id >= 0) for (let t = 0, base = id * T; t < T; t++) scores[t] += w[base + t];
      id = this.tagPrev2[(prev2 + 1) * (T + 1) + prev + 1];
      if (id >= 0) for (let t = 0, base = id * T; t < T; t++) scores[t] += w[base + t];
      if (e.tagWord) {
        id = e.tagWord[prev + 1];
        if (id === UNKNOWN) {
          id = this.id(`t-1w=${prev < 0 ? '<s>' : TAGS[prev]}|${e.lower}`);
          e.tagWord[prev + 1] = id;
        }
        if (id >= 0) for (let t = 0, base = id * T; t < T; t++) scores[t] += w[base + t];
      }
      if (e.cap) {
        id = this.history[hist.get(e.lower) ?? 0];
        if (id >= 0) for (let t = 0, base = id * T; t < T; t++) scores[t] += w[base + t];
      }
      const { best, margin } = bestAllowed(scores, prev, i === n - 1);
      margins[i] = margin;
      tags[i] = best;
      prev2 = prev;
      prev = best;
    }
    // the document's history (model.ts remember): each capitalised word of an entity gets its type; the decoder's tags
    // are well-formed BILOU (an entity opens with B- or U- and closes with L- or U-), so the spans are read off directly
    let from = 0;
    for (let i = 0; i < n; i++) {
      const t = tags[i];
      if (SPAN_STARTS[t]) from = i;
      if (!SPAN_ENDS[t]) continue;
      const bit = TYPE_BIT[t];
      for (let k = from; k <= i; k++) if (es[k].cap) hist.set(es[k].lower, (hist.get(es[k].lower) ?? 0) | bit);
    }
    return { tags, margins };
  }

  /** features.ts gazetteerMarks over the entries, as the marks' ids (gazetteerIds) into this.marks. */
  private gazetteerMarks(words: string[], es: WordEntry[]): void {
    const n = words.length;
    const marks = this.marks;
    marks.length = n;
    marks.fill(null);
    for (let i = 0; i < n; i++) {
      if (!es[i].cap) continue;
      for (let len = Math.min(4, n - i); len >= 1; len--) {
        let ok = true;
        for (let k = i; k < i + len; k++) {
          if (!es[k].cap && !(k > i && k < i + len - 1 && (words[k] === 'of' || words[k] === 'de'))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const cls = placeClass(len === 1 ? words[i] : words.slice(i, i + len).join(' '));
        if (!cls) continue;
        for (let k = i; k < i + len; k++) marks[k] = this.gazetteerIds(`${k === i ? (len === 1 ? 'U' : 'B') : 'I'}:${cls}`);
        i += len - 1;
        break;
      }
    }
  }

  /** features.ts capitalRuns over the entries, as indexes into runTable, into this.runAt. */
  private capitalRuns(es: WordEntry[]): void {
    const n = es.length;
    const runAt = this.runAt;
    let i = 0;
    while (i < n) {
      if (!es[i].cap) {
        runAt[i++] = -1;
        continue;
      }
      let j = i;
      while (j + 1 < n && es[j + 1].cap) j++;
      let hasOrg = false;
      for (let k = i; k <= j; k++) if (es[k].flags.orgw) hasOrg = true;
      const org = es[j].flags.orgw ? 2 : hasOrg ? 1 : 0;
      for (let k = i; k <= j; k++) {
        // RUN_POS: B, I, L, U
        const pos = i === j ? 3 : k === i ? 0 : k === j ? 2 : 1;
        runAt[k] = (pos * RUN_ORG.length + org) * 2;
      }
      i = j + 1;
    }
  }

  /** Per token, the ids of staticFeatures(words, doc, false) the model has, in its order, into this.statics at this.offsets. */
  private staticIds(words: string[], es: WordEntry[], doc: DocumentEvidence): void {
    const n = words.length;
    if (this.offsets.length < n + 1) {
      this.offsets = new Int32Array(2 * (n + 1));
      this.runAt = new Int32Array(2 * (n + 1));
    }
    if (this.statics.length < n * STATICS_PER_TOKEN) this.statics = new Int32Array(2 * n * STATICS_PER_TOKEN);
    this.gazetteerMarks(words, es);
    this.capitalRuns(es);
    const marks = this.marks;
    const runAt = this.runAt;
    const runTable = this.runTable;
    const shouted = isShouted(es);
    const offsets = this.offsets;
    const st = this.statics;
    let k = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      const e = es[i];
      const p = i > 0 ? es[i - 1] : null;
      const x = i + 1 < n ? es[i + 1] : null;
      let id = this.previousPair(p, e);
      if (id >= 0) st[k++] = id;
      id = this.nextPair(e, x);
      if (id >= 0) st[k++] = id;
      id = p ? p.shape.prev : this.edgeIds[0];
      if (id >= 0) st[k++] = id;
      id = x ? x.shape.next : this.edgeIds[1];
      if (id >= 0) st[k++] = id;
      id = this.shapeTriple(p, e, x);
      if (id >= 0) st[k++] = id;
      const mode = shouted ? 0 : i === 0 ? 1 : 2;
      id = e.shape.modes[mode];
      if (id >= 0) st[k++] = id;
      if (i === 0) {
        if (e.first >= 0) st[k++] = e.first;
      }
      const own = e.flags.modes[mode];
      for (let f = 0; f < own.length; f++) st[k++] = own[f];
      if (p) for (let f = 0, ids = p.flags.prev; f < ids.length; f++) st[k++] = ids[f];
      if (x) for (let f = 0, ids = x.flags.next; f < ids.length; f++) st[k++] = ids[f];
      const g = marks[i];
      if (g) {
        if (g[0] >= 0) st[k++] = g[0];
        if (g[1] >= 0) st[k++] = g[1];
      }
      const gp = i > 0 ? marks[i - 1] : null;
      if (gp && gp[2] >= 0) st[k++] = gp[2];
      const gx = i + 1 < n ? marks[i + 1] : null;
      if (gx && gx[3] >= 0) st[k++] = gx[3];
      const r = runAt[i];
      if (r >= 0) {
        if (runTable[r] >= 0) st[k++] = runTable[r];
        if (runTable[r + 1] >= 0) st[k++] = runTable[r + 1];
      }
      if (e.cap && e.letter) {
        const ev = (doc.lower.has(e.lower) ? 1 : 0) | (doc.capitalizedMid.has(e.lower) ? 2 : 0);
        id = this.evidence[ev * MODES.length + mode];
        if (id >= 0) st[k++] = id;
      }
    }
    offsets[n] = k;
  }
}

/**
 * A map from two small non-negative integers to an int (UNKNOWN when absent), by open addressing in typed arrays: the
 * pair caches are read at every token, where a Map of Maps costs more than the rest of the token's features.
 */
class PairTable {
  private keys = new Int32Array(2 * 1024).fill(-1);
  private values = new Int32Array(1024);
  private size = 0;

  private slot(a: number, b: number): number {
    const mask = this.values.length - 1;
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.keys[2 * i] !== -1 && (this.keys[2 * i] !== a || this.keys[2 * i + 1] !== b)) i = (i + 1) & mask;
    return i;
  }

  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.keys[2 * i] === -1 ? UNKNOWN : this.values[i];
  }

  set(a: number, b: number, value: number): void {
    // at most half full: probes stay short
    if (2 * (this.size + 1) > this.values.length) this.grow();
    const i = this.slot(a, b);
    if (this.keys[2 * i] === -1) this.size++;
    this.keys[2 * i] = a;
    this.keys[2 * i + 1] = b;
    this.values[i] = value;
  }

  clear(): void {
    this.keys = new Int32Array(2 * 1024).fill(-1);
    this.values = new Int32Array(1024);
    this.size = 0;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * keys.length).fill(-1);
    this.values = new Int32Array(2 * values.length);
    this.size = 0;
    for (let i = 0; i < values.length; i++) if (keys[2 * i] !== -1) this.set(keys[2 * i], keys[2 * i + 1], values[i]);
  }
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
