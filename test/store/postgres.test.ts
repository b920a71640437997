import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, storyReport } from '../../src/casefile/index.js';
import { analyzePaths } from '../../src/pipeline.js';
import { buildReport } from '../../src/report/index.js';
import { jobCounts, openStore, type Store } from '../../src/store/index.js';
import { writeFictionalCorpus } from './generate.js';
import { canonicalDump, createDatabase, dropDatabase, killAfter, postgresAvailable, runCli } from './helpers.js';

const available = await postgresAvailable();
const DBS = ['triangulate_test_workers', 'triangulate_test_kill', 'triangulate_test_clean', 'triangulate_test_report'];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-pg-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  if (available) for (const db of DBS) await dropDatabase(db);
});

async function withStore<T>(url: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

describe.skipIf(!available)('PostgreSQL case file', () => {
  it('rebuilds the example report from the store as analyze gives it', async () => {
    const url = await createDatabase('triangulate_test_report');
    const folder = 'examples/caspian-ferry-fire';
    const report = await withStore(url, async (store) => {
      await ingest(store, [folder], { story: 'example' });
      return (await storyReport(store, 'example')).report;
    });
    expect(JSON.stringify(report)).toBe(JSON.stringify(buildReport(await analyzePaths([folder]))));
  });

  it('4 worker processes ingest 2,000 documents: each stored once, each job done once, no record lost', async () => {
    const url = await createDatabase('triangulate_test_workers');
    const corpus = join(dir, 'corpus');
    await writeFictionalCorpus(corpus, 40, 50);
    const queued = await withStore(url, (store) => ingest(store, [corpus], { wait: false }));
    expect(queued.queued).toBe(2000);
    const started = performance.now();
    const runs = await Promise.all([1, 2, 3, 4].map(() => runCli(['worker', '--once', '--poll', '100', '--db', url, '--verbose'])));
    const seconds = (performance.now() - started) / 1000;
    console.info(`4 workers: 2000 documents stored and 40 stories computed in ${seconds.toFixed(1)} s`);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const stored = runs.flatMap((r) => r.stderr.split('\n').filter((l) => l.startsWith('ok ')));
    expect(stored).toHaveLength(2000);
    expect(new Set(stored).size).toBe(2000);
    expect(runs.filter((r) => r.stderr.includes('ok ')).length).toBeGreaterThan(1);
    await withStore(url, async (store) => {
      expect(await jobCounts(store.db)).toEqual({ queued: 0, done: 2000, failed: 0 });
      const dump = await canonicalDump(store);
      expect(new Set(dump.articles.map((a) => a[0])).size).toBe(2000);
      expect(dump.records.filter((r) => r[3] === 'ok')).toHaveLength(2000);
      expect(dump.articles.every((a) => a[2])).toBe(true);
      expect(dump.documents).toHaveLength(2000);
      expect(dump.stories).toHaveLength(40);
      expect(dump.stories.every((s) => s[1] === 'current')).toBe(true);
    });
  }, 240_000);

  it('an ingest killed with SIGKILL and run again leaves the store an uninterrupted run leaves', async () => {
    const corpus = join(dir, 'kill');
    await writeFictionalCorpus(corpus, 4, 40);
    const clean = await createDatabase('triangulate_test_clean');
    const killed = await createDatabase('triangulate_test_kill');
    const [uninterrupted, seen] = await Promise.all([runCli(['ingest', corpus, '--db', clean]), killAfter(['ingest', corpus, '--db', killed], 50)]);
    expect(uninterrupted.code).toBe(0);
    expect(seen).toBeLessThan(160);
    const partial = await withStore(killed, canonicalDump);
    expect(partial.records.length).toBeLessThan(160);
    expect((await runCli(['ingest', corpus, '--db', killed])).code).toBe(0);
    const [a, b] = [await withStore(clean, canonicalDump), await withStore(killed, canonicalDump)];
    expect(b).toEqual(a);
  }, 120_000);
});
