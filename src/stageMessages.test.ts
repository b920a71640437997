import { describe, expect, it } from 'vitest';
import { makeDocument } from '../test/documents.js';
import { annotate } from './annotate/index.js';
import { analyzeDocuments } from './pipeline.js';
import { buildReport } from './report/index.js';

// our own sentences: one dated by weekday with no publication date, one bare count with nothing counted
const UNDATED = 'The bridge over the river closed on Tuesday after inspectors found cracks in two pillars.';
const BARE = 'Selon la mairie, le total atteint 3 000 dans la nuit.';

describe('messages from the annotate and claims stages', () => {
  it('annotate says which date it could not place in time, with the span', () => {
    const doc = makeDocument('u1', UNDATED);
    const ann = annotate(doc);
    const m = ann.messages?.find((x) => x.rule === 'annotate/date-unresolved');
    expect(m).toBeDefined();
    expect(m?.file).toBe(doc.path);
    expect(m?.severity).toBe('info');
    expect(UNDATED.slice(m?.place?.start, m?.place?.end)).toMatch(/Tuesday/);
  });

  it('annotate says nothing of a weekday it can count from the publication date', () => {
    const ann = annotate(makeDocument('u2', UNDATED, { published: '2026-03-04' }));
    expect(ann.messages ?? []).toEqual([]);
  });

  it('the claims stage names a bare count, and the report lists both stages’ messages under their document', () => {
    const docs = [makeDocument('b1', BARE, { language: 'fr' }), makeDocument('u3', UNDATED)];
    const report = buildReport(analyzeDocuments(docs));
    const bare = report.documents.find((d) => d.id === 'b1');
    const figure = bare?.messages.find((x) => x.rule === 'claims/figure-no-measure');
    expect(figure?.message).toContain('"3 000"');
    expect(BARE.slice(figure?.place?.start, figure?.place?.end)).toBe('3 000');
    // the counted pillars ("two pillars") and the dated sentence's document carry no figure message
    const undated = report.documents.find((d) => d.id === 'u3');
    expect(undated?.messages.map((x) => x.rule)).toEqual(['annotate/date-unresolved']);
    // the terminal prints only warnings and errors, so info messages stay in the report
    expect(report.warnings.filter((x) => x.severity !== 'info')).toEqual([]);
  });
});
