import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { writeFictionalCorpus } from './generate.js';
import { canonicalDump, killAfter, runCli } from './helpers.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-crash-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function dump(db: string) {
  const store = await openStore(db);
  try {
    return await canonicalDump(store);
  } finally {
    await store.close();
  }
}

it('an embedded ingest killed with SIGKILL and run again leaves the store an uninterrupted run leaves', async () => {
  const corpus = join(dir, 'corpus');
  await writeFictionalCorpus(corpus, 5, 30);
  const [clean, killed] = [join(dir, 'clean'), join(dir, 'killed')];
  const [uninterrupted, seen] = await Promise.all([runCli(['ingest', corpus, '--db', clean]), killAfter(['ingest', corpus, '--db', killed], 40)]);
  expect(uninterrupted.code).toBe(0);
  expect(seen).toBeLessThan(150);
  expect((await runCli(['ingest', corpus, '--db', killed])).code).toBe(0);
  expect(await dump(killed)).toEqual(await dump(clean));
}, 120_000);
