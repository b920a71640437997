import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ResultRows } from '../store/results.js';
import type { Message } from '../types.js';
import type { UnitOutcome } from './article.js';
import type { StageMs } from './worker.js';

// src/casefile and dist/casefile are both two levels below the project root; workers always run the build
const WORKER = new URL('../../dist/casefile/poolWorker.js', import.meta.url);

/** One queued input to read in a worker; `keys` asks for story keys (no story was named). */
export interface ReadTask {
  source: string;
  item: unknown;
  content: Uint8Array | null;
  keys: boolean;
}

/** One story to compute in a worker: its stored articles as JSON text (parsed there), and the messages of its inputs. */
export interface ComputeTask {
  articles: { id: number; raw: string; keyless: boolean }[];
  messages: Message[];
}

/** A computed story: its result rows, the article each document came from, story keys for articles stored without, and its stage times. */
export interface ComputedStory {
  rows: ResultRows;
  articleIds: number[];
  keys: [number, string[]][];
  ms: StageMs;
}

/** Read inputs: each one's outcome and the milliseconds its reading took. */
export interface ReadUnits {
  outcomes: UnitOutcome[];
  ms: number[];
}

/** Worker threads for the case file: reading queued inputs and computing stories while the main thread writes the store. */
export interface CaseFilePool {
  threads: number;
  readUnits(tasks: ReadTask[]): Promise<ReadUnits>;
  computeStory(task: ComputeTask): Promise<ComputedStory>;
  destroy(): Promise<void>;
}

/** Starts the worker threads (default: one per core). Throws a clear error when the build (dist/) is missing. */
export function createCaseFilePool(opts: { threads?: number } = {}): CaseFilePool {
  const file = fileURLToPath(WORKER);
  if (!existsSync(file)) throw new Error(`triangulate: worker ${file} not found; run \`npm run build\` first`);
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const pool = new Piscina({ filename: WORKER.href, minThreads: threads, maxThreads: threads });
  return {
    threads,
    readUnits: (tasks) => pool.run(tasks, { name: 'readUnits' }),
    computeStory: (task) => pool.run(task, { name: 'computeStoryTask' }),
    destroy: () => pool.destroy(),
  };
}
