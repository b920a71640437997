import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT, main } from './index.js';
import { tagConllLines } from './tag.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'triangulate-tag-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  try {
    const code = await main(['node', 'triangulate', ...args]);
    return { code, out: out.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('triangulate tag', () => {
  it('prints JSON Lines with offsets into the text', async () => {
    const text = 'Tomas Virtanen flew from Helsinki to Madrid on Friday.\nHe met officials of the European Commission there.\n';
    const file = join(root, 'story.txt');
    await writeFile(file, text);
    const { code, out } = await run(['tag', file]);
    expect(code).toBe(EXIT.ok);
    const mentions = out.trim().split('\n').map((l) => JSON.parse(l) as { start: number; end: number; text: string; type: string });
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const found = mentions.map((m) => `${m.text}/${m.type}`);
    expect(found).toEqual(expect.arrayContaining(['Tomas Virtanen/PER', 'Helsinki/LOC', 'Madrid/LOC', 'European Commission/ORG']));
  });

  it('appends an IOB2 column to CoNLL lines and keeps document and sentence breaks', async () => {
    const conll = ['-DOCSTART- -X- O O', '', 'Ingrid NNP I-NP I-PER', 'Solberg NNP I-NP I-PER', 'visited VBD I-VP O', 'Oslo NNP I-NP I-LOC', '. . O O', '', '-DOCSTART- -X- O O', '', 'Nokia NNP I-NP I-ORG', 'rose VBD I-VP O', ''].join('\n');
    const out = tagConllLines(conll).split('\n');
    expect(out[0]).toBe('-DOCSTART- -X- O O O');
    expect(out[1]).toBe('');
    expect(out.slice(2, 7)).toEqual(['Ingrid NNP I-NP I-PER B-PER', 'Solberg NNP I-NP I-PER I-PER', 'visited VBD I-VP O O', 'Oslo NNP I-NP I-LOC B-LOC', '. . O O O']);
    expect(out[7]).toBe('');
    expect(out[8]).toBe('-DOCSTART- -X- O O O');
    // every line keeps its own columns and gains exactly one
    expect(out.filter((l) => l).every((l) => l.split(' ').length === 5)).toBe(true);
    const file = join(root, 'in.conll');
    await writeFile(file, conll);
    const { code, out: printed } = await run(['tag', '--conll', file]);
    expect(code).toBe(EXIT.ok);
    expect(printed.split('\n')).toEqual(out);
  });
});
