import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Annotations } from '../annotate/index.js';
import type { Analysis } from '../pipeline.js';
import type { Document, Message } from '../types.js';
import { crossDocumentStages } from '../pipeline.js';

export { type CrossDocumentResult, crossDocumentStages } from '../pipeline.js';

// src/parallel and dist/parallel are both two levels below the project root; workers always run the build
const WORKER = new URL('../../dist/parallel/worker.js', import.meta.url);

export interface PoolOptions {
  /** worker threads; default: every core */
  threads?: number;
  /** documents sent to a worker per task: larger batches cost less messaging, smaller ones balance better */
  batch?: number;
}

/** A running set of worker threads that annotate documents; reuse it across calls, destroy it when done. */
export interface AnnotatePool {
  threads: number;
  annotate(documents: Document[]): Promise<Annotations[]>;
  destroy(): Promise<void>;
}

/** Starts the worker threads. Throws a clear error when the build (dist/) is missing. */
export function createAnnotatePool(opts: PoolOptions = {}): AnnotatePool {
  const file = fileURLToPath(WORKER);
  if (!existsSync(file)) throw new Error(`triangulate: worker ${file} not found; run \`npm run build\` first`);
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const pool = new Piscina({ filename: WORKER.href, minThreads: threads, maxThreads: threads });
  return {
    threads,
    async annotate(documents) {
      const size = opts.batch ?? Math.max(1, Math.min(32, Math.ceil(documents.length / (threads * 4))));
      const tasks: Promise<Annotations[]>[] = [];
      for (let i = 0; i < documents.length; i += size) tasks.push(pool.run(documents.slice(i, i + size)));
      return (await Promise.all(tasks)).flat();
    },
    destroy: () => pool.destroy(),
  };
}

/** Annotates every document across worker threads; same result, in the same order, as `documents.map(annotate)`. */
export async function annotateAll(documents: Document[], opts: PoolOptions & { pool?: AnnotatePool } = {}): Promise<Annotations[]> {
  if (opts.pool) return opts.pool.annotate(documents);
  const pool = createAnnotatePool(opts);
  try {
    return await pool.annotate(documents);
  } finally {
    await pool.destroy();
  }
}

export interface ParallelOptions extends PoolOptions {
  pool?: AnnotatePool;
  messages?: Message[];
  readMs?: number;
}

/** `analyzeDocuments` with the document-level stage spread over worker threads and the cross-document stages serial. */
export async function analyzeParallel(documents: Document[], opts: ParallelOptions = {}): Promise<Analysis> {
  const t0 = performance.now();
  const perDocument = await annotateAll(documents, opts);
  const annotateMs = performance.now() - t0;
  const { annotations, entities, cross, times } = crossDocumentStages(documents, perDocument);
  const { projectNames, ...later } = times;
  return { documents, messages: opts.messages ?? [], annotations, entities, cross, times: { read: opts.readMs ?? 0, annotate: annotateMs + projectNames, ...later } };
}
