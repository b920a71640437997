import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { analyzeDocuments } from '../pipeline.js';
import type { Document } from '../types.js';

const doc = (id: string, text: string, extra: Partial<Document> = {}) => makeDocument(id, text, extra);
const events = (...docs: Document[]) => analyzeDocuments(docs).cross.events;

describe('open event types, per language', () => {
  const cases: [string, string, string][] = [
    ['de', 'Die Kommission hat gegen den Konzern Nordwind eine Geldbuße von 120 Millionen Euro verhängt.', 'fine'],
    ['es', 'Unos ladrones robaron tres cuadros del museo de Sevilla.', 'theft'],
    ['ru', 'Полиция задержала двух подозреваемых в Казани.', 'arrest'],
    ['fr', 'Le ministre Paul Renard a présenté sa démission au président.', 'resignation'],
    ['uk', 'У Львові відбулися вибори мера.', 'election'],
    ['en', 'The former mayor was sentenced to six years in prison for bribery.', 'verdict'],
    ['en', 'Heavy flooding cut off three villages in the valley.', 'flood'],
    ['de', 'Bei einem Raketenangriff auf Charkiw wurden fünf Menschen verletzt.', 'attack'],
    ['fr', 'Le musée a rouvert ses portes après deux ans de travaux.', 'opening'],
  ];
  for (const [language, text, type] of cases) {
    it(`${language}: "${text.slice(0, 40)}…" is a ${type}`, () => {
      const found = events(doc('d1', text, { language, published: '2025-06-02' }));
      const ev = found.find((e) => e.type === type);
      expect(ev).toBeDefined();
      expect(ev!.evidence[0].quote).toBe(text);
      expect(ev!.docs).toEqual(['d1']);
    });
  }

  it('a sentence that names no event gives no typed event', () => {
    const found = events(doc('d1', 'The weather was mild and the shops were busy.', { published: '2025-06-02' }));
    expect(found.filter((e) => e.type && e.type !== 'statement')).toEqual([]);
  });
});

describe('happenings across documents and languages', () => {
  const docs = [
    doc('d1', 'The earthquake in Tbilisi destroyed a school and two bridges.', { published: '2025-05-05' }),
    doc('d2', 'Ein Erdbeben hat am Samstagabend die georgische Hauptstadt Tbilisi erschüttert.', { language: 'de' }),
    doc('d3', 'Un séisme a frappé Tbilisi dans la nuit de samedi à dimanche.', { language: 'fr' }),
    doc('d4', 'In 2019, an earthquake struck Tbilisi as well.', { published: '2025-05-05' }),
  ];

  it('one earthquake told in three languages, dated by a weekday and the date of the earliest report', () => {
    const quake = events(...docs).find((e) => e.type === 'earthquake' && e.docs.includes('d2'));
    expect(quake).toBeDefined();
    expect(quake!.docs).toEqual(['d1', 'd2', 'd3']);
    expect(quake!.date).toBe('2025-05-03');
    expect(quake!.dateReason).toMatch(/Saturday on or before 2025-05-05/);
    expect(quake!.evidence.map((e) => e.doc).sort()).toEqual(['d1', 'd2', 'd3']);
  });

  it('an earthquake of another year stays apart', () => {
    const old = events(...docs).filter((e) => e.type === 'earthquake' && e.docs.includes('d4'));
    expect(old.map((e) => [e.docs, e.date])).toEqual([[['d4'], '2019']]);
  });

  it('a day without its year takes the year nearest the reports', () => {
    const found = events(
      doc('d1', 'The storm reached the coast of Valencia on 14/6, the mayor Clara Ruiz said.'),
      doc('d2', 'The storm hit Valencia overnight.', { published: '2025-06-16' }),
    );
    const storm = found.find((e) => e.type === 'storm');
    expect(storm?.docs).toEqual(['d1', 'd2']);
    expect(storm?.date).toBe('2025-06-14');
    expect(storm?.dateReason).toMatch(/without a year/);
  });
});

describe('statements', () => {
  it('the same speaker with the same figure is one statement; another figure is another', () => {
    const found = events(
      doc('d1', 'Health minister Ilse Brandt said 42 people were killed.', { published: '2025-03-04' }),
      doc('d2', 'According to Health minister Ilse Brandt, 42 people died.', { published: '2025-03-04' }),
      doc('d3', 'Health minister Ilse Brandt said on Wednesday that 57 people had died.', { published: '2025-03-06' }),
    );
    const statements = found.filter((e) => e.type === 'statement');
    expect(statements.map((e) => [e.docs, e.date])).toEqual([
      [['d1', 'd2'], '2025-03-04'],
      [['d3'], '2025-03-05'],
    ]);
    expect(statements[0].dateReason).toMatch(/no sentence dates it/);
  });

  it('"…, erklärte X" names its speaker after the verb', () => {
    const found = events(doc('d1', 'Die Brücke bleibt gesperrt, erklärte Hanna Lorenz am Dienstag.', { language: 'de', published: '2025-02-13' }));
    const st = found.find((e) => e.type === 'statement');
    expect(st?.what).toBe('Statement by Hanna Lorenz');
    expect(st?.date).toBe('2025-02-11');
  });
});

describe('counts', () => {
  it('a death toll told with the same figure in two languages is one event; another figure is another', () => {
    const found = events(
      doc('d1', 'The death toll from the landslide rose to 41 people.', { published: '2025-08-12' }),
      doc('d2', 'Le bilan du glissement de terrain s’élève à 41 morts.', { language: 'fr', published: '2025-08-12' }),
      doc('d3', 'The death toll rose to 57 people on Wednesday.', { published: '2025-08-14' }),
    );
    const tolls = found.filter((e) => e.type === 'toll');
    expect(tolls.map((e) => [e.docs, e.date])).toEqual([
      [['d1', 'd2'], '2025-08-12'],
      [['d3'], '2025-08-13'],
    ]);
  });

  it('a toll word without a figure is no count event', () => {
    const found = events(doc('d1', 'The death toll is expected to rise.', { published: '2025-08-12' }));
    expect(found.filter((e) => e.type === 'toll')).toEqual([]);
  });
});
