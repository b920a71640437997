// Scores the committed entity tagger on CoNLL-2003 eng.testa (or --file PATH) as conlleval does: exact spans and types,
// precision, recall and F1 per type and overall; also the model's load time and the tagging speed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultModel, evaluate, formatScore, parseConll } from '../dist/ner/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--file');
const file = i > 0 ? process.argv[i + 1] : join(root, '..', 'shared', 'ner', 'conll2003', 'eng.testa');
const docs = parseConll(readFileSync(file, 'utf8'));
let t = performance.now();
const model = defaultModel();
if (!model) {
  console.error('no model: run npm run train:ner');
  process.exit(1);
}
const loadMs = performance.now() - t;
// warm the word lists the features read (gazetteers, given names, word frequencies) before timing
evaluate(model, docs.slice(0, 5));
t = performance.now();
const cpu = process.cpuUsage();
const score = evaluate(model, docs);
const seconds = (performance.now() - t) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
console.log(formatScore(score));
// CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core
console.log(
  `model loaded in ${loadMs.toFixed(0)} ms; tagged ${score.tokens} tokens in ${seconds.toFixed(2)} s wall (${Math.round(score.tokens / seconds)} tokens/s), ` +
    `${cpuSeconds.toFixed(2)} s CPU (${Math.round(score.tokens / cpuSeconds)} tokens/s per core)`,
);
