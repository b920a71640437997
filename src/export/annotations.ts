/**
 * W3C Web Annotation (JSON-LD) for every quoted span: claim and conflict evidence and entity mentions, as one
 * AnnotationCollection whose single AnnotationPage lists the annotations. Each targets its document (URL when known,
 * else a URN with the document id) with a TextQuoteSelector and a TextPositionSelector; positions count Unicode code
 * points, as the W3C model says, where the report's offsets count UTF-16 units.
 */
import { describeClaim, type Report } from '../report/index.js';
import { shortHash } from '../text/ids.js';
import { documentIri, documentsById } from './sources.js';

const CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'describing' | 'tagging';
}
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing' | 'identifying' | 'questioning';
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}
export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

interface Span {
  kind: 'claim' | 'conflict' | 'entity';
  item: string;
  doc: string;
  start: number;
  end: number;
  text: string;
}

/** Code-point offset of a UTF-16 offset in `text`. */
const codePoints = (text: string, offset: number) => (/[\uD800-\uDFFF]/.test(text) ? Array.from(text.slice(0, offset)).length : offset);

export function webAnnotations(r: Report): AnnotationCollection {
  const docs = documentsById(r);
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const spans: Span[] = [
    ...r.claims.flatMap((c) => c.evidence.map((e) => ({ kind: 'claim' as const, item: c.id, ...e, text: `Claim (${c.status}): ${describeClaim(c, names)}` }))),
    ...r.conflicts.flatMap((c) => c.alternatives.flatMap((a) => a.evidence.map((e) => ({ kind: 'conflict' as const, item: c.id, ...e, text: `Conflict: ${c.question} This report gives: ${a.value}` })))),
    ...r.entities.flatMap((en) => en.mentions.map((m) => ({ kind: 'entity' as const, item: en.id, ...m, text: `${en.type}: ${en.name}` }))),
  ];
  const seen = new Set<string>();
  const items: WebAnnotation[] = [];
  for (const s of spans) {
    const d = docs.get(s.doc);
    const id = `urn:triangulate:annotation:${s.kind}:${s.item}:${s.doc}:${s.start}-${s.end}`;
    if (!d || seen.has(id) || s.end > d.text.length || s.start >= s.end) continue;
    seen.add(id);
    items.push({
      id,
      type: 'Annotation',
      motivation: s.kind === 'entity' ? 'identifying' : s.kind === 'conflict' ? 'questioning' : 'describing',
      body: [
        { type: 'TextualBody', value: s.text, format: 'text/plain', purpose: 'describing' },
        { type: 'TextualBody', value: s.kind, format: 'text/plain', purpose: 'tagging' },
      ],
      target: {
        source: documentIri(d),
        selector: [
          { type: 'TextQuoteSelector', exact: d.text.slice(s.start, s.end), prefix: d.text.slice(Math.max(0, s.start - CONTEXT_CHARS), s.start).replace(/^[\uDC00-\uDFFF]/, ''), suffix: d.text.slice(s.end, s.end + CONTEXT_CHARS).replace(/[\uD800-\uDBFF]$/, '') },
          { type: 'TextPositionSelector', start: codePoints(d.text, s.start), end: codePoints(d.text, s.end) },
        ],
      },
    });
  }
  const id = `urn:triangulate:annotations:${shortHash(r.documents.map((d) => d.id).join(' '))}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'triangulate: quoted spans of claims, conflicts and entity mentions',
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export const renderAnnotations = (r: Report): string => `${JSON.stringify(webAnnotations(r), null, 2)}\n`;
