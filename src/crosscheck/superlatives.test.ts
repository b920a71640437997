import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';

const DAY = '2026-03-02';
/** The "hit hardest" conflicts among documents d1, d2… (text and language), published the same day. */
const hardest = (...items: [string, string][]) =>
  analyzeDocuments(items.map(([text, language], i) => makeDocument(`d${i + 1}`, text, { published: DAY, language })))
    .cross.conflicts.filter((c) => /hit hardest/.test(c.question))
    .map((c) => ({ question: c.question, internal: c.internal, values: c.alternatives.map((a) => [a.value, a.docs]).sort() }));

describe('which place was hit hardest', () => {
  it('two documents naming different provinces conflict, across languages', () => {
    expect(hardest(['Sichuan province was the hardest hit by the landslides on Monday, officials said.', 'en'], ['Die Provinz Yunnan ist von den Erdrutschen am schwersten betroffen, teilten die Behörden mit.', 'de'])).toEqual([
      {
        question: 'Which province was hit hardest?',
        internal: false,
        values: [
          ['Sichuan', ['d1']],
          ['Yunnan', ['d2']],
        ],
      },
    ]);
  });

  it('figures that rank one province far above another contradict a document calling the other the hardest hit', () => {
    const found = hardest(
      ['Les inondations ont fait 420 morts dans la ville de Lyon ainsi que 9 morts dans la ville de Marseille, selon les autorités.', 'fr'],
      ['The worst-hit city was Marseille, officials said.', 'en'],
    );
    expect(found.map((c) => c.values)).toEqual([
      [
        ['Lyon', ['d1']],
        ['Marseille', ['d2']],
      ],
    ]);
  });

  it('no conflict from one of several, a place the figures leave out, or one answer naming two places', () => {
    expect(hardest(['Les inondations ont fait 420 morts dans la ville de Lyon ainsi que 9 morts dans la ville de Marseille.', 'fr'], ['The worst-hit city was Toulouse.', 'en'])).toEqual([]);
    expect(hardest(['Lyon is one of the hardest-hit cities.', 'en'], ['Marseille was the hardest hit.', 'en'])).toEqual([]);
    expect(hardest(['Lyon und Marseille sind am schwersten betroffen.', 'de'], ['Marseille was the hardest hit.', 'en'])).toEqual([]);
    expect(hardest(['Lyon and Marseille were the hardest hit.', 'en'], ['Marseille was the hardest hit.', 'en'])).toEqual([]);
  });
});
