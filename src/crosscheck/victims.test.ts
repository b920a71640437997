import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';

/** The "whom did it kill" conflicts among documents d1, d2… given as [text, language], published the same day. */
const whom = (...items: [string, string][]) =>
  analyzeDocuments(items.map(([text, language], i) => makeDocument(`d${i + 1}`, text, { language, published: '2026-03-02' })))
    .cross.conflicts.filter((c) => /Whom did it kill/.test(c.question))
    .map((c) => ({ internal: c.internal, values: c.alternatives.map((a) => [a.value, a.docs]).sort() }));

describe('whom a strike killed, in two versions', () => {
  it('civilians in one document and soldiers in another, neither counting both, across languages', () => {
    expect(whom(['The rocket strike on the market killed at least 14 civilians, the mayor said.', 'en'], ['Bei dem Raketenangriff wurden nach Angaben des Militärs mehr als 40 Soldaten getötet.', 'de'])).toEqual([
      {
        internal: false,
        values: [
          ['civilians: at least 14 civilians', ['d1']],
          ['soldiers: more than 40 soldiers (mehr als 40 Soldaten)', ['d2']],
        ],
      },
    ]);
  });

  it('a document counting both tells a mixed toll, and nothing is contested', () => {
    expect(whom(['The rocket strike killed 14 civilians and 40 soldiers.', 'en'], ['The strike killed more than 40 soldiers, the army said.', 'en'], ['La frappe a tué au moins 14 civils, selon le maire.', 'fr'])).toEqual([]);
    // the same two versions without the mixed count do conflict
    expect(whom(['The strike killed more than 40 soldiers, the army said.', 'en'], ['La frappe a tué au moins 14 civils, selon le maire.', 'fr'])).toHaveLength(1);
  });
});
