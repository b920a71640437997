import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { bossSettings, DEAD_LETTER_QUEUE, enqueue, INGEST_QUEUE, openStore, writeRecord } from '../../src/store/index.js';
import { createDatabase, dropDatabase, postgresAvailable, runCli, uniqueDatabaseName } from './helpers.js';

const available = await postgresAvailable();
const DB = uniqueDatabaseName('triangulate_test_queue');
const TWICE = uniqueDatabaseName('triangulate_test_twice');

afterAll(async () => {
  if (available) for (const db of [DB, TWICE]) await dropDatabase(db);
});

it('reads the queue settings from the environment and names a bad one', () => {
  expect(bossSettings({})).toMatchObject({ retryLimit: 3, retryDelaySeconds: 5, timeoutSeconds: 30 });
  expect(bossSettings({ TRIANGULATE_JOB_RETRIES: '0', TRIANGULATE_JOB_TIMEOUT: '5' })).toMatchObject({ retryLimit: 0, timeoutSeconds: 5, batchSize: 16 });
  expect(bossSettings({ TRIANGULATE_JOB_BATCH: '2' })).toMatchObject({ batchSize: 2 });
  expect(() => bossSettings({ TRIANGULATE_JOB_BATCH: '0' })).toThrow(/TRIANGULATE_JOB_BATCH must be a whole number of at least 1, not "0"/);
  expect(() => bossSettings({ TRIANGULATE_JOB_TIMEOUT: '0' })).toThrow(/TRIANGULATE_JOB_TIMEOUT must be a whole number of at least 1, not "0"/);
  expect(() => bossSettings({ TRIANGULATE_JOB_RETRIES: 'many' })).toThrow(/TRIANGULATE_JOB_RETRIES/);
});

describe.skipIf(!available)('pg-boss queue', () => {
  it('retries a job whose handler throws after a backoff, then fails it for good: on the ledger, in the dead-letter queue and in status', async () => {
    const url = await createDatabase(DB);
    process.env.TRIANGULATE_JOB_RETRIES = '1';
    process.env.TRIANGULATE_JOB_RETRY_DELAY = '1';
    const store = await openStore(url);
    try {
      expect(store.queue.backend).toBe('pg-boss');
      const content = new TextEncoder().encode('The depot closed on March 2, 2026.');
      await enqueue(store.db, [{ source: 'bad.txt', input: 'bad.txt', story: null, item: null, content }], [], { queue: store.queue });
      // handed to pg-boss in the enqueue's transaction
      const ledger = await store.db.selectFrom('jobs').select(['id', 'status', 'boss_id']).executeTakeFirstOrThrow();
      expect(ledger.boss_id).toMatch(/^[0-9a-f-]{36}$/);

      const attempts: number[] = [];
      const failing = async () => {
        attempts.push(performance.now());
        throw new Error(`disk on fire (attempt ${attempts.length})`);
      };
      expect(await store.queue.runNext(failing)).toBe(true);
      expect((await store.queue.counts()).detail).toMatchObject({ retry: 1, failed: 0 });
      // the retry waits for its backoff: nothing is free at once
      expect(await store.queue.runNext(failing)).toBe(false);
      const deadline = performance.now() + 15_000;
      while (attempts.length < 2 && performance.now() < deadline) {
        if (!(await store.queue.runNext(failing))) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(attempts).toHaveLength(2);
      // retry_delay 1 s doubled with jitter: at least a second between the attempts
      expect(attempts[1] - attempts[0]).toBeGreaterThan(900);

      const job = await store.db.selectFrom('jobs').select(['status', 'error']).where('id', '=', ledger.id).executeTakeFirstOrThrow();
      expect(job).toEqual({ status: 'failed', error: 'disk on fire (attempt 2) (after 2 attempts)' });
      const record = await store.db.selectFrom('ingest_records').select(['status', 'reason']).where('source', '=', 'bad.txt').executeTakeFirstOrThrow();
      expect(record).toEqual({ status: 'failed', reason: 'bad.txt: disk on fire (attempt 2) (after 2 attempts)' });
      const boss = await sql<{ name: string; state: string }>`select name, state::text as state from pgboss.job order by name`.execute(store.db);
      expect(boss.rows).toEqual([
        { name: INGEST_QUEUE, state: 'failed' },
        { name: DEAD_LETTER_QUEUE, state: 'created' },
      ]);
      expect(await store.queue.deadLetters()).toEqual([{ source: 'bad.txt', error: 'disk on fire (attempt 2) (after 2 attempts)' }]);
      // a worker with nothing to do reads the dead-letter queue (the ledger already knows this one)
      expect(await store.queue.runNext(failing)).toBe(false);
      expect((await store.queue.counts()).detail).toMatchObject({ failed: 1, deadLetters: 0 });
    } finally {
      delete process.env.TRIANGULATE_JOB_RETRIES;
      delete process.env.TRIANGULATE_JOB_RETRY_DELAY;
      await store.close();
    }
    const status = await runCli(['status', '--db', url]);
    expect(status.code).toBe(3);
    expect(status.stdout).toContain('jobs: 0 queued, 0 done, 1 failed');
    expect(status.stdout).toMatch(/queue \(pg-boss\): 0 created, 0 retry, 0 active, 0 completed, 1 failed, 0 dead letters unread/);
    expect(status.stdout).toContain('dead letters (jobs failed on every attempt; `ingest --retry-failed` queues them again):\n  bad.txt: disk on fire (attempt 2) (after 2 attempts)');
  }, 120_000);

  it('stores a job handed out twice once: the run that finds it done on the ledger is rolled back', async () => {
    const url = await createDatabase(TWICE);
    const [first, second] = [await openStore(url), await openStore(url)];
    try {
      const content = new TextEncoder().encode('The ferry terminal reopened on March 3, 2026.');
      await enqueue(first.db, [{ source: 'twice.txt', input: 'twice.txt', story: null, item: null, content }], [], { queue: first.queue });
      const record = (by: string) => ({ source: 'twice.txt', input: 'twice.txt', story: null, status: 'ok' as const, reason: by, message: null, articleId: null });
      let runs = 0;
      const took = await first.queue.runNext(async (trx) => {
        runs++;
        // the first worker stalls past its visibility timeout: pg-boss gives the job out again (as its maintenance would)
        await sql`update pgboss.job set state = 'retry' where name = ${INGEST_QUEUE}`.execute(second.db);
        const again = await second.queue.runNext(async (other) => {
          runs++;
          await writeRecord(other, record('second'));
          return 'done';
        });
        expect(again).toBe(true);
        await writeRecord(trx, record('first'));
        return 'done';
      });
      expect(took).toBe(true);
      expect(runs).toBe(2);
      const records = await first.db.selectFrom('ingest_records').select(['source', 'reason']).execute();
      expect(records).toEqual([{ source: 'twice.txt', reason: 'second' }]);
      expect(await first.db.selectFrom('jobs').select('status').execute()).toEqual([{ status: 'done' }]);
      expect((await first.queue.counts()).detail).toMatchObject({ completed: 1, active: 0, retry: 0, failed: 0 });
    } finally {
      await first.close();
      await second.close();
    }
  }, 60_000);
});
