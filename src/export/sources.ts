import type { Evidence } from '../types.js';
import type { Report, ReportDocument } from '../report/index.js';

/** A document's web address: its path when that is an http(s) URL (fetched pages), else null. */
export function documentUrl(d: Pick<ReportDocument, 'path'>): string | null {
  return /^https?:\/\//i.test(d.path) ? d.path : null;
}

/** An IRI for a document: its URL when known, else a URN with its stable id. */
export const documentIri = (d: Pick<ReportDocument, 'id' | 'path'>): string => documentUrl(d) ?? `urn:triangulate:document:${d.id}`;

/** A full ISO 8601 calendar date or a prefix of one ("2026", "2026-02", "2026-02-03"); not quarters or unresolved dates. */
export const isIsoDate = (s: string | null | undefined): s is string => typeof s === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);

/** The report's documents by id. */
export const documentsById = (r: Report): Map<string, ReportDocument> => new Map(r.documents.map((d) => [d.id, d]));

/** Evidence without repeats (same document and span), in first-seen order. */
export function distinctEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.doc}:${e.start}:${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
