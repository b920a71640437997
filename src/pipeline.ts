import { type Annotations, annotate } from './annotate/index.js';
import { type ClaimDraft, type EventMention, extractClaims } from './claims/index.js';
import { type CrossCheck, crossCheck } from './crosscheck/index.js';
import { type ReadOptions, readInputs } from './ingest/index.js';
import { projectKnownNames, resolveEntities } from './resolve/index.js';
import type { Document, Entity, Message } from './types.js';

export interface StageTimes {
  read: number;
  annotate: number;
  resolve: number;
  claims: number;
  crosscheck: number;
}

/** Everything triangulate knows about one folder of articles. */
export interface Analysis {
  documents: Document[];
  messages: Message[];
  annotations: Annotations[];
  entities: Entity[];
  cross: CrossCheck;
  times: StageTimes;
}

/** Runs every stage after reading on documents already in memory. Pure apart from timing. */
export function analyzeDocuments(documents: Document[], messages: Message[] = [], readMs = 0): Analysis {
  const t0 = performance.now();
  const annotations = projectKnownNames(documents, documents.map(annotate));
  const t1 = performance.now();
  const entities = resolveEntities(annotations);
  const t2 = performance.now();
  const drafts: ClaimDraft[] = [];
  const events: EventMention[] = [];
  documents.forEach((d, i) => {
    const r = extractClaims(d, annotations[i], entities);
    drafts.push(...r.claims);
    events.push(...r.events);
  });
  const t3 = performance.now();
  const cross = crossCheck(documents, entities, drafts, events);
  const t4 = performance.now();
  return { documents, messages, annotations, entities, cross, times: { read: readMs, annotate: t1 - t0, resolve: t2 - t1, claims: t3 - t2, crosscheck: t4 - t3 } };
}

/** Reads files and folders, then analyses them. Bad files become messages; the rest goes on. */
export async function analyzePaths(paths: string[], opts: ReadOptions = {}): Promise<Analysis> {
  const t0 = performance.now();
  const { documents, messages } = await readInputs(paths, opts);
  return analyzeDocuments(documents, messages, performance.now() - t0);
}
