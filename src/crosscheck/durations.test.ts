import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';
import { storyDay } from './durations.js';

/** The duration conflicts among documents d1, d2… given as [text, language, publication day]. */
const durations = (...items: [string, string, string | null][]) =>
  analyzeDocuments(items.map(([text, language, published], i) => makeDocument(`d${i + 1}`, text, { language, published })))
    .cross.conflicts.filter((c) => /How long/.test(c.question))
    .map((c) => c.alternatives.map((a) => [a.value, a.docs]).sort());

describe('a duration given by its start against one given in years', () => {
  it('a probe launched in 2019, seen in 2026, conflicts with "two years after the investigation began", across languages', () => {
    const found = durations(['The regulator fined the port operator on Monday, following a probe launched in 2019.', 'en', '2026-03-02'], ['Die Strafe kam zwei Jahre nach Beginn der Ermittlungen.', 'de', '2026-03-02']);
    expect(found).toHaveLength(1);
    expect(found[0].map(([v]) => v)).toEqual(expect.arrayContaining(['since 2019 (about 7 years)', '2 years (zwei Jahre)']));
    expect(found[0].map(([, d]) => d)).toEqual(expect.arrayContaining([['d1'], ['d2']]));
  });

  it('an undated document counts to the story day, and a duration that fits makes no conflict', () => {
    expect(durations(['The regulator acted after a probe launched in 2019.', 'en', null], ['Die Strafe kam sieben Jahre nach Beginn der Ermittlungen.', 'de', '2026-03-02'])).toEqual([]);
    expect(durations(["L'amende fait suite à une enquête ouverte en 2019.", 'fr', null], ['Die Strafe kam zwei Jahre nach Beginn der Ermittlungen.', 'de', '2026-03-02'])).toHaveLength(1);
  });

  it('the story day is the middle publication day', () => {
    const d = (id: string, published: string | null) => makeDocument(id, 'x', { published });
    expect(storyDay([d('a', '2026-03-01'), d('b', null), d('c', '2026-03-04'), d('e', '2026-03-02')])).toBe('2026-03-02');
    expect(storyDay([d('a', null)])).toBeNull();
  });
});

describe('filling in durations by their start', () => {
  it('gives new drafts with the years filled in and leaves the drafts given unchanged', async () => {
    const { datedDurations } = await import('./durations.js');
    const draft = {
      doc: 'd1',
      subject: '',
      predicate: 'quantity' as const,
      object: { value: 'since 2019' },
      qualifiers: { kind: 'duration', unit: 'year', value: null, measure: 'duration of the investigation', since: '2019' } as Record<string, string | number | boolean | null>,
      evidence: { doc: 'd1', start: 0, end: 1, quote: 'x' },
      attributedTo: null,
      sentence: 0,
    };
    const before = JSON.stringify(draft);
    const docs = [makeDocument('d1', 'x', { published: '2026-03-02' })];
    const [dated] = datedDurations([Object.freeze(draft)], docs);
    expect(JSON.stringify(draft)).toBe(before);
    expect(dated.object).toEqual({ value: 'since 2019 (about 7 years)' });
    expect(dated.qualifiers).toMatchObject({ measure: 'duration of the investigation', rangeLow: expect.any(Number), rangeHigh: expect.any(Number) });
    // run again over its own output, the same claim
    expect(datedDurations([dated], docs)).toEqual([dated]);
    const [undated] = datedDurations([draft], [makeDocument('d1', 'x', { published: null })]);
    expect(undated.qualifiers.measure).toBeNull();
  });
});
