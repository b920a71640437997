// The committed tagger's tags and margins on every token of a CoNLL file (eng.testa unless --file PATH), to check that a
// change to the tagger's code leaves its predictions unchanged: `--write OUT` stores them (one line a token), `--check OUT`
// compares against a stored file and exits 1 at the first difference; `--check` alone compares their SHA-256 with the
// one committed for eng.testa in scripts/ner-predictions.sha256 (`--hash` prints it: write it there after retraining).
// Needs the build (tsc -p tsconfig.build.json).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultModel, parseConll } from '../dist/ner/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const file = arg('--file') ?? join(root, '..', 'shared', 'ner', 'conll2003', 'eng.testa');
const model = defaultModel();
if (!model) {
  console.error('no model: run npm run train:ner');
  process.exit(1);
}
const lines = [];
for (const doc of parseConll(readFileSync(file, 'utf8'))) {
  const tagged = model.tagDocumentScored(doc.sentences.map((s) => s.words));
  for (const s of tagged) {
    // margins to the bit: a change in summation order shows here before it changes a tag
    for (let i = 0; i < s.tags.length; i++) lines.push(`${s.tags[i]} ${s.margins[i]}`);
    lines.push('');
  }
}
const out = `${lines.join('\n')}\n`;
const write = arg('--write');
const check = arg('--check');
const hash = createHash('sha256').update(out).digest('hex');
if (process.argv.includes('--hash')) console.log(hash);
else if (process.argv.includes('--check') && (!check || check.startsWith('--'))) {
  const want = readFileSync(join(root, 'scripts', 'ner-predictions.sha256'), 'utf8').trim();
  if (want !== hash) {
    console.error(`predictions differ from the committed ones: sha256 ${hash}, expected ${want}`);
    process.exit(1);
  }
  console.log(`identical: sha256 ${hash}`);
} else if (write) {
  writeFileSync(write, out);
  console.log(`${lines.length} lines written to ${write}`);
} else if (check) {
  const want = readFileSync(check, 'utf8').split('\n');
  const got = out.split('\n');
  const at = want.findIndex((l, i) => l !== got[i]);
  if (at >= 0 || want.length !== got.length) {
    const k = at >= 0 ? at : Math.min(want.length, got.length);
    console.error(`predictions differ at line ${k + 1}: expected "${want[k]}", got "${got[k]}"`);
    process.exit(1);
  }
  console.log(`identical: ${got.length} lines`);
} else {
  process.stdout.write(out);
}
