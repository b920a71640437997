// What the cross-check says about single documents: a document on two sides of one conflict contradicts itself.
import type { Document, Message } from '../types.js';
import type { Conflict } from './conflicts.js';

/**
 * One warning per document and conflict in which the document gives two or more of the values: the document
 * contradicts itself. The message names the question and the values; its place is the first quote of the first value.
 */
export function crossCheckMessages(docs: Document[], conflicts: Conflict[]): Message[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const out: Message[] = [];
  for (const c of conflicts) {
    if (!c.internal) continue;
    const docIds = [...new Set(c.alternatives.flatMap((a) => a.docs))];
    for (const id of docIds) {
      const doc = byId.get(id);
      const sides = c.alternatives.filter((a) => a.docs.includes(id));
      if (!doc || sides.length < 2) continue;
      const quote = sides[0].evidence.find((e) => e.doc === id);
      out.push({
        file: doc.path,
        rule: 'crosscheck/self-contradiction',
        severity: 'warning',
        message: `${doc.path}: the document contradicts itself on "${c.question}": ${sides.map((a) => a.value).join(' vs ')} (conflict ${c.id})`,
        ...(quote ? { place: { start: quote.start, end: quote.end } } : {}),
      });
    }
  }
  return out;
}
