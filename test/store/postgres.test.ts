import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, storyReport } from '../../src/casefile/index.js';
import { analyzePaths } from '../../src/pipeline.js';
import { buildReport } from '../../src/report/index.js';
import { INGEST_QUEUE, jobCounts, openStore, type Store } from '../../src/store/index.js';
import { writeFictionalCorpus } from './generate.js';
import { canonicalDump, createDatabase, dropDatabase, killAfter, postgresAvailable, runCli, startCli, uniqueDatabaseName } from './helpers.js';

const available = await postgresAvailable();
// inputs of the worker test: 300 in the suite; scripts/queue-kill-test.mjs runs it at 2,000 (TRIANGULATE_QUEUE_TEST_INPUTS)
const INPUTS = Number(process.env.TRIANGULATE_QUEUE_TEST_INPUTS ?? 300);
const DB = {
  workers: uniqueDatabaseName('triangulate_test_workers'),
  workersClean: uniqueDatabaseName('triangulate_test_workers_clean'),
  kill: uniqueDatabaseName('triangulate_test_kill'),
  clean: uniqueDatabaseName('triangulate_test_clean'),
  report: uniqueDatabaseName('triangulate_test_report'),
};
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-pg-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  if (available) for (const db of Object.values(DB)) await dropDatabase(db);
});

/**
 * Collects a worker's "ok" lines and kills it with SIGKILL once `done` jobs of the store are done (read from the database,
 * whatever the worker prints); resolves when it is gone.
 */
