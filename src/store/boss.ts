import { randomUUID } from 'node:crypto';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import { formatError } from '../text/errors.js';
import { type DeadLetter, type JobHandler, type JobQueue, type QueueCounts, ledgerCounts, ledgerDeadLetters } from './jobQueue.js';
import { failJobIn } from './queue.js';
import type { Database, Job } from './schema.js';
import { inSlices, ROWS_PER_INSERT } from './slices.js';

/** pg-boss queue of the ledger's jobs, and the queue its jobs go to when they failed on every attempt. */
export const INGEST_QUEUE = 'triangulate-ingest';
export const DEAD_LETTER_QUEUE = 'triangulate-ingest-dead';

/** How pg-boss treats a job: attempts, the wait before each retry, and how long a worker may hold it before it is taken again. */
export interface BossSettings {
  /** retries after the first attempt (a handler that threw, or a worker that held the job past the timeout) */
  retryLimit: number;
  /** seconds before the first retry; doubled with jitter for each next one */
  retryDelaySeconds: number;
  /** visibility timeout: a job held this long (its worker killed or hung) is given to another worker */
  timeoutSeconds: number;
  /** jobs one worker takes in one fetch */
  batchSize: number;
}

/**
 * Settings from the environment: TRIANGULATE_JOB_RETRIES (3), TRIANGULATE_JOB_RETRY_DELAY (5 s), TRIANGULATE_JOB_TIMEOUT
 * (30 s), TRIANGULATE_JOB_BATCH (16 jobs a fetch: fewer round trips; a killed worker's unrun jobs of its last fetch wait
 * for the timeout, a stopped one's go back at once).
 */
export function bossSettings(env: NodeJS.ProcessEnv = process.env): BossSettings {
  const whole = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
    return n;
  };
  return {
    retryLimit: whole('TRIANGULATE_JOB_RETRIES', 3, 0),
    retryDelaySeconds: whole('TRIANGULATE_JOB_RETRY_DELAY', 5, 1),
    timeoutSeconds: whole('TRIANGULATE_JOB_TIMEOUT', 30, 1),
    batchSize: whole('TRIANGULATE_JOB_BATCH', 16, 1),
  };
}

interface LedgerRef {
  /** the ledger row (jobs.id) */
  job: number;
}

type BossJob = PgBoss.JobWithMetadata<LedgerRef>;

/** pg-boss's SQL through one Kysely connection or transaction. */
const through = (db: Kysely<Database>): PgBoss.Db => ({
  executeSql: async (text, values) => {
    const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
    return { rows: result.rows as unknown[] };
  },
});

/** Completes a pg-boss job inside the caller's transaction; returns how many jobs it completed (0: it was no longer active). */
async function complete(boss: PgBoss, queue: string, id: string, trx: Kysely<Database>): Promise<number> {
  // pg-boss 10 returns { affected } though its types say void; the data argument must be given for the options to count
  const result = (await boss.complete(queue, id, {}, { db: through(trx) })) as unknown as { affected?: number } | undefined;
  return result?.affected ?? 0;
}

/** The ledger says the job was done meanwhile (by a run that took it after this one's timeout). */
class Duplicate extends Error {}

/** The job was taken by another worker after its visibility timeout: that worker's run counts, this one is rolled back. */
class LostJob extends Error {}

/**
 * The PostgreSQL queue: pg-boss carries each ledger job to one worker. A job's effects, its ledger state and its pg-boss
 * completion commit in one transaction, and the ledger row is locked and checked first, so a job handed out twice (its
 * first worker killed after the timeout) has its effects written once. A handler that throws is retried with
 * exponential backoff; after the last attempt the job is failed for good, on the ledger and in the dead-letter queue.
 */
export class BossQueue implements JobQueue {
  readonly backend = 'pg-boss' as const;
  private readonly boss: PgBoss;
  /** jobs fetched and not yet run, and their ledger rows */
  private held: BossJob[] = [];
  private readonly rows = new Map<number, Job>();

