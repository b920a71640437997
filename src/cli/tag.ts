import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { defaultModel, iob2FromSpans, spansFromIob, tagText } from '../ner/index.js';

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * CoNLL-2003 lines with the predicted tag (IOB2) appended as the last column; -DOCSTART- lines get "O" so every
 * non-blank line has the same number of columns, as conlleval expects; blank lines stay blank.
 */
export function tagConllLines(input: string): string {
  const model = defaultModel();
  if (!model) throw new Error('no entity model: run npm run train:ner');
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out = [...lines];
  // documents as lists of sentences, each sentence as the indexes of its lines
  const flush = (doc: number[][]) => {
    const sentences = doc.filter((s) => s.length);
    if (!sentences.length) return;
    const tags = model.tagDocument(sentences.map((s) => s.map((i) => lines[i].trim().split(/\s+/)[0])));
    sentences.forEach((s, k) => {
      const iob2 = iob2FromSpans(spansFromIob(tags[k]), s.length);
      s.forEach((li, j) => {
        out[li] = `${lines[li].trimEnd()} ${iob2[j]}`;
      });
    });
  };
  let doc: number[][] = [[]];
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!t) {
      doc.push([]);
    } else if (t.startsWith('-DOCSTART-')) {
      flush(doc);
      doc = [[]];
      out[i] = `${line.trimEnd()} O`;
    } else doc[doc.length - 1].push(i);
  });
  flush(doc);
  return `${out.join('\n')}\n`;
}

/** `triangulate tag [FILE]`: entity mentions of plain text as JSON Lines; `--conll FILE` tags CoNLL-2003 lines. */
export function registerTag(program: Command, setExit: (code: number) => void): Command {
  return program
    .command('tag')
    .description('tag people (PER), organizations (ORG), places (LOC) and other names (MISC) with the CoNLL-trained tagger')
    .argument('[file]', 'plain text to tag (default: standard input)')
    .option('--conll <file>', 'read CoNLL-2003 lines (WORD POS CHUNK TAG) and append the predicted IOB2 tag to each')
    .action(async (file: string | undefined, opts: { conll?: string }) => {
      if (!defaultModel()) {
        process.stderr.write('error: no entity model: run npm run train:ner\n');
        return setExit(1);
      }
      if (opts.conll) {
        process.stdout.write(tagConllLines(await readInput(opts.conll)));
        return setExit(0);
      }
      const text = await readInput(file);
      const lines = tagText(text).map(({ start, end, text: t, type }) => JSON.stringify({ start, end, text: t, type }));
      process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
      setExit(0);
    });
}
