import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';

/** The questions of the fine conflicts among documents d1, d2… given as [text, language], published on 2 March 2026. */
const fineQuestions = (...items: [string, string][]) =>
  analyzeDocuments(items.map(([text, language], i) => makeDocument(`d${i + 1}`, text, { language, published: '2026-03-02' })))
    .cross.conflicts.filter((c) => /fine/.test(c.question))
    .map((c) => c.question);

describe('a year counted from the publication day', () => {
  it('"last year" is the year before publication, compared with that year named outright, across languages', () => {
    expect(fineQuestions(['Last year the regulator imposed a fine of €4 billion on the carrier.', 'en'], ['Die Aufsicht verhängte 2025 eine Strafe von 2 Milliarden Euro gegen die Reederei.', 'de'])).toEqual(['How large is the fine (2025)?']);
    expect(fineQuestions(["L'an dernier, le régulateur a infligé une amende de 4 milliards d'euros au transporteur.", 'fr'], ['In 2025 the regulator imposed a fine of €2 billion on the carrier.', 'en'])).toEqual(['How large is the fine (2025)?']);
  });

  it('last year\'s fine is not compared with this year\'s', () => {
    expect(fineQuestions(['Im vergangenen Jahr verhängte die Aufsicht eine Strafe von 4 Milliarden Euro.', 'de'], ['The regulator imposed a fine of €2 billion on the carrier on Monday.', 'en'])).toEqual([]);
  });
});
