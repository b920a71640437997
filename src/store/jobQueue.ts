import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, Job } from './schema.js';

/**
 * Runs one job's effects inside the transaction that also completes it; returns the job's final state. A handler that
 * throws gets the job retried (with backoff, where the queue has it) and, when no attempt is left, failed for good.
 */
export type JobHandler = (trx: Transaction<Database>, job: Job) => Promise<'done' | 'failed'>;

/** A job that failed for good after its attempts (a dead letter): its input and its last error. */
export interface DeadLetter {
  source: string;
  error: string;
}

/** What the queue holds by state. `backend` says which keeps them; the library's own states come in `detail`. */
export interface QueueCounts {
  backend: 'table' | 'pg-boss';
  queued: number;
  done: number;
  failed: number;
  /** pg-boss: jobs by its own states (created, retry, active, completed, failed) and the dead-letter queue's size */
  detail?: Record<string, number>;
}

/**
 * The queue behind the case file's `jobs` table. The table is the ledger of every input (its key, bytes, story and final
 * state); the queue decides who works a job when. Two implementations: the table itself (embedded store, one process),
 * and pg-boss (PostgreSQL, any number of workers: retries with backoff, visibility timeouts, a dead-letter queue).
 */
export interface JobQueue {
  readonly backend: 'table' | 'pg-boss';
  /** Hands the ledger's queued jobs that the queue does not know yet to it; run in the transaction that queued them. */
  publish(trx: Kysely<Database>): Promise<void>;
  /**
   * Takes one job and runs `handle` on it, completing it in the same transaction; `onCommit` is called once the
   * handler's effects are committed (not when they were rolled back: the job failed, or another worker's run counted).
   * Returns false when no job was free.
   */
  runNext(handle: JobHandler, onCommit?: () => void): Promise<boolean>;
  counts(): Promise<QueueCounts>;
  /** Jobs that failed for good after their attempts (not inputs that were merely unreadable), newest first. */
  deadLetters(limit?: number): Promise<DeadLetter[]>;
  close(): Promise<void>;
}

/** Jobs of the ledger by status. */
export async function ledgerCounts(db: Kysely<Database>): Promise<Record<'queued' | 'done' | 'failed', number>> {
  const counts = { queued: 0, done: 0, failed: 0 };
  const rows = await db.selectFrom('jobs').select(['status', sql<number>`count(*)::int`.as('n')]).groupBy('status').execute();
  for (const row of rows) counts[row.status] += row.n;
  return counts;
}

/** The ledger's dead letters: failed jobs that carry an error (a handler threw, or the job timed out, on every attempt). */
export async function ledgerDeadLetters(db: Kysely<Database>, limit = 50): Promise<DeadLetter[]> {
  const rows = await db
    .selectFrom('jobs')
    .select(['source', 'error'])
    .where('status', '=', 'failed')
    .where('error', 'is not', null)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ source: r.source, error: r.error ?? '' }));
}
