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

describe('annotate: dates written wrong or two ways, figures read with rules not the language’s own', () => {
  const rules = (text: string, extra: Parameters<typeof makeDocument>[2] = {}) => {
    const doc = makeDocument('m', text, { published: '2025-07-10', ...extra });
    return (annotate(doc).messages ?? []).map((m) => ({ rule: m.rule, severity: m.severity, at: text.slice(m.place?.start, m.place?.end) }));
  };

  it('says which date names a day its month does not have', () => {
    expect(rules('The hearing was set for 31 June 2025 in the capital.')).toEqual([{ rule: 'annotate/date-impossible', severity: 'warning', at: '31 June 2025' }]);
    expect(rules('The vote was moved to February 30, 2025, officials said.')).toEqual([{ rule: 'annotate/date-impossible', severity: 'warning', at: 'February 30, 2025' }]);
    expect(rules('Die Anhörung war für den 31. Juni 2025 angesetzt.', { language: 'de' })).toEqual([{ rule: 'annotate/date-impossible', severity: 'warning', at: '31. Juni 2025' }]);
  });

  it('says nothing of a day the month has, or of a count before a month', () => {
    expect(rules('The hearing was set for 30 June 2025 in the capital.')).toEqual([]);
    expect(rules('Floods killed 45 in June 2025 across the region.')).toEqual([]);
  });

  it('gives both readings of a numeric date whose day and month could be swapped, in an English text', () => {
    const doc = makeDocument('a', 'The plant reopened on 03/04/2025 after repairs.', { published: '2025-07-10' });
    const m = annotate(doc).messages?.find((x) => x.rule === 'annotate/date-ambiguous');
    expect(m?.message).toMatch(/read as 2025-0[34]-0[34]; .* it is 2025-0[34]-0[34]/);
    expect(m?.message).toContain('2025-04-03');
    expect(m?.message).toContain('2025-03-04');
    expect(rules('The plant reopened on 23/04/2025 after repairs.')).toEqual([]);
  });

  it('says once that a document’s figures are read with the English rules when its module has no number vocabulary', () => {
    // Persian has a module (months, sentence stops) but no number vocabulary yet
    const fa = rules('آتش‌سوزی ۱۴۱۱ نفر را آواره کرد و ۲۰ نفر زخمی شدند.', { language: 'fa' });
    expect(fa.filter((m) => m.rule === 'annotate/no-number-vocabulary')).toHaveLength(1);
    expect(rules('El incendio dejó 1.411 personas evacuadas y 20 heridos en la provincia.', { language: 'es' }).filter((m) => m.rule === 'annotate/no-number-vocabulary')).toEqual([]);
    expect(rules('Der Brand zwang 1.411 Menschen zur Flucht, 20 wurden verletzt.', { language: 'de' })).toEqual([]);
  });
});

describe('no flood of messages', () => {
  it('keeps at most five messages of one rule about one document and counts the rest in one', () => {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const text = days.map((d) => `The ferry sailed again on ${d} after a short delay.`).join(' ');
    const docs = [makeDocument('f1', text), makeDocument('f2', UNDATED)];
    const a = analyzeDocuments(docs);
    const mine = a.messages.filter((m) => m.file === docs[0].path && m.rule === 'annotate/date-unresolved');
    expect(mine).toHaveLength(6);
    expect(mine.filter((m) => m.place)).toHaveLength(5);
    expect(mine[5].message).toContain('2 more "annotate/date-unresolved" messages left out (7 in all)');
    expect(a.messages.filter((m) => m.file === docs[1].path).map((m) => m.rule)).toEqual(['annotate/date-unresolved']);
  });
});

describe('claims: a sum with no measure it knows', () => {
  it('names a sum whose clause states no measure, and not a fine', () => {
    const text = 'The county spent $40 million on the harbour wall last year. Separately, the regulator fined the operator $2 million for the delays.';
    const a = analyzeDocuments([makeDocument('s1', text, { published: '2026-03-04' })]);
    const sums = a.messages.filter((m) => m.rule === 'claims/sum-no-measure');
    expect(sums.map((m) => text.slice(m.place?.start, m.place?.end))).toEqual(['$40 million']);
    expect(sums[0].message).toContain('compared with no other sum');
  });
});

describe('which languages have a module', () => {
  it('names a language without a module, and what still reads it; a language with a module gets no such message', () => {
    const docs = [
      makeDocument('nl1', 'De brug stortte dinsdag in na de regen.', { language: 'nl' }),
      makeDocument('sw1', 'Daraja lilianguka Jumanne baada ya mvua.', { language: 'sw' }),
      makeDocument('hi1', 'मंगलवार को बारिश के बाद पुल गिर गया।', { language: 'hi' }),
    ];
    const notes = new Map(analyzeDocuments(docs).messages.filter((m) => m.rule === 'annotate/no-language-module').map((m) => [m.file, m.message]));
    expect(notes.get(docs[0].path)).toContain('its names with its everyday-word and name lists');
    expect(notes.get(docs[1].path)).toContain('no language module for "sw"');
    expect(notes.get(docs[1].path)).not.toContain('name lists');
    expect(notes.has(docs[2].path)).toBe(false);
  });
});

describe('messages from the resolve and cross-check stages', () => {
  it('the cross-check warns once about a document that contradicts itself, at its first quote, and the report lists it', () => {
    const docs = [
      makeDocument('s1', 'A landslide buried the village of Orvane on Sunday, killing 41 people. Later the governor said that only 12 people were killed in the landslide.'),
      makeDocument('s2', 'The landslide in Orvane on Sunday killed 41 people, officials said.'),
    ];
    const a = analyzeDocuments(docs);
    const warnings = a.messages.filter((m) => m.rule === 'crosscheck/self-contradiction');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].file).toBe(docs[0].path);
    expect(warnings[0].severity).toBe('warning');
    expect(warnings[0].message).toMatch(/contradicts itself on "How many people were killed\?"/);
    expect(docs[0].text.slice(warnings[0].place?.start, warnings[0].place?.end)).toMatch(/41|12/);
    const listed = buildReport(a).documents.find((d) => d.id === 's1')?.messages ?? [];
    expect(listed.map((m) => m.rule)).toContain('crosscheck/self-contradiction');
  });

  it('resolve says when a surname alone fits two people of the folder and joins neither', () => {
    const docs = [
      makeDocument('p1', 'Mayor Ana Ferrant opened the new bridge in Orvane on Monday.'),
      makeDocument('p2', 'Engineer Luis Ferrant inspected the pillars of the bridge in Orvane.'),
      makeDocument('p3', 'Ferrant said the bridge would stay open through the winter.'),
    ];
    const a = analyzeDocuments(docs);
    const m = a.messages.find((x) => x.rule === 'resolve/surname-ambiguous');
    expect(m?.file).toBe(docs[2].path);
    expect(m?.message).toContain('"Ana Ferrant"');
    expect(m?.message).toContain('"Luis Ferrant"');
    expect(docs[2].text.slice(m?.place?.start, m?.place?.end)).toBe('Ferrant');
    // one of the two named in its own document: no doubt, no message
    const clear = analyzeDocuments([docs[0], makeDocument('p4', 'Engineer Luis Ferrant inspected the bridge. Ferrant said it would stay open.')]);
    expect(clear.messages.filter((x) => x.rule === 'resolve/surname-ambiguous')).toEqual([]);
  });
});
