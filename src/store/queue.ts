import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Message } from '../types.js';
import { type DeadLetter, type JobHandler, type JobQueue, type QueueCounts, ledgerCounts, ledgerDeadLetters } from './jobQueue.js';
import type { Database, Job } from './schema.js';
import { IN_LIST, inSlices, ROWS_PER_INSERT } from './slices.js';

/** An input to enqueue: a file's bytes or a feed item. */
export interface JobInput {
  source: string;
  input: string;
  story: string | null;
  item: unknown;
  content: Uint8Array | null;
}

/** An input that needs no job: its ingest record is written at once. */
export interface RecordInput {
  source: string;
  input: string;
  story: string | null;
  message: Message;
}

/** The job key: the same source with the same content is one job, however often it is enqueued. */
export function jobKey(job: Pick<JobInput, 'source' | 'item' | 'content'>): string {
  const hash = createHash('sha256');
  hash.update(job.content ?? JSON.stringify(job.item));
  return `${job.source}\n${hash.digest('hex')}`;
}

/**
 * Enqueues jobs, keyed by their content whether it is stored or not (a known key is left alone, or requeued when it failed and retry is set), writes the records of inputs
 * that need no job, and deletes the records of `cleared` sources (a feed file that failed before and now reads as items);
 * one transaction. Returns the keys of the batch.
 */
export async function enqueue(
  db: Kysely<Database>,
  jobs: JobInput[],
  records: RecordInput[],
  opts: {
    retry?: boolean;
    cleared?: string[];
    /** false: a file's bytes stay in the file (the worker reads them there) */
    storeContent?: boolean;
    /** the queue that hands the jobs to workers (pg-boss on PostgreSQL), told of the new jobs in the same transaction */
    queue?: JobQueue;
  } = {},
): Promise<string[]> {
  const keys = jobs.map(jobKey);
  await db.transaction().execute(async (trx) => {
    const rows = jobs.map((j, k) => ({ ...j, key: keys[k], item: JSON.stringify(j.item), content: opts.storeContent === false && !j.item ? null : j.content }));
    for (const slice of inSlices(rows, ROWS_PER_INSERT)) {
      const insert = trx.insertInto('jobs').values(slice);
      await (opts.retry
        ? insert.onConflict((oc) => oc.column('key').doUpdateSet({ status: 'queued', error: null, boss_id: null }).where('jobs.status', '=', 'failed'))
        : insert.onConflict((oc) => oc.column('key').doNothing())
      ).execute();
    }
    const cleared = opts.cleared ?? [];
    for (const slice of inSlices(cleared, IN_LIST)) await trx.deleteFrom('ingest_records').where('source', 'in', slice).execute();
    for (const r of records) await writeRecord(trx, { ...r, status: r.message.severity === 'error' ? 'failed' : 'skipped', reason: r.message.message, articleId: null });
    await opts.queue?.publish(trx);
  });
  return keys;
}

/**
 * Takes the oldest queued job no one else holds (FOR UPDATE SKIP LOCKED) and runs `handle` on it inside one transaction:
 * the job's effects and its completion commit together, or neither does. When `handle` throws, the job is marked failed
 * with the error, so bad input never stops the batch. Returns false when no job was free.
 */
export async function runNextJob(db: Kysely<Database>, handle: JobHandler, onCommit?: () => void): Promise<boolean> {
  let claimed: Job | undefined;
  try {
    const took = await db.transaction().execute(async (trx) => {
      // a commit lost in a server crash loses its job's completion with it, so the job is simply done again
      await sql`set local synchronous_commit = off`.execute(trx);
      claimed = await trx.selectFrom('jobs').selectAll().where('status', '=', 'queued').orderBy('id').limit(1).forUpdate().skipLocked().executeTakeFirst();
      if (!claimed) return false;
      const status = await handle(trx, claimed);
      await trx.updateTable('jobs').set({ status, content: status === 'done' ? null : claimed.content }).where('id', '=', claimed.id).execute();
      return true;
    });
    if (took) onCommit?.();
    return took;
  } catch (err) {
    if (!claimed) throw err;
    await failJob(db, claimed, err instanceof Error ? err.message : String(err));
    return true;
  }
}

/** Marks a job failed after its handler threw, with the error on its record, so the batch goes on. */
export async function failJob(db: Kysely<Database>, job: Pick<Job, 'id' | 'source' | 'input' | 'story'>, error: string): Promise<void> {
  await db.transaction().execute((trx) => failJobIn(trx, job, error));
}

/** `failJob` inside the caller's transaction. */
export async function failJobIn(trx: Kysely<Database>, job: Pick<Job, 'id' | 'source' | 'input' | 'story'>, error: string): Promise<void> {
  await trx.updateTable('jobs').set({ status: 'failed', error }).where('id', '=', job.id).execute();
  const message: Message = { file: job.source, rule: 'store/failed', severity: 'error', message: `${job.source}: ${error}` };
  await writeRecord(trx, { ...job, status: 'failed', reason: message.message, message, articleId: null });
}

/**
 * The embedded store's queue: the ledger table itself, taken with FOR UPDATE SKIP LOCKED, in the one process that holds
 * the store. A handler that throws fails its job at once (the same input fails the same way again; `ingest
 * --retry-failed` requeues it).
 */
export class TableQueue implements JobQueue {
  readonly backend = 'table' as const;
  constructor(private readonly db: Kysely<Database>) {}
  async publish(): Promise<void> {}
  runNext(handle: JobHandler, onCommit?: () => void): Promise<boolean> {
    return runNextJob(this.db, handle, onCommit);
  }
  async counts(): Promise<QueueCounts> {
    return { backend: 'table', ...(await ledgerCounts(this.db)) };
  }
  deadLetters(limit?: number): Promise<DeadLetter[]> {
    return ledgerDeadLetters(this.db, limit);
  }
  async close(): Promise<void> {}
}

/** Counts of jobs of the given keys (or of all jobs) by status. */
export async function jobCounts(db: Kysely<Database>, keys?: string[]): Promise<Record<'queued' | 'done' | 'failed', number>> {
  const counts = { queued: 0, done: 0, failed: 0 };
  const query = () => db.selectFrom('jobs').select(['status', sql<number>`count(*)::int`.as('n')]).groupBy('status');
  // a batch's keys go in slices: one statement takes at most 65,535 parameters
  const slices = keys ? inSlices(keys, IN_LIST) : [null];
  for (const slice of slices) {
    const rows = await (slice ? query().where('key', 'in', slice) : query()).execute();
    for (const row of rows) counts[row.status] += row.n;
  }
  return counts;
}

export interface RecordWrite {
  source: string;
  input: string;
  story: string | null;
  status: 'ok' | 'skipped' | 'failed';
  reason: string | null;
  message: Message | null;
  articleId: number | null;
}

/** Inserts or replaces the ingest record of one source. */
export async function writeRecord(trx: Kysely<Database>, r: RecordWrite): Promise<void> {
  const row = { source: r.source, input: r.input, story: r.story, status: r.status, reason: r.reason, message: JSON.stringify(r.message), article_id: r.articleId };
  await trx
    .insertInto('ingest_records')
    .values(row)
    .onConflict((oc) => oc.column('source').doUpdateSet({ ...row, updated_at: sql<Date>`now()` }))
    .execute();
}