function killWhenDone(child: ChildProcess, url: string, done: number): Promise<{ lines: string[]; signal: NodeJS.Signals | null }> {
  const seen: string[] = [];
  let buffered = '';
  child.stderr?.on('data', (d: Buffer) => {
    buffered += String(d);
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    seen.push(...parts.filter((l) => l.startsWith('ok ')));
  });
  const gone = new Promise<{ lines: string[]; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (_code, signal) => resolve({ lines: seen, signal })));
  const client = new pg.Client({ connectionString: url });
  const watch = (async () => {
    await client.connect();
    try {
      for (;;) {
        const { rows } = await client.query<{ n: number }>("select count(*)::int as n from jobs where status = 'done'");
        if (rows[0].n >= done || child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await client.end();
    }
    child.kill('SIGKILL');
  })();
  return watch.then(() => gone);
}

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
    const url = await createDatabase(DB.report);
    const folder = 'examples/caspian-ferry-fire';
    const report = await withStore(url, async (store) => {
      await ingest(store, [folder], { story: 'example' });
      return (await storyReport(store, 'example')).report;
    });
    expect(JSON.stringify(report)).toBe(JSON.stringify(buildReport(await analyzePaths([folder]))));
  });

  it(`4 worker processes on pg-boss ingest ${INPUTS} documents while one is killed with SIGKILL and restarted: each stored once, each job done once, nothing lost, the results those of an uninterrupted run`, async () => {
    const url = await createDatabase(DB.workers);
    const corpus = join(dir, 'corpus');
    const stories = Math.max(1, Math.round(INPUTS / 50));
    await writeFictionalCorpus(corpus, stories, Math.ceil(INPUTS / stories));
    const total = stories * Math.ceil(INPUTS / stories);
    // a short visibility timeout (set on each job as it is queued), so the killed worker's jobs are given to the others within seconds
    const env = { TRIANGULATE_JOB_TIMEOUT: '10' };
    process.env.TRIANGULATE_JOB_TIMEOUT = env.TRIANGULATE_JOB_TIMEOUT;
    const queued = await withStore(url, (store) => ingest(store, [corpus], { wait: false })).finally(() => {
      delete process.env.TRIANGULATE_JOB_TIMEOUT;
    });
    expect(queued.queued).toBe(total);
    const args = ['worker', '--once', '--poll', '100', '--db', url, '--verbose'];
    const started = performance.now();
    const victim = startCli(args, env);
    const victimLines = killWhenDone(victim, url, Math.round(total / 5));
    const others = [1, 2, 3].map(() => runCli(args, env));
    const killed = await victimLines;
    const restarted = await runCli(args, env);
    const runs = await Promise.all(others);
    const seconds = (performance.now() - started) / 1000;
    console.info(`4 workers (one killed after ${killed.lines.length} inputs, then restarted): ${total} documents stored and ${stories} stories computed in ${seconds.toFixed(1)} s`);
    expect(killed.signal).toBe('SIGKILL');
    expect([...runs, restarted].map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const stored = [...killed.lines, ...[...runs, restarted].flatMap((r) => r.stderr.split('\n').filter((l) => l.startsWith('ok ')))];
    // no input was stored twice; the killed worker may have committed its last input without printing it
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored.length).toBeGreaterThanOrEqual(total - 1);
    expect([...runs, restarted].filter((r) => r.stderr.includes('ok ')).length).toBeGreaterThan(1);
    await withStore(url, async (store) => {
      expect(await jobCounts(store.db)).toEqual({ queued: 0, done: total, failed: 0 });
      const counts = await store.queue.counts();
      expect(counts.detail).toMatchObject({ created: 0, retry: 0, active: 0, failed: 0, deadLetters: 0, completed: total });
      // the jobs the killed worker held came back after their timeout and were done by another worker
      const retaken = await sql<{ n: number }>`select count(*)::int as n from pgboss.job where name = ${INGEST_QUEUE} and retry_count > 0`.execute(store.db);
      expect(retaken.rows[0].n).toBeGreaterThan(0);
      const dump = await canonicalDump(store);
      expect(new Set(dump.articles.map((a) => a[0])).size).toBe(total);
      expect(dump.articles).toHaveLength(total);
      expect(dump.records.filter((r) => r[3] === 'ok')).toHaveLength(total);
      expect(dump.articles.every((a) => a[2])).toBe(true);
      expect(dump.documents).toHaveLength(total);
      expect(new Set(dump.documents.map((d) => d[2])).size).toBe(total);
      expect(dump.stories).toHaveLength(stories);
      expect(dump.stories.every((s) => s[1] === 'current')).toBe(true);
    });
    const status = await runCli(['status', '--db', url]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`jobs: 0 queued, ${total} done, 0 failed`);
    expect(status.stdout).not.toContain('dead letters (');
    // and the results are those of one uninterrupted ingest of the same inputs: articles, records, jobs, stories,
    // documents, each story's claims and conflicts
    const clean = await createDatabase(DB.workersClean);
    expect((await runCli(['ingest', corpus, '--db', clean])).code).toBe(0);
    const [a, b] = [await withStore(clean, canonicalDump), await withStore(url, canonicalDump)];
    expect(b.results).toHaveLength(stories);
    expect(b).toEqual(a);
  }, 600_000);

  it('an ingest killed with SIGKILL and run again leaves the store an uninterrupted run leaves', async () => {
    const corpus = join(dir, 'kill');
    await writeFictionalCorpus(corpus, 4, 40);
    const clean = await createDatabase(DB.clean);
    const killed = await createDatabase(DB.kill);
    // the jobs the killed ingest had fetched come back after the visibility timeout, here a short one
    const env = { TRIANGULATE_JOB_TIMEOUT: '4' };
    const [uninterrupted, seen] = await Promise.all([runCli(['ingest', corpus, '--db', clean]), killAfter(['ingest', corpus, '--db', killed], 50, env)]);
    expect(uninterrupted.code).toBe(0);
    expect(seen).toBeLessThan(160);
    const partial = await withStore(killed, canonicalDump);
    expect(partial.records.length).toBeLessThan(160);
    expect((await runCli(['ingest', corpus, '--db', killed], env)).code).toBe(0);
    const [a, b] = [await withStore(clean, canonicalDump), await withStore(killed, canonicalDump)];
    expect(b).toEqual(a);
  }, 300_000);
});
