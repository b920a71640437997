import { type Annotations, annotate } from '../annotate/index.js';
import { type CleaningContext, cleanArticle, type RawArticle, readArticle } from '../ingest/index.js';
import type { Document, Message } from '../types.js';

export type ReadOutcome = RawArticle | { error: Message };

/** A batch of articles to clean and annotate; article i gets the document id ids[i]. */
export interface PrepareTask {
  articles: RawArticle[];
  ids: string[];
  context: CleaningContext;
}

export type PreparedArticle = { document: Document; annotations: Annotations } | { error: Message };

export interface PreparedBatch {
  results: PreparedArticle[];
  /** this thread's milliseconds in cleaning (with language detection) and in annotation, to split the wall time by stage */
  cleanMs: number;
  annotateMs: number;
}

/** Piscina task: reads and extracts a batch of files (paths in, plain articles out). */
export function readFiles(paths: string[]): Promise<ReadOutcome[]> {
  return Promise.all(paths.map(readArticle));
}

/** Piscina task: cleans, detects the language of and annotates a batch of articles. */
export function prepareDocuments(task: PrepareTask): PreparedBatch {
  let cleanMs = 0;
  let annotateMs = 0;
  const results = task.articles.map((article, i): PreparedArticle => {
    const t0 = performance.now();
    const document = cleanArticle(article, task.ids[i], task.context);
    const t1 = performance.now();
    cleanMs += t1 - t0;
    if ('error' in document) return document;
    const annotations = annotate(document);
    annotateMs += performance.now() - t1;
    return { document, annotations };
  });
  return { results, cleanMs, annotateMs };
}

