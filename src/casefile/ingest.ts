import { basename, dirname } from 'node:path';
import { enqueue, jobCounts, type RecordInput, type Store, vacuumIfDue } from '../store/index.js';
import { type CollectedInputs, collectInputs, type IngestUnit } from './inputs.js';
import { collectWebInputs, isWebSource, type WebInputs } from './web.js';
import { workPipelined } from './pipelined.js';
import { type CaseFilePool, createCaseFilePool } from './pool.js';
import { type WorkEvent, work } from './worker.js';

export interface IngestOptions {
  /** put everything into this story instead of assigning stories automatically */
  story?: string | null;
  /** each folder's files (and each feed file's items) make one story, named after the folder */
  storyPerFolder?: boolean;
  /** ingest again only the inputs whose record says failed (paths are then ignored) */
  retryFailed?: boolean;
  /** process the queue here until this batch is done (always true for the embedded store) */
  wait?: boolean;
  pollMs?: number;
  onQueued?: (total: number) => void;
  onEvent?: (event: WorkEvent) => void;
  /**
   * embedded store: worker threads that read the inputs and compute the stories (default: one per core; 0: all in this
   * thread). A batch smaller than `minPoolInputs` (default 24) is worked in this thread unless a `pool` is given.
   */
  threads?: number;
  minPoolInputs?: number;
  pool?: CaseFilePool;
  /** web pages to fetch (a URL list, sitemaps) besides the paths; their fetch options also serve `retryFailed` */
  web?: WebInputs;
}

export interface IngestSummary {
  /** inputs of this batch: files, feed items, and problems found while listing */
  inputs: number;
  ok: number;
  skipped: number;
  failed: number;
  /** still queued when not waiting */
  queued: number;
  /** sources skipped or failed for a reason worth a warning (not merely "not an article") */
  problems: string[];
}

/** Ingests files, folders, feeds and web pages: every input becomes a job (once per content), then, when waiting, the queue is worked off here and the affected stories recomputed. */
export async function ingest(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const { units, records } = opts.retryFailed ? await failedInputs(store, opts.web) : await batch(paths, opts.web, opts.storyPerFolder ? folderStory : () => opts.story ?? null);
  const keys = await enqueue(
    store.db,
    units.map((u) => ({ source: u.unit.source, input: u.unit.input, story: u.story, item: u.unit.item, content: u.unit.content })),
    records,
    {
      retry: opts.retryFailed,
      cleared: [...new Set(units.filter((u) => u.unit.source !== u.unit.input).map((u) => u.unit.input))],
      // the embedded store is worked by this process, next to the files: their bytes need not be copied into it
      storeContent: store.kind !== 'embedded',
      queue: store.queue,
    },
  );
  opts.onQueued?.(units.length);
  // what the queue holds is all the work needs: a large batch's bytes need not stay in memory meanwhile
  const sources = [...units.map((u) => u.unit.source), ...records.map((r) => r.source)];
  const queued = units.length;
  units.length = 0;
  if (opts.wait !== false || store.kind === 'embedded') {
    // the embedded store belongs to this process: its work can be spread over worker threads
    if (store.kind === 'embedded') await withPool(opts, queued, (pool) => workPipelined(store, pool, { onEvent: opts.onEvent }));
    for (;;) {
      await work(store, { untilIdle: true, onEvent: opts.onEvent });
      if ((await jobCounts(store.db, keys)).queued === 0) break;
      // the rest of the batch is held by other workers: wait for them
      await new Promise((resolve) => setTimeout(resolve, opts.pollMs ?? 500));
    }
    await work(store, { untilIdle: true, onEvent: opts.onEvent });
  }
  await vacuumIfDue(store, queued);
  return summarize(store, sources);
}

interface Batch {
  units: { unit: IngestUnit; story: string | null }[];
  records: RecordInput[];
}

async function batch(paths: string[], web: WebInputs | undefined, storyOf: (input: string) => string | null): Promise<Batch> {
  const collected = await collectAll(paths, web);
  return {
    units: collected.units.map((unit) => ({ unit, story: storyOf(unit.input) })),
    records: collected.problems.map((p) => ({ ...p, story: storyOf(p.input) })),
  };
}

/** The inputs of files and folders, then of the web pages (when there are any to fetch). */
async function collectAll(paths: string[], web: WebInputs | undefined): Promise<CollectedInputs> {
  const files = paths.length ? await collectInputs(paths) : { units: [], problems: [] };
  if (!web?.urls.length && !web?.sitemaps?.length) return files;
  const pages = await collectWebInputs(web);
  return { units: [...files.units, ...pages.units], problems: [...files.problems, ...pages.problems] };
}

/** The story of an input under `storyPerFolder`: the name of the folder it is in. */
function folderStory(input: string): string {
  return basename(dirname(input));
}

/** Runs `work` with the given pool, or one started for it when the batch is large enough and threads are wanted. */
async function withPool(opts: IngestOptions, inputs: number, work: (pool: CaseFilePool) => Promise<void>): Promise<void> {
  if (opts.pool) return work(opts.pool);
  if (opts.threads === 0 || inputs < (opts.minPoolInputs ?? 24)) return;
  const pool = createCaseFilePool({ threads: opts.threads });
  try {
    await work(pool);
  } finally {
    await pool.destroy();
  }
}

/** The inputs of failed records, read again from their files or fetched again from the web, each with the story it was meant for. */
async function failedInputs(store: Store, web: WebInputs | undefined): Promise<Batch> {
  const failed = await store.db.selectFrom('ingest_records').select(['source', 'input', 'story', 'message']).where('status', '=', 'failed').orderBy('source').execute();
  const storyOf = new Map(failed.map((f) => [f.source, f.story]));
  // a sitemap that could not be read, or one of whose pages failed, is read again, and its pages fetched again
  const fromSitemap = (f: (typeof failed)[number]) => f.message?.rule.startsWith('sitemap/') || (isWebSource(f.input) && f.input !== f.source);
  const sitemaps = new Set(failed.filter(fromSitemap).map((f) => f.input));
  const inputs = [...new Set(failed.map((f) => f.input))].filter((i) => !sitemaps.has(i));
  const collected = await collectAll(inputs.filter((i) => !isWebSource(i)), { ...web, urls: inputs.filter(isWebSource), sitemaps: [...sitemaps] });
  return {
    // a whole feed file that failed brings back all its items
    units: collected.units.filter((u) => storyOf.has(u.source) || storyOf.has(u.input)).map((unit) => ({ unit, story: storyOf.get(unit.source) ?? storyOf.get(unit.input) ?? null })),
    records: collected.problems.filter((p) => storyOf.has(p.source)).map((p) => ({ ...p, story: storyOf.get(p.source) ?? null })),
  };
}

async function summarize(store: Store, sources: string[]): Promise<IngestSummary> {
  const summary: IngestSummary = { inputs: sources.length, ok: 0, skipped: 0, failed: 0, queued: 0, problems: [] };
  const recorded = new Set<string>();
  for (let i = 0; i < sources.length; i += 1000) {
    const rows = await store.db.selectFrom('ingest_records').select(['source', 'status', 'message']).where('source', 'in', sources.slice(i, i + 1000)).execute();
    for (const r of rows) {
      recorded.add(r.source);
      summary[r.status]++;
      if (r.message && r.message.severity !== 'info') summary.problems.push(r.message.message);
    }
  }
  summary.queued = sources.filter((s) => !recorded.has(s)).length;
  summary.problems.sort();
  return summary;
}
