import { type ConllDocument, type ConllScore, scoreSpans, spansFromIob } from './conll.js';
import { documentEvidence, staticFeatures } from './features.js';
import { bilouFromSpans, decodeSentence, type History, NerModel, remember, stringDynamic, TAGS } from './model.js';

const T = TAGS.length;
const TAG_ID = new Map(TAGS.map((t, i) => [t, i]));

export interface TrainOptions {
  epochs: number;
  /** static features seen fewer times in the training data are dropped */
  minCount: number;
  /** averaged weights smaller than this in every tag are dropped from the saved model */
  prune: number;
  seed: number;
  /** scored after every epoch; the epoch with the best overall F1 is kept */
  dev?: ConllDocument[];
  log?: (line: string) => void;
}

interface Prepared {
  words: string[][];
  /** per sentence, per token: static feature ids (-1 for dropped ones) */
  ids: Int32Array[][];
  gold: number[][];
}

/** Seeded shuffle (mulberry32) so a training run is reproducible. */
function shuffle<X>(xs: X[], seed: number): X[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** conlleval scores of a model on gold documents. */
export function evaluate(model: NerModel, docs: ConllDocument[]): ConllScore {
  const sentences: Parameters<typeof scoreSpans>[0] = [];
  for (const doc of docs) {
    const words = doc.sentences.map((s) => s.words);
    const predicted = model.tagDocument(words);
    doc.sentences.forEach((s, i) => {
      sentences.push({ gold: spansFromIob(s.tags), predicted: spansFromIob(predicted[i]), goldTags: s.tags, predictedTags: predicted[i] });
    });
  }
  return scoreSpans(sentences);
}

/** Trains an averaged perceptron with greedy decoding on the model's own previous tags (as it will tag). */
export function train(docs: ConllDocument[], opts: TrainOptions): NerModel {
  const log = opts.log ?? (() => {});
  const index = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  const intern = (f: string): number => {
    let id = index.get(f);
    if (id === undefined) {
      id = names.length;
      index.set(f, id);
      names.push(f);
      counts.push(0);
    }
    return id;
  };
  const prepared: Prepared[] = docs.map((doc) => {
    const words = doc.sentences.map((s) => s.words);
    const evidence = documentEvidence(words);
    const ids = words.map((ws) =>
      staticFeatures(ws, evidence).map((fs) => {
        const a = new Int32Array(fs.length);
        fs.forEach((f, k) => {
          a[k] = intern(f);
          counts[a[k]]++;
        });
        return a;
      }),
    );
    const gold = doc.sentences.map((s) => bilouFromSpans(spansFromIob(s.tags), s.tags.length).map((t) => TAG_ID.get(t) ?? 0));
    return { words, ids, gold };
  });
  for (const p of prepared) for (const s of p.ids) for (const a of s) for (let k = 0; k < a.length; k++) if (counts[a[k]] < opts.minCount) a[k] = -1;
  log(`features: ${names.length} distinct, ${counts.filter((c) => c >= opts.minCount).length} kept (seen ≥ ${opts.minCount} times)`);

  let cap = Math.max(1024, names.length * 2);
  let w = new Float64Array(cap * T);
  let u = new Float64Array(cap * T);
  const ensure = (id: number) => {
    if (id < cap) return;
    cap *= 2;
    const w2 = new Float64Array(cap * T);
    w2.set(w);
    const u2 = new Float64Array(cap * T);
    u2.set(u);
    w = w2;
    u = u2;
  };
  let c = 1;
  const averaged = (): NerModel => {
    // keep the features whose averaged weight matters for some tag
    const keep: number[] = [];
    for (let id = 0; id < names.length; id++) {
      if (counts[id] > 0 && counts[id] < opts.minCount) continue;
      let max = 0;
      for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(w[id * T + t] - u[id * T + t] / c));
      if (max >= opts.prune) keep.push(id);
    }
    const out = new Float32Array(keep.length * T);
    const idx = new Map<string, number>();
    keep.forEach((id, k) => {
      idx.set(names[id], k);
      for (let t = 0; t < T; t++) out[k * T + t] = w[id * T + t] - u[id * T + t] / c;
    });
    return new NerModel(idx, out);
  };

  let best: { f1: number; epoch: number; model: NerModel } | null = null;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const started = Date.now();
    let errors = 0;
    let tokens = 0;
    for (const p of shuffle(prepared, opts.seed + epoch)) {
      const hist: History = new Map();
      p.words.forEach((ws, si) => {
        const ids = p.ids[si];
        const gold = p.gold[si];
        const tags = decodeSentence(
          ws.length,
          (i, out) => {
            const a = ids[i];
            for (let k = 0; k < a.length; k++) {
              const id = a[k];
              if (id < 0) continue;
              const base = id * T;
              for (let t = 0; t < T; t++) out[t] += w[base + t];
            }
          },
          stringDynamic(ws, hist, (fs, out) => {
            for (const f of fs) {
              const id = index.get(f);
              if (id === undefined) continue;
              const base = id * T;
              for (let t = 0; t < T; t++) out[t] += w[base + t];
            }
          }),
          (i, dyn, predicted) => {
            tokens++;
            const g = gold[i];
            if (predicted !== g) {
              errors++;
              const update = (id: number) => {
                const base = id * T;
                w[base + g] += 1;
                u[base + g] += c;
                w[base + predicted] -= 1;
                u[base + predicted] -= c;
              };
              for (const id of ids[i]) if (id >= 0) update(id);
              for (const f of dyn) {
                const id = intern(f);
                ensure(id);
                update(id);
              }
            }
            c++;
            // training follows its own decisions, as tagging will
            return predicted;
          },
        );
        remember(hist, ws, tags);
      });
    }
    let line = `epoch ${epoch}: ${errors} errors in ${tokens} tokens (${((Date.now() - started) / 1000).toFixed(1)} s)`;
    if (opts.dev) {
      const model = averaged();
      const s = evaluate(model, opts.dev);
      line += `; dev F1 ${(100 * s.overall.f1).toFixed(2)}`;
      if (!best || s.overall.f1 > best.f1) best = { f1: s.overall.f1, epoch, model };
    }
    log(line);
  }
  if (best) {
    log(`kept epoch ${best.epoch} (dev F1 ${(100 * best.f1).toFixed(2)})`);
    return best.model;
  }
  return averaged();
}
