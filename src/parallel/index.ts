import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Annotations } from '../annotate/index.js';
import { listInputFiles } from '../ingest/files.js';
import { type CleaningContext, cleaningContext, documentIds, isWarcName, type RawArticle, readWarcArticles } from '../ingest/index.js';
import { type Analysis, type AnalysisOptions, analyzePaths, crossDocumentStages, withStageMessages } from '../pipeline.js';
import type { Document, Message } from '../types.js';
import type { PreparedBatch, PrepareTask, ReadOutcome } from './worker.js';

export { type CrossDocumentResult, crossDocumentStages } from '../pipeline.js';
export type { PreparedArticle, PreparedBatch, ReadOutcome } from './worker.js';

// src/parallel and dist/parallel are both two levels below the project root; workers always run the build
const WORKER = new URL('../../dist/parallel/worker.js', import.meta.url);

export interface PoolOptions {
  /** worker threads; default: every core */
  threads?: number;
  /** files or documents sent to a worker per task: larger batches cost less messaging, smaller ones balance better */
  batch?: number;
}

/** Worker threads that run the per-document stages; reuse it across calls, destroy it when done. Results keep input order. */
export interface DocumentPool {
  threads: number;
  /** read + decode + extract each file; `onDone` is called for each file as its batch comes back */
  read(paths: string[], onDone?: (path: string, i: number, total: number) => void): Promise<ReadOutcome[]>;
  /** clean + language + annotate each article against the set's context; documents get their content-based ids (`documentIds`) */
  prepare(articles: RawArticle[], context: CleaningContext): Promise<PreparedBatch>;
  destroy(): Promise<void>;
}

/** Starts the worker threads. Throws a clear error when the build (dist/) is missing. */
export function createDocumentPool(opts: PoolOptions = {}): DocumentPool {
  const file = fileURLToPath(WORKER);
  if (!existsSync(file)) throw new Error(`triangulate: worker ${file} not found; run \`npm run build\` first`);
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const pool = new Piscina({ filename: WORKER.href, minThreads: threads, maxThreads: threads });
  const batches = <T>(items: T[]): { start: number; items: T[] }[] => {
    const size = opts.batch ?? Math.max(1, Math.min(32, Math.ceil(items.length / (threads * 4))));
    const out: { start: number; items: T[] }[] = [];
    for (let i = 0; i < items.length; i += size) out.push({ start: i, items: items.slice(i, i + size) });
    return out;
  };
  return {
    threads,
    async read(paths, onDone) {
      const tasks = batches(paths).map(async (b) => {
        const outcomes: ReadOutcome[] = await pool.run(b.items, { name: 'readFiles' });
        for (const [j, path] of b.items.entries()) onDone?.(path, b.start + j, paths.length);
        return outcomes;
      });
      return (await Promise.all(tasks)).flat();
    },
    async prepare(articles, context) {
      const ids = documentIds(articles);
      const tasks = batches(articles).map((b): Promise<PreparedBatch> =>
        pool.run({ articles: b.items, ids: ids.slice(b.start, b.start + b.items.length), context } satisfies PrepareTask, { name: 'prepareDocuments' }),
      );
      const done = await Promise.all(tasks);
      return { results: done.flatMap((d) => d.results), cleanMs: sum(done.map((d) => d.cleanMs)), annotateMs: sum(done.map((d) => d.annotateMs)) };
    },
    destroy: () => pool.destroy(),
  };
}

export interface ParallelOptions extends PoolOptions, AnalysisOptions {
  /** a pool to reuse; without one, a pool is started for this call and destroyed after it */
  pool?: DocumentPool;
  /** called for each file as it has been read: its path, 0-based index and the number of files */
  onFile?: (path: string, i: number, total: number) => void;
  /** with fewer files than this and no pool given, everything runs in this thread (starting workers would cost more than it saves) */
  minFiles?: number;
}

/**
 * `analyzePaths` with the per-document stages in worker threads: the workers read and extract the files, the main thread
 * finds the lines shared across the set, the workers clean and annotate, the main thread runs the cross-document stages.
 * Same result as `analyzePaths`.
 */
export async function analyzePathsParallel(paths: string[], opts: ParallelOptions = {}): Promise<Analysis> {
  const t0 = performance.now();
  const listed = await listInputFiles(paths);
  if (!opts.pool && listed.files.length < (opts.minFiles ?? 0)) return analyzePaths(paths, { onFile: opts.onFile, components: opts.components });
  return withPool(opts, async (pool) => {
    const messages: Message[] = [...listed.messages];
    const articles: RawArticle[] = [];
    // a web archive holds many articles: it is read here, in path order with the files the workers read
    const single = listed.files.filter((f) => !isWarcName(f));
    const reads = await pool.read(single, opts.onFile);
    const readOf = new Map(single.map((f, i) => [f, reads[i]]));
    for (const path of listed.files) {
      const read = readOf.get(path) ?? (await readWarcArticles(path));
      if ('error' in read) messages.push(read.error);
      else if ('articles' in read) {
        messages.push(...read.messages);
        articles.push(...read.articles);
      } else {
        messages.push(...read.messages);
        articles.push(read);
      }
    }
    const analysis = await analyzeArticlesParallel(articles, messages, { pool, components: opts.components });
    return { ...analysis, times: { ...analysis.times, read: analysis.times.read + performance.now() - t0 - sum(Object.values(analysis.times)) } };
  });
}

/**
 * Articles already read (from files, or from a store) cleaned together and analysed, the per-document stages in worker
 * threads: the same documents and results as `analyzeDocuments(cleanArticles(articles).documents)`. `messages` are those
 * met while reading; cleaning adds its own and the list comes back sorted by file.
 */
export async function analyzeArticlesParallel(articles: RawArticle[], messages: Message[], opts: PoolOptions & AnalysisOptions & { pool?: DocumentPool } = {}): Promise<Analysis> {
  return withPool(opts, async (pool) => {
    const t0 = performance.now();
    const context = cleaningContext(articles);
    const t1 = performance.now();
    const prepared = await pool.prepare(articles, context);
    const t2 = performance.now();
    const all = [...messages];
    const documents: Document[] = [];
    const perDocument: Annotations[] = [];
    // ids are content-based (documentIds), so an article emptied by cleaning shifts no other document's id
    for (const r of prepared.results) {
      if ('error' in r) {
        all.push(r.error);
        continue;
      }
      documents.push(r.document);
      perDocument.push(r.annotations);
    }
    const t3 = performance.now();
    all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // the workers' own clock splits the wall time of the clean + annotate phase between the clean and annotate stages
    const cleanShare = prepared.cleanMs / (prepared.cleanMs + prepared.annotateMs || 1);
    const cross = crossDocumentStages(documents, perDocument, opts);
    const { projectNames, ...later } = cross.times;
    const clean = t1 - t0 + (t2 - t1) * cleanShare;
    return { documents, messages: withStageMessages(all, cross.messages), ...(cross.layers ? { layers: cross.layers } : {}), annotations: cross.annotations, entities: cross.entities, cross: cross.cross, times: { read: 0, clean, annotate: t3 - t0 - clean + projectNames, ...later } };
  });
}

async function withPool<T>(opts: PoolOptions & { pool?: DocumentPool }, run: (pool: DocumentPool) => Promise<T>): Promise<T> {
  if (opts.pool) return run(opts.pool);
  const pool = createDocumentPool(opts);
  try {
    return await run(pool);
  } finally {
    await pool.destroy();
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
