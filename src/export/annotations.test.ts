import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { exampleReport, exampleStories } from '../../test/reports.js';
import { schemaCheck } from '../../test/schemas.js';
import { analyzeDocuments } from '../pipeline.js';
import { buildReport, type Report } from '../report/index.js';
import { type AnnotationCollection, renderAnnotations } from './annotations.js';

const check = schemaCheck('schema/web-annotation.schema.json');

/** Every annotation's selectors select, in its document's text counted in code points, what they say they do. */
function expectSelectorsHold(r: Report, c: AnnotationCollection) {
  const docs = new Map(r.documents.map((d) => [`urn:triangulate:document:${d.id}`, Array.from(d.text)]));
  for (const a of c.first.items) {
    const chars = docs.get(a.target.source);
    expect(chars, a.target.source).toBeDefined();
    const [quote, position] = a.target.selector;
    const at = (from: number, to: number) => (chars as string[]).slice(from, to).join('');
    expect(at(position.start, position.end)).toBe(quote.exact);
    expect(at(position.start - Array.from(quote.prefix).length, position.start)).toBe(quote.prefix);
    expect(at(position.end, position.end + Array.from(quote.suffix).length)).toBe(quote.suffix);
  }
}

describe.each(exampleStories())('Web Annotation export of %s', (name) => {
  let r: Report;
  let c: AnnotationCollection;
  beforeAll(async () => {
    r = await exampleReport(name);
    c = JSON.parse(renderAnnotations(r));
  }, 60_000);

  it('is a valid W3C annotation collection', () => {
    expect(check(c)).toEqual([]);
    expect(c.total).toBe(c.first.items.length);
    expect(new Set(c.first.items.map((a) => a.id)).size).toBe(c.total);
  });

  it('annotates every claim quote, conflict quote and entity mention, and its selectors hold', () => {
    const ids = new Set(c.first.items.map((a) => a.id));
    for (const cl of r.claims) for (const e of cl.evidence) expect(ids).toContain(`urn:triangulate:annotation:claim:${cl.id}:${e.doc}:${e.start}-${e.end}`);
    for (const cf of r.conflicts) for (const e of cf.alternatives.flatMap((a) => a.evidence)) expect(ids).toContain(`urn:triangulate:annotation:conflict:${cf.id}:${e.doc}:${e.start}-${e.end}`);
    for (const en of r.entities) for (const m of en.mentions) expect(ids).toContain(`urn:triangulate:annotation:entity:${en.id}:${m.doc}:${m.start}-${m.end}`);
    expectSelectorsHold(r, c);
  });
});

describe('Web Annotation positions', () => {
  it('count code points, not UTF-16 units, after characters outside the BMP', () => {
    const doc = makeDocument('d1', '𝐍𝐄𝐖𝐒 🚢 Transport Minister Daniel Ortega said the ferry from Porto sank on Monday.', { published: '2026-03-02' });
    const r = buildReport(analyzeDocuments([doc]));
    const c: AnnotationCollection = JSON.parse(renderAnnotations(r));
    const mention = c.first.items.find((a) => a.target.selector[0].exact === 'Daniel Ortega');
    expect(mention?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: Array.from(doc.text.slice(0, doc.text.indexOf('Daniel'))).length, end: Array.from(doc.text.slice(0, doc.text.indexOf(' said'))).length });
    expect(mention?.target.selector[1].start).toBeLessThan(doc.text.indexOf('Daniel'));
    expectSelectorsHold(r, c);
  });

  it('the schema refuses an annotation without a target', () => {
    const bad = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x', type: 'AnnotationCollection', total: 1, first: { id: 'urn:x:1', type: 'AnnotationPage', items: [{ id: 'urn:a', type: 'Annotation' }] } };
    expect(check(bad).length).toBeGreaterThan(0);
  });
});
