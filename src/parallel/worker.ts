import { type Annotations, annotate } from '../annotate/index.js';
import type { Document } from '../types.js';

/** Piscina task: annotates one batch of documents in a worker thread. */
export default function annotateBatch(documents: Document[]): Annotations[] {
  return documents.map(annotate);
}
