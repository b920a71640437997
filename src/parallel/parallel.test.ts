import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../types.js';
import { analyzeParallel, annotateAll, createAnnotatePool } from './index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const doc = (id: string, published: string, text: string): Document => ({
  id, path: `/tmp/${id}.txt`, file: `${id}.txt`, format: 'text', encoding: 'utf-8', title: null, outlet: `Outlet ${id}`, author: null,
  published, dateline: null, syndicatedFrom: null, credits: [], language: 'en', text, removed: [], contentHash: id,
});

const corpus: Document[] = [
  doc('d1', '2024-03-05', 'LISBON — A bus carrying 31 people overturned near Porto on Tuesday, killing four, Portugal\'s Interior Minister Ana Vilar said.\nThe National Road Safety Authority (NRSA) opened an inquiry headed by deputy minister Rui Tavora.'),
  doc('d2', '2024-03-05', 'A bus carrying 35 people overturned near Porto on Tuesday. Interior Minister Joana Matos said four people died and 12 were injured.\nThe inquiry is led by Rui Tavora, officials said.'),
  doc('d3', '2024-03-06', 'The death toll from the crash near Porto rose to six on Wednesday. Former interior minister Joana Matos visited the injured in hospital.'),
];

beforeAll(() => {
  // the workers run the compiled code: build it when a fresh checkout has none
  if (!existsSync(`${root}dist/parallel/worker.js`)) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
}, 120_000);

describe('worker pool', () => {
  it('annotates like the serial stage, in document order', async () => {
    // compare with the same compiled annotate the workers load, so a stale build cannot make the two differ
    const { annotate } = await import(`${root}dist/annotate/index.js`);
    const parallel = await annotateAll(corpus, { threads: 2, batch: 1 });
    expect(parallel.map((a) => a.doc)).toEqual(['d1', 'd2', 'd3']);
    expect(parallel).toEqual(corpus.map(annotate));
  });

  it('reuses one pool across calls', async () => {
    const pool = createAnnotatePool({ threads: 2 });
    try {
      const first = await annotateAll(corpus.slice(0, 2), { pool });
      const second = await annotateAll(corpus.slice(2), { pool });
      expect([...first, ...second].map((a) => a.doc)).toEqual(['d1', 'd2', 'd3']);
      expect(pool.threads).toBe(2);
    } finally {
      await pool.destroy();
    }
  });

  it('analyses like analyzeDocuments: the same conflicts and entities', async () => {
    const { analyzeDocuments } = await import(`${root}dist/pipeline.js`);
    const serial = analyzeDocuments(corpus);
    const parallel = await analyzeParallel(corpus, { threads: 2 });
    expect(parallel.cross.conflicts.map((c) => c.question)).toEqual(["Who is Portugal's interior minister?", 'How many people were on board?']);
    expect(parallel.cross.conflicts).toEqual(serial.cross.conflicts);
    expect(parallel.entities.map((e) => e.name)).toEqual(serial.entities.map((e: { name: string }) => e.name));
    expect(Object.keys(parallel.times)).toEqual(['read', 'annotate', 'resolve', 'claims', 'crosscheck']);
  });
});
