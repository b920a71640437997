import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { placeOfDateLine } from '../ingest/dateline.js';
import { extractTextMeta } from '../ingest/textMeta.js';
import { analyzeDocuments } from '../pipeline.js';

describe('a visit to a place named by a common noun', () => {
  it('is a visit in the dateline place, one event across languages, dated by its weekday', () => {
    const en = 'Health Minister Teresa Lindqvist, who visited the hospital on Sunday afternoon, promised new funds.';
    const es = 'La ministra de Sanidad, Teresa Lindqvist, visitó el hospital el domingo por la tarde.';
    const r = analyzeDocuments([
      makeDocument('d1', `Malmo gets new funds.\n\n${en}`, { language: 'en', published: '2026-06-08', dateline: 'Malmo' }),
      makeDocument('d2', `Malmo vive el día después.\n\n${es}`, { language: 'es', published: '2026-06-09', dateline: 'Malmo' }),
    ]);
    const visits = r.cross.events.filter((e) => e.kind === 'visit');
    expect(visits).toHaveLength(1);
    expect(visits[0].docs).toEqual(['d1', 'd2']);
    expect(visits[0].date).toBe('2026-06-07');
    expect(r.entities.find((e) => e.id === visits[0].place)?.name).toBe('Malmo');
  });

  it('a document without a dateline gives no place to a visit of "the hospital"', () => {
    const r = analyzeDocuments([makeDocument('d1', 'Health Minister Teresa Lindqvist, who visited the hospital on Sunday, promised new funds.', { language: 'en', published: '2026-06-08' })]);
    expect(r.cross.events.filter((e) => e.kind === 'visit')).toEqual([]);
  });
});

describe('the place a date line standing alone names', () => {
  it('reads "City, date" lines as the dateline place, and nothing from other lines', () => {
    expect(placeOfDateLine('Sevilla, 10 de marzo de 2026')).toBe('Sevilla');
    expect(placeOfDateLine('LYON, 14 mars 2026')).toBe('Lyon');
    expect(placeOfDateLine('Police said on Monday, 10 March, that')).toBeNull();
    expect(extractTextMeta('El Diario del Sur\n\nUn titular sobre el robo\n\nGranada, 3 de mayo de 2026\n\nLa policía detuvo a dos personas.').dateline).toBe('Granada');
  });
});
