import type { Annotations } from '../annotate/index.js';
import { type ClaimDraft, type EventMention, extractClaims } from '../claims/index.js';
import { type CrossCheck, crossCheck } from '../crosscheck/index.js';
import { projectKnownNames, resolveEntities } from '../resolve/index.js';
import type { Document, Entity } from '../types.js';

/** What the stages after per-document annotation produce, with their milliseconds. */
export interface CrossDocumentResult {
  annotations: Annotations[];
  entities: Entity[];
  cross: CrossCheck;
  /** projectNames: names known from other documents found in uncased scripts, counted in the pipeline's annotate time */
  times: { projectNames: number; resolve: number; claims: number; crosscheck: number };
}

/** The serial stages that need every document's annotations at once: known-name projection, resolve, claims, cross-check (proposed for src/pipeline.ts). */
export function crossDocumentStages(documents: Document[], perDocument: Annotations[]): CrossDocumentResult {
  const tp = performance.now();
  const annotations = projectKnownNames(documents, perDocument);
  const t0 = performance.now();
  const entities = resolveEntities(annotations);
  const t1 = performance.now();
  const drafts: ClaimDraft[] = [];
  const events: EventMention[] = [];
  documents.forEach((d, i) => {
    const r = extractClaims(d, annotations[i], entities);
    drafts.push(...r.claims);
    events.push(...r.events);
  });
  const t2 = performance.now();
  const cross = crossCheck(documents, entities, drafts, events);
  const t3 = performance.now();
  return { annotations, entities, cross, times: { projectNames: t0 - tp, resolve: t1 - t0, claims: t2 - t1, crosscheck: t3 - t2 } };
}
