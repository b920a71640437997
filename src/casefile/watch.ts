import { basename } from 'node:path';
import { watch as chokidar } from 'chokidar';
import type { Store } from '../store/index.js';
import { type IngestSummary, ingest } from './ingest.js';
import type { WorkEvent } from './worker.js';

export interface WatchOptions {
  story?: string | null;
  /** quiet time after the last file event before a batch is ingested */
  debounceMs?: number;
  onEvent?: (event: WorkEvent) => void;
  onBatch?: (summary: IngestSummary) => void;
  onError?: (err: unknown) => void;
}

/** Ingests the files of a folder, then every file added or changed, in batches, one batch at a time. Returns a function that stops watching. */
export function watchFolder(store: Store, dir: string, opts: WatchOptions = {}): () => Promise<void> {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    const paths = [...pending].sort();
    pending.clear();
    running = running
      .then(() => ingest(store, paths, { story: opts.story, onEvent: opts.onEvent }))
      .then((summary) => opts.onBatch?.(summary), opts.onError);
  };
  const watcher = chokidar(dir, {
    // hidden files and folders are skipped, as analyze skips them; the store folder is one
    ignored: (path: string) => path !== dir && basename(path).startsWith('.'),
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
  });
  const queue = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(flush, opts.debounceMs ?? 300);
  };
  watcher.on('add', queue).on('change', queue).on('error', (err) => opts.onError?.(err));
  return async () => {
    clearTimeout(timer);
    await watcher.close();
    await running;
  };
}
