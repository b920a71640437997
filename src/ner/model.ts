import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CompiledTagger } from './compiled.js';
import { spansFromIob, type TokenSpan } from './conll.js';
import { decodeSentence, type DynamicScorer, T, TAGS } from './decode.js';
import { type DocumentEvidence, documentEvidence, staticFeatures, wordFeatures } from './features.js';

export { allowed, decodeSentence, type DynamicScorer, TAGS } from './decode.js';

/** BILOU tags for spans over n tokens. */
export function bilouFromSpans(spans: TokenSpan[], n: number): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = `U-${s.type}`;
    else for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : i === s.end - 1 ? 'L' : 'I'}-${s.type}`;
  }
  return tags;
}

/** Types the document has already given a capitalised word, as one feature value ("PER", "LOC+ORG"). */
export type History = Map<string, Set<string>>;

/** Features that depend on the tags decided so far: the two previous tags, and the document's history for this word. */
export function dynamicFeatures(prev: number, prev2: number, lw: string, word: string, hist: History): string[] {
  const p1 = prev < 0 ? '<s>' : TAGS[prev];
  const p2 = prev2 < 0 ? '<s>' : TAGS[prev2];
  const f = [`t-1=${p1}`, `t-2t-1=${p2}|${p1}`, `t-1w=${p1}|${lw}`];
  if (/^\p{Lu}/u.test(word)) {
    const h = hist.get(lw);
    f.push(`h=${h ? [...h].sort().join('+') : '-'}`);
  }
  return f;
}

/** Records a sentence's decided entities in the document's history (each capitalised word of an entity gets its type). */
export function remember(hist: History, words: string[], tags: number[]): void {
  for (const s of spansFromIob(tags.map((t) => TAGS[t]))) {
    for (let i = s.start; i < s.end; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      const lw = words[i].toLowerCase();
      const set = hist.get(lw) ?? new Set<string>();
      set.add(s.type);
      hist.set(lw, set);
    }
  }
}

/** The dynamic features as strings (dynamicFeatures over the document's history), scored by `score`: training's form and the reference tagger's. */
export function stringDynamic(words: string[], hist: History, score: (features: string[], out: Float64Array) => void): DynamicScorer<string[]> {
  return { features: (i, prev, prev2) => dynamicFeatures(prev, prev2, words[i].toLowerCase(), words[i], hist), score };
}

const MAGIC = 'triangulate-ner/1';

/** An averaged-perceptron tagger's weights: one row of T weights per feature string. */
export class NerModel {
  /**
   * Per word, bounded: the summed scores of its own features (wordFeatures), then the scores it gives the tokens around it
   * as their w-2, w-1, w+1 and w+2 (five rows of T).
   */
  private readonly wordScores = new Map<string, Float64Array>();

  constructor(
    readonly index: Map<string, number>,
    readonly weights: Float32Array,
  ) {}

  private addRow(scores: Float64Array, row: number, out: Float64Array): void {
    const base = row * T;
    for (let t = 0; t < T; t++) out[t] += scores[base + t];
  }

  private wordScore(word: string): Float64Array {
    let s = this.wordScores.get(word);
    if (!s) {
      s = new Float64Array(5 * T);
      // sentence edges stand in the window as "<s>" and "</s>", which are no words of their own
      if (word !== '<s>' && word !== '</s>') this.addFeatures(wordFeatures(word), s);
      const lw = word === '<s>' || word === '</s>' ? word : word.toLowerCase();
      for (const [k, name] of ['w-2', 'w-1', 'w+1', 'w+2'].entries()) this.addFeatures([`${name}=${lw}`], s.subarray((k + 1) * T, (k + 2) * T));
      if (this.wordScores.size >= 200_000) this.wordScores.clear();
      this.wordScores.set(word, s);
    }
    return s;
  }

  private addFeatures(features: string[], out: Float64Array): void {
    const w = this.weights;
    for (const f of features) {
      const id = this.index.get(f);
      if (id === undefined) continue;
      const base = id * T;
      for (let t = 0; t < T; t++) out[t] += w[base + t];
    }
  }

  /** BILOU tags of every sentence of one document (sentences given as token lists). */
  tagDocument(sentences: string[][], evidence?: DocumentEvidence): string[][] {
    return this.tagDocumentScored(sentences, evidence).map((s) => s.tags);
  }

  private compiledTagger: CompiledTagger | null = null;

  /** Tags with each token's margin (score of the chosen tag over the best other allowed tag). */
  tagDocumentScored(sentences: string[][], evidence?: DocumentEvidence): { tags: string[]; margins: number[] }[] {
    this.compiledTagger ??= new CompiledTagger(this.index, this.weights, (word) => this.wordScore(word));
    return this.compiledTagger.tagDocument(sentences, evidence).map((s) => ({ tags: s.tags.map((t) => TAGS[t]), margins: s.margins }));
  }

  /** tagDocumentScored from the feature strings (features.ts, dynamicFeatures), as training reads them: what the compiled tagger must equal. */
  tagDocumentReference(sentences: string[][], evidence: DocumentEvidence = documentEvidence(sentences)): { tags: string[]; margins: number[] }[] {
    const hist: History = new Map();
    return sentences.map((words) => {
      const feats = staticFeatures(words, evidence, false);
      const margins: number[] = [];
      const n = words.length;
      const tags = decodeSentence(
        n,
        (i, out) => {
          // the word itself (row 0); the words two before and after it, each contributing its row for that distance
          this.addRow(this.wordScore(words[i]), 0, out);
          this.addRow(this.wordScore(i >= 2 ? words[i - 2] : '<s>'), 1, out);
          this.addRow(this.wordScore(i >= 1 ? words[i - 1] : '<s>'), 2, out);
          this.addRow(this.wordScore(i + 1 < n ? words[i + 1] : '</s>'), 3, out);
          this.addRow(this.wordScore(i + 2 < n ? words[i + 2] : '</s>'), 4, out);
          this.addFeatures(feats[i], out);
        },
        stringDynamic(words, hist, (f, out) => this.addFeatures(f, out)),
        undefined,
        margins,
      );
      remember(hist, words, tags);
      return { tags: tags.map((t) => TAGS[t]), margins };
    });
  }

  /** Binary form, gzipped: magic, feature strings, then int16 weights scaled by the largest magnitude. */
  serialize(): Buffer {
    const names = [...this.index.entries()].sort((a, b) => a[1] - b[1]).map(([f]) => f);
    let max = 0;
    for (const v of this.weights) max = Math.max(max, Math.abs(v));
    const scale = max / 32767 || 1;
    const q = new Int16Array(this.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(this.weights[i] / scale);
    const header = Buffer.from(JSON.stringify({ magic: MAGIC, tags: TAGS, scale, features: names.length }));
    const strings = Buffer.from(names.join('\n'));
    const lens = Buffer.alloc(8);
    lens.writeUInt32LE(header.length, 0);
    lens.writeUInt32LE(strings.length, 4);
    return gzipSync(Buffer.concat([lens, header, strings, Buffer.from(q.buffer, q.byteOffset, q.byteLength)]), { level: 9 });
  }

  static deserialize(gz: Buffer): NerModel {
    const buf = gunzipSync(gz);
    const hl = buf.readUInt32LE(0);
    const sl = buf.readUInt32LE(4);
    const header = JSON.parse(buf.subarray(8, 8 + hl).toString()) as { magic: string; tags: string[]; scale: number; features: number };
    if (header.magic !== MAGIC || header.tags.join() !== TAGS.join()) throw new Error('not a model for this tagger');
    const names = buf.subarray(8 + hl, 8 + hl + sl).toString().split('\n');
    const index = new Map<string, number>();
    for (let i = 0; i < names.length; i++) index.set(names[i], i);
    const off = 8 + hl + sl;
    const raw = buf.subarray(off);
    const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i] * header.scale;
    return new NerModel(index, weights);
  }
}

export const MODEL_FILE = 'ner-conll2003.bin.gz';

let loaded: NerModel | null | undefined;

/** The committed model (src/ner/model/), found from the source tree or from dist/; null when it is missing. */
export function defaultModel(): NerModel | null {
  if (loaded !== undefined) return loaded;
  for (const rel of [`./model/${MODEL_FILE}`, `../../src/ner/model/${MODEL_FILE}`]) {
    try {
      loaded = NerModel.deserialize(readFileSync(new URL(rel, import.meta.url)));
      return loaded;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  loaded = null;
  return loaded;
}
