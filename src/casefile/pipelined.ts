import { sql } from 'kysely';
import { type ArticleWrite, failJob, type Job, type Store, setArticleKeys, storeArticle, storeArticles, writeResults } from '../store/index.js';
import type { CaseFilePool, ComputedStory, ComputeTask, ReadUnits } from './pool.js';
import { formatError } from '../text/index.js';
import { storyInputMessages } from './recompute.js';
import { assignPending } from './stories.js';
import type { WorkEvent } from './worker.js';

export interface PipelinedOptions {
  onEvent?: (event: WorkEvent) => void;
  /** queued inputs per worker task and per store transaction (default 32: each statement is a round trip on the embedded store) */
  batch?: number;
}

/**
 * Works off the queue and every stale story of a store that this process alone works on (the embedded store), with the
 * reading and the story computations in worker threads while this thread writes the results of the ones before. A story
 * named at ingest is computed as soon as the last of its queued inputs is stored, while the rest are still being read;
 * the others after story assignment, once the queue is empty. Each batch of jobs and each story commits in its own
 * transaction, so an interrupted run keeps what it stored; anything left (a story changed while it was computed) is for `work`.
 */
export async function workPipelined(store: Store, pool: CaseFilePool, opts: PipelinedOptions = {}): Promise<void> {
  const pending = new Map<string, number>();
  for (const r of await store.db.selectFrom('jobs').select(['story', sql<number>`count(*)::int`.as('n')]).where('status', '=', 'queued').groupBy('story').execute()) {
    if (r.story !== null) pending.set(r.story, r.n);
  }
  const ready = new ReadyStories();
  // stale stories waiting for no queued input can start at once
  for (const s of await staleStories(store)) if (!pending.has(s.name)) ready.push(s.name);
  const storing = storeQueued(store, pool, opts, (job) => {
    if (job.story === null) return;
    const left = (pending.get(job.story) ?? 1) - 1;
    pending.set(job.story, left);
    if (left === 0) ready.push(job.story);
  }).then(async () => {
    const assigned = await assignPending(store);
    if (assigned) opts.onEvent?.({ type: 'assigned', articles: assigned });
    for (const s of await staleStories(store)) ready.push(s.name);
    ready.end();
  });
  // a failure on either side must not leave the other waiting
  const stored = storing.catch((err: unknown) => {
    ready.end();
    throw err;
  });
  await Promise.all([stored, recomputeReady(store, pool, ready, opts)]);
}

/** Story names to compute, in the order they became ready, each once; `next` waits for one when asked to. */
class ReadyStories {
  private readonly queue: string[] = [];
  private readonly seen = new Set<string>();
  private ended = false;
  private wake: (() => void) | null = null;

  push(name: string): void {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    this.queue.push(name);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  /** The next name; 'later' when none is ready and `block` is false; null when none will come. */
  async next(block: boolean): Promise<string | 'later' | null> {
    while (!this.queue.length && !this.ended) {
      if (!block) return 'later';
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
    return this.queue.shift() ?? null;
  }
}

const staleStories = (store: Store) =>
  store.db.selectFrom('stories').select(['id', 'name', 'changed_seq']).whereRef('changed_seq', '>', 'computed_seq').orderBy('id').execute();

/**
 * Keeps up to `depth` tasks in the pool while their results are finished in the order they were started. `start` gives
 * the next task, 'later' when none is ready yet (it may wait when `block` is true, as nothing is in flight), or null at the end.
 */
async function pipeline<T, R>(
  depth: number,
  start: (block: boolean) => Promise<{ item: T; result: Promise<R> } | 'later' | null>,
  finish: (item: T, result: R | Error) => Promise<void>,
): Promise<void> {
  const inFlight: { item: T; result: Promise<R | Error> }[] = [];
  let more = true;
  for (;;) {
    while (more && inFlight.length < depth) {
      const next = await start(inFlight.length === 0);
      if (next === null) more = false;
      else if (next === 'later') break;
      else inFlight.push({ item: next.item, result: next.result.catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))) });
    }
    const head = inFlight.shift();
    if (head) await finish(head.item, await head.result);
    else if (!more) return;
  }
}

