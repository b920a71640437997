import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';

/** The "in what year" conflicts among documents d1, d2… given as [text, language], published on 2 March 2026. */
const years = (...items: [string, string][]) =>
  analyzeDocuments(items.map(([text, language], i) => makeDocument(`d${i + 1}`, text, { language, published: '2026-03-02' })))
    .cross.conflicts.filter((c) => /In what year/.test(c.question))
    .map((c) => ({ question: c.question, soft: c.soft, values: c.alternatives.map((a) => a.value).sort() }));

const GERMAN = 'Ein Erdbeben hat am Montag den Osten Irans erschüttert. In Iran wird weiter gesucht. Im vergangenen Jahr kamen bei einem Erdbeben im Westen des Landes 300 Menschen ums Leben.';

describe('a year counted from the publication day, against one named outright', () => {
  it('"im vergangenen Jahr" (2025) against "in 2024" for the earthquake in the west is a soft conflict', () => {
    expect(years([GERMAN, 'de'], ['In 2024, an earthquake struck western Iran, killing 300 people.', 'en'])).toEqual([
      { question: 'In what year did the earthquake in the west of Iran happen?', soft: true, values: ['2024', '2025 ("last year": Im vergangenen Jahr)'] },
    ]);
  });

  it('no conflict when the years agree, or when both are named outright (two earthquakes may be meant)', () => {
    expect(years([GERMAN, 'de'], ['In 2025, an earthquake struck western Iran, killing 300 people.', 'en'])).toEqual([]);
    expect(years(['In 2023, an earthquake struck western Iran, killing 300 people.', 'en'], ['In 2024, an earthquake struck western Iran, killing 300 people.', 'en'])).toEqual([]);
  });
});
