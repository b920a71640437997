import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest, storyReport, type WorkEvent } from '../../src/casefile/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ensureBuild } from '../build.js';
import { canonicalDump } from './helpers.js';

let dir: string;
const stores: Store[] = [];

beforeAll(async () => {
  ensureBuild('casefile/poolWorker.js');
  dir = await mkdtemp(join(tmpdir(), 'triangulate-pipelined-'));
}, 120_000);

afterAll(async () => {
  for (const s of stores) await s.close();
  await rm(dir, { recursive: true, force: true });
});

async function fresh(name: string): Promise<Store> {
  const store = await openStore(join(dir, name));
  stores.push(store);
  return store;
}

it('worker threads store and compute what this thread alone does: folder stories, a bad file failing alone, keys written', async () => {
  const corpus = join(dir, 'corpus');
  const { generateCorpus } = await import(new URL('../../bench/generate.mjs', import.meta.url).href);
  generateCorpus({ articles: 24, out: corpus, seed: 7 });
  const folders = readdirSync(corpus)
    .filter((f) => !f.endsWith('.json'))
    .sort()
    .map((f) => join(corpus, f));
  await writeFile(join(folders[0], 'zz-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  await writeFile(join(folders[1], 'zz-blank.txt'), '\n\n   \n');
  // only page furniture: the story's cleaning empties it
  await writeFile(join(folders[2], '000-furniture.txt'), 'Leave a Reply\n\nBack to top\n');
  const names = folders.map((f) => basename(f));

  const serial = await fresh('serial');
  const threaded = await fresh('threaded');
  const events: WorkEvent[] = [];
  const serialEvents: WorkEvent[] = [];
  const a = await ingest(serial, folders, { storyPerFolder: true, threads: 0, onEvent: (e) => serialEvents.push(e) });
  const b = await ingest(threaded, folders, { storyPerFolder: true, threads: 2, onEvent: (e) => events.push(e) });

  expect(b).toEqual(a);
  expect(b).toMatchObject({ inputs: 27, ok: 25 });
  expect(b.problems.join('\n')).toMatch(/zz-binary\.txt/);
  expect(b.problems.join('\n')).toMatch(/zz-blank\.txt/);
  // progress: every input stored once, both stories computed
  const stored = events.flatMap((e) => (e.type === 'stored' ? [e] : []));
  expect(stored).toHaveLength(27);
  expect(stored.filter((e) => e.status === 'ok')).toHaveLength(25);
  expect(events.filter((e) => e.type === 'computed').map((e) => (e as { story: string }).story).sort()).toEqual(names);
  // each event says where its time went, in worker threads or not
  for (const list of [events, serialEvents]) {
    for (const e of list) {
      if (e.type === 'stored') expect(e.ms).toEqual({ read: expect.any(Number), store: expect.any(Number) });
      if (e.type === 'computed') {
        expect(Object.keys(e.ms ?? {}).sort()).toEqual(['annotate', 'claims', 'clean', 'crosscheck', 'resolve', 'store']);
        expect(e.ms?.annotate).toBeGreaterThan(0);
      }
    }
    const computed = list.filter((e) => e.type === 'computed');
    expect(computed.length).toBeGreaterThanOrEqual(names.length);
  }

  expect(await canonicalDump(threaded)).toEqual(await canonicalDump(serial));
  for (const story of names) {
    const [x, y] = await Promise.all([storyReport(serial, story), storyReport(threaded, story)]);
    expect(JSON.stringify(y.report)).toBe(JSON.stringify(x.report));
    expect(y.report.documents).toHaveLength(8);
    expect(y.report.conflicts.length).toBeGreaterThan(0);
  }
  expect((await storyReport(threaded, names[2])).report.warnings.map((w) => w.rule)).toContain('clean/empty-after-cleaning');
  // articles stored under a named story get their story keys when the story is computed
  const keys = await threaded.db.selectFrom('articles').select(['source', 'keys']).orderBy('source').execute();
  // all but the article the cleaning emptied
  expect(keys.filter((k) => k.keys.length === 0).map((k) => basename(k.source))).toEqual(['000-furniture.txt']);
  expect(await serial.db.selectFrom('articles').select(['source', 'keys']).orderBy('source').execute()).toEqual(keys);
}, 120_000);
