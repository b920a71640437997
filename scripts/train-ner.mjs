// Trains the entity tagger on CoNLL-2003 eng.train, keeps the epoch that scores best on eng.testa, and writes
// src/ner/model/ner-conll2003.bin.gz. Run with `npm run train:ner` (builds first). Options: --epochs N, --data DIR.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, formatScore, MODEL_FILE, parseConll, train } from '../dist/ner/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const data = arg('--data', join(root, '..', 'shared', 'ner', 'conll2003'));
const started = Date.now();
const trainDocs = parseConll(readFileSync(join(data, 'eng.train'), 'utf8'));
const devDocs = parseConll(readFileSync(join(data, 'eng.testa'), 'utf8'));
const model = train(trainDocs, {
  epochs: Number(arg('--epochs', '12')),
  minCount: Number(arg('--min-count', '1')),
  prune: Number(arg('--prune', '0.1')),
  seed: 13,
  dev: devDocs,
  log: (line) => console.error(line),
});
const out = join(root, 'src', 'ner', 'model', MODEL_FILE);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, model.serialize());
console.error(`wrote ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB, ${model.index.size} features) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(formatScore(evaluate(model, devDocs)));