async function storeQueued(store: Store, pool: CaseFilePool, opts: PipelinedOptions, onStored: (job: Job) => void): Promise<void> {
  const size = opts.batch ?? 32;
  let last = 0;
  await pipeline<Job[], ReadUnits>(
    pool.threads + 1,
    async () => {
      const jobs = await store.db.selectFrom('jobs').selectAll().where('status', '=', 'queued').where('id', '>', last).orderBy('id').limit(size).execute();
      if (!jobs.length) return null;
      last = jobs[jobs.length - 1].id;
      return { item: jobs, result: pool.readUnits(jobs.map((j) => ({ source: j.source, item: j.item, content: j.content, keys: !j.story }))) };
    },
    async (jobs, read) => {
      const t0 = performance.now();
      if (read instanceof Error) {
        for (const job of jobs) await failJob(store.db, job, read.message);
        jobs.forEach(onStored);
        return;
      }
      const { outcomes } = read;
      const writes: ArticleWrite[] = jobs.map((job, i) => ({ source: job.source, input: job.input, story: job.story, outcome: outcomes[i] }));
      try {
        await store.db.transaction().execute(async (trx) => {
          await storeArticles(trx, writes);
          const done = jobs.filter((_, i) => outcomes[i].status !== 'failed').map((j) => j.id);
          const failed = jobs.filter((_, i) => outcomes[i].status === 'failed').map((j) => j.id);
          if (done.length) await trx.updateTable('jobs').set({ status: 'done', content: null }).where('id', 'in', done).execute();
          if (failed.length) await trx.updateTable('jobs').set({ status: 'failed' }).where('id', 'in', failed).execute();
        });
      } catch {
        // one input the batch could not store: each alone, so only the bad one fails
        for (const [i, job] of jobs.entries()) await storeOne(store, job, writes[i]);
      }
      jobs.forEach(onStored);
      // the batch's database time shared evenly among its inputs
      const storeMs = (performance.now() - t0) / writes.length;
      for (const [i, w] of writes.entries()) {
        opts.onEvent?.({ type: 'stored', source: w.source, status: w.outcome.status, reason: w.outcome.status === 'ok' ? null : w.outcome.message.message, ms: { read: read.ms[i], store: storeMs } });
      }
    },
  );
}

async function storeOne(store: Store, job: Job, write: ArticleWrite): Promise<void> {
  try {
    await store.db.transaction().execute(async (trx) => {
      await storeArticle(trx, write);
      const status = write.outcome.status === 'failed' ? 'failed' : 'done';
      await trx
        .updateTable('jobs')
        .set({ status, content: status === 'done' ? null : job.content })
        .where('id', '=', job.id)
        .execute();
    });
  } catch (err) {
    await failJob(store.db, job, formatError(err));
  }
}

interface Snapshot {
  id: number;
  name: string;
  seq: number;
  /** milliseconds spent reading the story's articles from the store */
  fetchMs: number;
}

async function recomputeReady(store: Store, pool: CaseFilePool, ready: ReadyStories, opts: PipelinedOptions): Promise<void> {
  await pipeline<Snapshot, ComputedStory>(
    pool.threads + 1,
    async (block) => {
      for (;;) {
        const name = await ready.next(block);
        if (name === null || name === 'later') return name;
        // the change counter is read before the articles: an article stored later leaves the story stale
        const story = await store.db.selectFrom('stories').select(['id', 'changed_seq', 'computed_seq']).where('name', '=', name).executeTakeFirst();
        if (!story || story.changed_seq <= story.computed_seq) continue;
        const t0 = performance.now();
        const task = await computeTask(store, story.id, name);
        return { item: { id: story.id, name, seq: story.changed_seq, fetchMs: performance.now() - t0 }, result: pool.computeStory(task) };
      }
    },
    async (story, computed) => {
      // a story that failed to compute stays stale: the serial pass after this one reports the error
      if (computed instanceof Error) return;
      const t0 = performance.now();
      const saved = await store.db.transaction().execute(async (trx) => {
        // the embedded store has one session, where an advisory lock excludes nothing: the change counter decides. The story
        // is marked computed first, and only when it did not change meanwhile (else it is left stale for the next pass)
        const claimed = await sql<{ before: number }>`
          update stories set computed_seq = ${story.seq}
          from (select id, computed_seq as before from stories where id = ${story.id}) as old
          where stories.id = old.id and stories.changed_seq = ${story.seq} and stories.computed_seq < ${story.seq}
          returning old.before`.execute(trx);
        const before = claimed.rows[0]?.before;
        if (before === undefined) return false;
        const articleIds = new Map(computed.rows.documents.map((d, i) => [d.doc_id, computed.articleIds[i]]));
        await writeResults(trx, story.id, computed.rows, articleIds, { first: before === 0 });
        await setArticleKeys(trx, computed.keys);
        return true;
      });
      if (saved) opts.onEvent?.({ type: 'computed', story: story.name, documents: computed.rows.documents.length, ms: { ...computed.ms, store: story.fetchMs + performance.now() - t0 } });
    },
  );
}

/** What a worker needs to compute one story: its articles as stored (JSON text, parsed in the worker) and its inputs' messages. */
async function computeTask(store: Store, id: number, name: string): Promise<ComputeTask> {
  const articles = await store.db
    .selectFrom('articles')
    .select(['id', sql<string>`raw::text`.as('raw'), sql<boolean>`keys::text = '[]'`.as('keyless')])
    .where('story_id', '=', id)
    .execute();
  return { articles, messages: await storyInputMessages(store.db, name) };
}
