import type { FeedItem } from '../feeds/index.js';
import type { StageTimes } from '../pipeline.js';
import { type Store, storeArticle } from '../store/index.js';
import { readUnit, type UnitOutcome } from './article.js';
import { jobContent } from './inputs.js';
import { recomputeNext } from './recompute.js';
import { assignPending } from './stories.js';

/**
 * Milliseconds one input or one story took per stage: read (decode, extract, quick annotate), the pipeline's stages, and
 * store (the database work on this thread: claiming, reading and writing rows, commits). Times of worker threads add up
 * across threads, so their sum may exceed the wall time.
 */
export type StageMs = Partial<Record<keyof StageTimes | 'store', number>>;

export type WorkEvent =
  | { type: 'stored'; source: string; status: 'ok' | 'skipped' | 'failed'; reason: string | null; ms?: StageMs }
  | { type: 'assigned'; articles: number }
  | { type: 'computed'; story: string; documents: number; ms?: StageMs };

export interface WorkOptions {
  /** return once no job is free, no article lacks a story and no story is stale (else poll for new work) */
  untilIdle?: boolean;
  pollMs?: number;
  signal?: AbortSignal;
  onEvent?: (event: WorkEvent) => void;
}

/** Stores one queued input (read, quick annotate, article + record + story membership) in the job's transaction. Returns false when no job was free. */
export async function processNextJob(store: Store, onEvent?: (event: WorkEvent) => void): Promise<boolean> {
  let event: WorkEvent | null = null;
  let readMs = 0;
  const t0 = performance.now();
  let committed = false;
  const took = await store.queue.runNext(async (trx, job) => {
    const r0 = performance.now();
    // a named story needs no keys to be assigned: the recompute writes them from the story's own annotations
    const bytes = await jobContent(job);
    const outcome: UnitOutcome =
      'error' in bytes
        ? { status: bytes.error.severity === 'error' ? 'failed' : 'skipped', message: bytes.error }
        : readUnit({ source: job.source, item: job.item as FeedItem | null, content: bytes.content }, { keys: !job.story });
    readMs = performance.now() - r0;
    await storeArticle(trx, { source: job.source, input: job.input, story: job.story, outcome });
    event = { type: 'stored', source: job.source, status: outcome.status, reason: outcome.status === 'ok' ? null : outcome.message.message };
    return outcome.status === 'failed' ? 'failed' : 'done';
  }, () => {
    committed = true;
  });
  // told only of what was stored: a run rolled back (its job done meanwhile by another worker) stored nothing
  if (event && committed) onEvent?.({ ...(event as WorkEvent & { type: 'stored' }), ms: { read: readMs, store: performance.now() - t0 - readMs } });
  return took;
}

/** The worker loop: jobs first, then story assignment once the queue is drained, then stale stories, one at a time, each in its own transaction. */
export async function work(store: Store, opts: WorkOptions = {}): Promise<void> {
  const pollMs = opts.pollMs ?? 1000;
  while (!opts.signal?.aborted) {
    if (await processNextJob(store, opts.onEvent)) continue;
    // stories are assigned once no input is left queued (held by another worker, waiting for a retry or for a killed
    // worker's hold to time out): a new story is named after its first article in source order, so assigning from a
    // partial set would name it after whichever input happened to arrive first
    const assigned = (await queuedJobs(store)) ? 0 : await assignPending(store);
    if (assigned) {
      opts.onEvent?.({ type: 'assigned', articles: assigned });
      continue;
    }
    const computed = await recomputeNext(store);
    if (computed.status === 'computed') {
      opts.onEvent?.({ type: 'computed', story: computed.story, documents: computed.documents, ms: computed.ms });
      continue;
    }
    // jobs still queued are held by other workers, or wait for a retry or for the timeout of a killed worker's hold
    if (opts.untilIdle && computed.status === 'idle' && !(await queuedJobs(store))) return;
    await sleep(pollMs, opts.signal);
  }
}

async function queuedJobs(store: Store): Promise<boolean> {
  return Boolean(await store.db.selectFrom('jobs').select('id').where('status', '=', 'queued').limit(1).executeTakeFirst());
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
