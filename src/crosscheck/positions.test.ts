import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';

/** The "relative to" conflicts among documents d1, d2… given as [text, language], published the same day. */
const relative = (...items: [string, string][]) =>
  analyzeDocuments(items.map(([text, language], i) => makeDocument(`d${i + 1}`, text, { language, published: '2026-03-02' })))
    .cross.conflicts.filter((c) => /relative to/.test(c.question))
    .map((c) => ({ soft: c.soft, values: c.alternatives.map((a) => [a.value, a.docs]).sort() }));

describe('where a happening was relative to a place', () => {
  it('the same distance from one place in neighbouring directions is a soft conflict, across languages', () => {
    expect(relative(['The earthquake struck 40 kilometres north-east of Lyon on Monday.', 'en'], ["Le séisme s'est produit lundi à 40 km à l'est de Lyon.", 'fr'])).toEqual([
      {
        soft: true,
        values: [
          ['40 km east', ['d2']],
          ['40 km north-east', ['d1']],
        ],
      },
    ]);
  });

  it('opposite directions conflict outright; another distance may be another spot and does not conflict', () => {
    expect(relative(['The earthquake struck 40 kilometres west of Lyon.', 'en'], ['Das Erdbeben ereignete sich 40 Kilometer östlich von Lyon.', 'de']).map((c) => c.soft)).toEqual([false]);
    expect(relative(['The earthquake struck 40 kilometres west of Lyon.', 'en'], ['Das Erdbeben ereignete sich 90 Kilometer östlich von Lyon.', 'de'])).toEqual([]);
  });
});
