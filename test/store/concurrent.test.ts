import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listStories, LOCK_FILE, openStore } from '../../src/store/index.js';
import { fictionalArticle, writeFictionalCorpus } from './generate.js';
import { runCli, startCli } from './helpers.js';

let dir: string;
let corpusA: string;
let corpusB: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-concurrent-'));
  corpusA = join(dir, 'a');
  corpusB = join(dir, 'b');
  await writeFictionalCorpus(corpusA, 1, 6);
  await mkdir(corpusB);
  for (let i = 0; i < 5; i++) await writeFile(join(corpusB, `b${i}.txt`), fictionalArticle(1, i));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function stories(db: string) {
  const store = await openStore(db, { lock: { timeoutMs: 0 } });
  try {
    return (await listStories(store.db)).map((s) => [s.name, s.documents]);
  } finally {
    await store.close();
  }
}

it('two ingests into one embedded case file at once: the second waits for the first, both are stored', async () => {
  const db = join(dir, 'both');
  const [a, b] = await Promise.all([
    runCli(['ingest', corpusA, '--db', db, '--story', 'first', '--threads', '0']),
    new Promise((r) => setTimeout(r, 300)).then(() => runCli(['ingest', corpusB, '--db', db, '--story', 'second', '--threads', '0'])),
  ]);
  const all = a.stderr + b.stderr;
  expect(all).not.toMatch(/\[object \w+\]/);
  expect([a.code, b.code]).toEqual([0, 0]);
  // whichever came second said whom it waited for
  expect(all).toMatch(/waiting for process \d+ \(triangulate ingest .*--story (first|second).*\) since \S+, which has the case file open/);
  expect((await stories(db)).sort()).toEqual([
    ['first', 6],
    ['second', 5],
  ]);
}, 120_000);

it('with no time to wait, fails naming the holder; a holder killed with SIGKILL leaves a stale lock that is taken over', async () => {
  const db = join(dir, 'held');
  const watcher = startCli(['watch', corpusA, '--db', db]);
  let log = '';
  await new Promise<void>((ready) =>
    watcher.stderr?.on('data', (d) => {
      log += d;
      if (log.includes('watching')) ready();
    }),
  );
  const refused = await runCli(['ingest', corpusB, '--db', db], { TRIANGULATE_LOCK_TIMEOUT: '0' });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(`error: the case file ${db} is in use by process ${watcher.pid} (triangulate watch ${corpusA} --db ${db})`);
  expect(refused.stderr).not.toMatch(/\[object \w+\]|\n\s+at /);
  expect(JSON.parse(await readFile(join(db, LOCK_FILE), 'utf8')).pid).toBe(watcher.pid);
  watcher.kill('SIGKILL');
  await new Promise((r) => watcher.once('close', r));
  // the lock file is still there, but its process is gone
  expect(JSON.parse(await readFile(join(db, LOCK_FILE), 'utf8')).pid).toBe(watcher.pid);
  const after = await runCli(['ingest', corpusB, '--db', db, '--story', 'later', '--threads', '0'], { TRIANGULATE_LOCK_TIMEOUT: '0' });
  expect(after.code).toBe(0);
  expect(await stories(db)).toContainEqual(['later', 5]);
}, 120_000);
