import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticles, type RawArticle, readArticle } from '../ingest/index.js';
import { type Analysis, analyzeDocuments, analyzePaths } from '../pipeline.js';
import { ensureBuild } from '../../test/build.js';
import { analyzeArticlesParallel, analyzePathsParallel, createDocumentPool, type DocumentPool } from './index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'triangulate-parallel-'));
let pool: DocumentPool;

beforeAll(() => {
  ensureBuild('parallel/worker.js');
  pool = createDocumentPool({ threads: 2 });
}, 120_000);

afterAll(async () => {
  await pool.destroy();
  rmSync(tmp, { recursive: true, force: true });
});

/** An analysis without its stage times, which differ from run to run. */
const results = ({ times: _, ...rest }: Analysis) => rest;

describe('analyzePathsParallel', () => {
  it('gives what analyzePaths gives on the example story', async () => {
    const folder = join(root, 'examples/caspian-ferry-fire');
    const parallel = await analyzePathsParallel([folder], { pool });
    expect(parallel.documents.length).toBeGreaterThan(5);
    expect(results(parallel)).toEqual(results(await analyzePaths([folder])));
    expect(Object.keys(parallel.times)).toEqual(['read', 'clean', 'annotate', 'resolve', 'claims', 'crosscheck']);
  });

  it('gives what analyzePaths gives on a generated corpus with skipped, emptied and unreadable files', async () => {
    const out = join(tmp, 'corpus');
    const { generateCorpus } = await import(`${root}bench/generate.mjs`);
    generateCorpus({ articles: 16, out, seed: 5 });
    const folder = join(out, readdirSync(out).filter((f) => !f.endsWith('.json'))[0]);
    // a file that cleaning empties (only page furniture) shifts the ids of the documents after it
    mkdirSync(join(folder, 'extra'));
    writeFileSync(join(folder, '000-furniture.txt'), 'Leave a Reply\n\nBack to top\n');
    writeFileSync(join(folder, 'extra/copy.txt'), 'Leave a Reply\n\nBack to top\n');
    writeFileSync(join(folder, 'notes.md'), '# not an article\n');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const files: string[] = [];
    const parallel = await analyzePathsParallel([folder], { pool, onFile: (path) => files.push(path) });
    const serial = await analyzePaths([folder]);
    expect(parallel.messages.map((m) => m.rule)).toContain('clean/empty-after-cleaning');
    expect(parallel.documents.map((d) => d.id)).toEqual(serial.documents.map((d) => d.id));
    expect(results(parallel)).toEqual(results(serial));
    expect(files.length).toBe(serial.documents.length + 3);
  });

  it('starts and stops its own pool when given none, and none at all below minFiles', async () => {
    const folder = join(root, 'examples/caspian-ferry-fire');
    const serial = await analyzePaths([folder]);
    expect((await analyzePathsParallel([folder], { threads: 1 })).cross.conflicts).toEqual(serial.cross.conflicts);
    expect(results(await analyzePathsParallel([folder], { minFiles: 1000 }))).toEqual(results(serial));
  });
});

describe('analyzeArticlesParallel', () => {
  it('analyses articles already read, as a store holds them, like cleanArticles then analyzeDocuments', async () => {
    const folder = join(root, 'examples/caspian-ferry-fire');
    const articles = (await Promise.all(readdirSync(folder).sort().map((f) => readArticle(join(folder, f))))).filter((a): a is RawArticle => !('error' in a));
    const read = articles.flatMap((a) => a.messages);
    const cleaned = cleanArticles(articles);
    const serial = analyzeDocuments(cleaned.documents, [...read, ...cleaned.messages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
    expect(results(await analyzeArticlesParallel(articles, read, { pool }))).toEqual(results(serial));
  });

});