  private constructor(
    private readonly db: Kysely<Database>,
    pool: pg.Pool,
    private readonly settings: BossSettings,
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      // expired jobs are looked for this often (pg-boss's maintenance; one process does it at a time)
      maintenanceIntervalSeconds: Math.max(1, Math.min(30, Math.floor(settings.timeoutSeconds / 2))),
      // completed jobs leave the job table an hour after, into pg-boss's archive (dropped after a week)
      archiveCompletedAfterSeconds: 3600,
      deleteAfterDays: 7,
      schedule: false,
    });
    // pg-boss reports the errors of its background maintenance as events; a worker goes on without them
    this.boss.on('error', (err) => process.stderr.write(`warning: job queue maintenance: ${formatError(err)}\n`));
  }

  /** Installs or migrates pg-boss's schema (its own migrations, under its lock), creates the queues and hands over unsent jobs. */
  static async start(db: Kysely<Database>, pool: pg.Pool, settings: BossSettings = bossSettings()): Promise<BossQueue> {
    const queue = new BossQueue(db, pool, settings);
    await queue.boss.start();
    await queue.boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retentionMinutes: 60 * 24 * 30 });
    await queue.boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      deadLetter: DEAD_LETTER_QUEUE,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.timeoutSeconds,
    });
    await db.transaction().execute((trx) => queue.publish(trx));
    return queue;
  }

  async publish(trx: Kysely<Database>): Promise<void> {
    // concurrent publishers hand over disjoint rows; a row handed over twice would still be stored once (see runNext)
    const rows = await trx.selectFrom('jobs').select('id').where('status', '=', 'queued').where('boss_id', 'is', null).orderBy('id').forUpdate().skipLocked().execute();
    const { retryLimit, retryDelaySeconds, timeoutSeconds } = this.settings;
    for (const slice of inSlices(rows, ROWS_PER_INSERT)) {
      const sent = slice.map((r) => ({ id: randomUUID(), job: r.id }));
      await this.boss.insert(
        sent.map((s) => ({
          id: s.id,
          name: INGEST_QUEUE,
          data: { job: s.job } satisfies LedgerRef,
          retryLimit,
          retryDelay: retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: timeoutSeconds,
          deadLetter: DEAD_LETTER_QUEUE,
        })),
        { db: through(trx) },
      );
      const values = sent.map((s) => sql`(${s.job}::int, ${s.id}::uuid)`);
      await sql`update jobs set boss_id = v.boss_id from (values ${sql.join(values)}) as v(id, boss_id) where jobs.id = v.id`.execute(trx);
    }
  }

  async runNext(handle: JobHandler, onCommit?: () => void): Promise<boolean> {
    if (!this.held.length) await this.fetch();
    const next = this.held.shift();
    if (!next) {
      // jobs that failed for good through timeouts reach the ledger here; queued rows nobody handed over are sent now
      await this.drainDeadLetters();
      await this.db.transaction().execute((trx) => this.publish(trx));
      return false;
    }
    const job = this.rows.get(next.data.job);
    this.rows.delete(next.data.job);
    try {
      await this.db.transaction().execute(async (trx) => {
        // a commit lost in a server crash loses its job's completion with it, so the job is simply done again
        await sql`set local synchronous_commit = off`.execute(trx);
        if (job) {
          const status = await handle(trx, job);
          // the ledger row, locked here, decides: a job handed out again after its first worker committed is stored once
          const updated = await trx
            .updateTable('jobs')
            .set({ status, content: status === 'done' ? null : job.content })
            .where('id', '=', job.id)
            .where('status', '=', 'queued')
            .returning('id')
            .executeTakeFirst();
          if (!updated) throw new Duplicate();
        }
        if ((await complete(this.boss, INGEST_QUEUE, next.id, trx)) === 0) throw new LostJob();
      });
      if (job) onCommit?.();
    } catch (err) {
      if (err instanceof LostJob) return true;
      // already done by another run: its effects stand, and this delivery only completes
      if (err instanceof Duplicate) await this.db.transaction().execute((trx) => complete(this.boss, INGEST_QUEUE, next.id, trx));
      else await this.failed(next, formatError(err));
    }
    return true;
  }

  /** Fetches a batch of jobs and reads their ledger rows (those still queued) in one query. */
  private async fetch(): Promise<void> {
    this.held = await this.boss.fetch<LedgerRef>(INGEST_QUEUE, { batchSize: this.settings.batchSize, includeMetadata: true });
    this.rows.clear();
    if (!this.held.length) return;
    const ids = this.held.map((j) => j.data.job);
    const rows = await this.db.selectFrom('jobs').selectAll().where('id', 'in', ids).where('status', '=', 'queued').execute();
    for (const r of rows) this.rows.set(r.id, r);
  }

  /** A handler threw: retried later (pg-boss's backoff), or, at the last attempt, failed for good on the ledger in the same transaction. */
  private async failed(bossJob: BossJob, error: string): Promise<void> {
    const last = bossJob.retryCount >= bossJob.retryLimit;
    await this.db.transaction().execute(async (trx) => {
      if (last) {
        const job = await trx.selectFrom('jobs').select(['id', 'source', 'input', 'story', 'status']).where('id', '=', bossJob.data.job).forUpdate().executeTakeFirst();
        if (job?.status === 'queued') await failJobIn(trx, job, `${error} (after ${bossJob.retryCount + 1} attempts)`);
      }
      await this.boss.fail(INGEST_QUEUE, bossJob.id, { message: error }, { db: through(trx) });
    });
  }

  /** Dead letters of jobs that ran out of attempts while no handler ran (their workers killed or hung): failed on the ledger. */
  private async drainDeadLetters(): Promise<void> {
    for (;;) {
      const dead = await this.boss.fetch<LedgerRef>(DEAD_LETTER_QUEUE, { batchSize: 50, includeMetadata: true });
      if (!dead.length) return;
      for (const letter of dead) {
        await this.db.transaction().execute(async (trx) => {
          const job = await trx.selectFrom('jobs').select(['id', 'source', 'input', 'story', 'status']).where('id', '=', letter.data.job).forUpdate().executeTakeFirst();
          const why = (letter.output as { value?: { message?: string }; message?: string } | null) ?? null;
          const message = why?.message ?? why?.value?.message ?? 'no attempt finished';
          if (job?.status === 'queued') await failJobIn(trx, job, `${message} (after ${letter.retryLimit + 1} attempts)`);
          await complete(this.boss, DEAD_LETTER_QUEUE, letter.id, trx);
        });
      }
    }
  }

  async counts(): Promise<QueueCounts> {
    const ledger = await ledgerCounts(this.db);
    const rows = await sql<{ name: string; state: string; n: number }>`
      select name, state::text as state, count(*)::int as n from pgboss.job where name in (${INGEST_QUEUE}, ${DEAD_LETTER_QUEUE}) group by name, state`.execute(this.db);
    const detail: Record<string, number> = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, deadLetters: 0 };
    for (const r of rows.rows) {
      if (r.name === DEAD_LETTER_QUEUE) {
        if (r.state === 'created' || r.state === 'retry') detail.deadLetters += r.n;
      } else detail[r.state] = (detail[r.state] ?? 0) + r.n;
    }
    return { backend: 'pg-boss', ...ledger, detail };
  }

  deadLetters(limit?: number): Promise<DeadLetter[]> {
    return ledgerDeadLetters(this.db, limit);
  }

  async close(): Promise<void> {
    // jobs fetched and not run go back to the queue at once rather than after their timeout
    const ids = this.held.map((j) => j.id);
    this.held = [];
    if (ids.length) {
      await sql`update pgboss.job set state = 'created', started_on = null where name = ${INGEST_QUEUE} and id = any(${ids}::uuid[]) and state = 'active'`
        .execute(this.db)
        .catch(() => {});
    }
    await this.boss.stop({ graceful: false, close: false, wait: true });
  }
}
