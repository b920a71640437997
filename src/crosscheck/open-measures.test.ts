// Measures beyond casualties (issue 14): a prison sentence and the one the prosecution sought, the money taken, what a
// stolen thing is worth, and how many people carried something out, in several languages; and measures that do not
// change from day to day, so that two values of different days are a conflict, not an evolving figure.
// Invented sentences: a fictional court case in Marrow and a fictional raid on a library in Tordera.
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { analyzeDocuments } from '../pipeline.js';
import { findEvolvingFigures } from './index.js';

type Item = { text: string; lang?: string; published?: string | null };
const analyse = (...items: Item[]) =>
  analyzeDocuments(items.map((x, i) => makeDocument(`d${i + 1}`, x.text, { language: x.lang ?? 'en', published: x.published === undefined ? '2026-05-04' : x.published })));
const quantity = (...items: Item[]) => analyse(...items).cross.conflicts.filter((c) => c.kind === 'quantity');

describe('a prison sentence given two ways', () => {
  it('English, German and Spanish sentences conflict; the sentence the prosecution sought is another measure', () => {
    const cs = quantity(
      { text: 'A court in Marrow sentenced the former treasurer Ivo Plessa to six years in prison on Monday. Prosecutors had asked for eight years in prison.' },
      { text: 'Ein Gericht in Marrow hat den früheren Kämmerer Ivo Plessa am Montag zu fünf Jahren Haft verurteilt.', lang: 'de' },
      { text: 'Un tribunal de Marrow condenó el lunes al extesorero Ivo Plessa a seis años de prisión.', lang: 'es' },
    );
    expect(cs).toHaveLength(1);
    const [c] = cs;
    expect(c.question).toBe('How long is the prison sentence?');
    expect(c.alternatives.map((a) => a.docs.join(',')).sort()).toEqual(['d1,d3', 'd2']);
    expect(c.alternatives.map((a) => a.value)).toContain('5 years (fünf Jahren)');
    expect(c.alternatives.flatMap((a) => a.evidence.map((e) => e.quote)).join(' ')).not.toContain('eight years');
  });

  it('conflicts whatever the days of the reports, and is never an evolving figure', () => {
    const r = analyse(
      { text: 'A court in Marrow sentenced Ivo Plessa to six years in prison.', published: '2026-05-04' },
      { text: 'Ivo Plessa was sentenced to four years in prison by a court in Marrow.', published: '2026-05-06' },
    );
    expect(r.cross.conflicts.filter((c) => c.kind === 'quantity').map((c) => c.question)).toEqual(['How long is the prison sentence?']);
    expect(findEvolvingFigures(r.cross.claims, { entities: new Map(r.entities.map((e) => [e.id, e])), docs: new Map(r.documents.map((d) => [d.id, d])) })).toEqual([]);
  });
});

describe('money taken and what a thing is worth', () => {
  it('the sum embezzled in French and English, the insured value in Italian and Portuguese', () => {
    const cs = quantity(
      { text: "L'ancien trésorier a détourné 1,4 million d'euros de la caisse municipale.", lang: 'fr' },
      { text: 'The former treasurer embezzled 2.6 million euros from the town, prosecutors said.' },
      { text: 'Il manoscritto rubato era assicurato per 800.000 euro.', lang: 'it' },
      { text: 'O manuscrito roubado estava segurado em 1,2 milhões de euros.', lang: 'pt' },
    );
    expect(cs.map((c) => c.question).sort()).toEqual(['How much is it worth?', 'How much money was taken?']);
    const worth = cs.find((c) => c.question === 'How much is it worth?');
    expect(worth?.alternatives.map((a) => a.docs[0]).sort()).toEqual(['d3', 'd4']);
  });
});

describe('how many people carried it out', () => {
  it('three masked men, four hooded ones and five thieves are one measure across languages', () => {
    const [c, ...rest] = quantity(
      { text: 'Three masked men stole two manuscripts from the Tordera library on Sunday.' },
      { text: 'Cuatro encapuchados irrumpieron en la biblioteca de Tordera el domingo.', lang: 'es' },
      { text: 'Tre uomini mascherati hanno rubato due manoscritti dalla biblioteca di Tordera.', lang: 'it' },
    );
    expect(rest).toEqual([]);
    expect(c.question).toBe('How many people carried it out?');
    expect(c.alternatives.map((a) => a.docs.join(',')).sort()).toEqual(['d1,d3', 'd2']);
  });

  it('does not count the people hurt or the things taken as the ones who did it', () => {
    const cs = quantity(
      { text: 'Three masked men stole two manuscripts from the Tordera library, and four people were injured.' },
      { text: 'Three men broke into the Tordera library and stole five manuscripts; two people were hurt.' },
    );
    expect(cs.map((c) => c.question)).toEqual(['How many people were injured?']);
  });
});

describe('an office and its former holder across languages', () => {
  it('"l\'ancienne maire de Tordera" against "Bürgermeisterin von Tordera" the same day, labelled in English with the own words', () => {
    const cs = analyse(
      { text: "Le tribunal a condamné lundi l'ancienne maire de Tordera, Ana Ferro, à deux ans de prison.", lang: 'fr' },
      { text: 'Ein Gericht hat am Montag die Bürgermeisterin von Tordera, Ana Ferro, zu zwei Jahren Haft verurteilt.', lang: 'de' },
    ).cross.conflicts.filter((c) => c.kind === 'office');
    expect(cs.map((c) => c.question)).toEqual(['What office does Ana Ferro hold?']);
    expect(cs[0].alternatives.map((a) => a.value).sort()).toEqual(['former mayor of Tordera (l\'ancienne maire de Tordera)', 'mayor of Tordera (Bürgermeisterin von Tordera)']);
  });
});
