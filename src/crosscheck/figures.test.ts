import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { analyzeDocuments } from '../pipeline.js';
import { findEvolvingFigures } from './index.js';

// Invented sentences: a landslide in a fictional valley, a regulator's fine, a shelling, in four languages.
type Item = { text: string; lang?: string; published?: string | null };
const analyse = (...items: Item[]) =>
  analyzeDocuments(items.map((x, i) => makeDocument(`d${i + 1}`, x.text, { language: x.lang ?? 'en', published: x.published === undefined ? '2026-05-04' : x.published })));
const conflicts = (...items: Item[]) => analyse(...items).cross.conflicts;
const quantity = (...items: Item[]) => conflicts(...items).filter((c) => c.kind === 'quantity');

describe('figure conflicts in any language', () => {
  it('English: "killing at least 41" vs "only 12 people were killed" the same day', () => {
    const [c, ...rest] = quantity(
      { text: 'A landslide buried the village of Orvane on Sunday, killing at least 41 people, officials said.' },
      { text: 'Only 12 people were killed when the landslide buried Orvane on Sunday, the governor said.' },
    );
    expect(rest).toEqual([]);
    expect(c.question).toBe('How many people were killed?');
    expect(c.alternatives.map((a) => a.docs[0]).sort()).toEqual(['d1', 'd2']);
    expect(c.why).toMatch(/cannot all hold/);
  });

  it('German: "1.411 Menschen kamen ums Leben" vs "1.280 Tote", values read with German grouping', () => {
    const [c] = quantity(
      { text: 'Bei dem Erdrutsch im Tal von Orvane kamen mindestens 1.411 Menschen ums Leben.', lang: 'de' },
      { text: 'Die Behörden meldeten 1.280 Tote nach dem Erdrutsch im Tal von Orvane.', lang: 'de' },
    );
    expect(c.question).toBe('How many people were killed?');
    expect(c.alternatives.map((a) => a.value).sort()).toEqual(['1,280 people (1.280 Tote)', 'at least 1,411 people (mindestens 1.411 Menschen)']);
  });

  it('French: "plus de 1 500 ont été blessées" vs "900 blessés"', () => {
    const [c] = quantity(
      { text: 'Au moins 622 personnes sont mortes et plus de 1 500 ont été blessées dans la vallée.', lang: 'fr' },
      { text: 'Le glissement de terrain a fait 900 blessés dans la vallée, selon la préfecture.', lang: 'fr' },
    );
    expect(c.question).toBe('How many people were injured?');
  });

  it('Russian and Ukrainian: "погибли 34 человека, в том числе двое детей" vs "загинула 31 особа, з них 5 дітей"', () => {
    const cs = quantity(
      { text: 'В результате обстрела погибли 34 человека, в том числе двое детей.', lang: 'ru' },
      { text: 'Внаслідок обстрілу загинула 31 особа, з них 5 дітей.', lang: 'uk' },
    );
    expect(cs.map((c) => c.question).sort()).toEqual(['How many children were killed?', 'How many people were killed?']);
  });

  it('money in locale formats: "2,95 Mrd. Euro" vs "€2.93bn" is one measure; the 2018 fine is another', () => {
    const cs = quantity(
      { text: 'Die Kommission verhängte eine Geldbuße von 2,95 Mrd. Euro gegen den Konzern Veltrac.', lang: 'de' },
      { text: 'The Commission fined Veltrac €2.93 billion on Tuesday.' },
      { text: 'In 2018, Veltrac was fined €4.1 billion.' },
    );
    expect(cs).toHaveLength(1);
    expect(cs[0].question).toBe('How large is the fine?');
    expect(cs[0].alternatives.map((a) => a.value).sort()).toEqual(['€2.93 billion', '€2.95 billion (2,95 Mrd. Euro)']);
  });

  it('a document giving two values contradicts itself', () => {
    const [c] = quantity({ text: 'The quake struck at a depth of 8 km. Later the survey put the depth at 14 km.' });
    expect(c).toMatchObject({ question: 'At what depth did it happen?', internal: true });
  });

  it('"no deaths" against a toll of the same document is a conflict', () => {
    const [c] = quantity({ text: 'There were no immediate reports of deaths. The blast killed at least 9 people, police said.' });
    expect(c.question).toBe('How many people were killed?');
    expect(c.internal).toBe(true);
  });
});

describe('figures that are not conflicts', () => {
  it('hedges and ranges that can both hold: "at least 40" / "more than 45" / "between 40 and 50"', () => {
    expect(
      quantity(
        { text: 'The landslide killed at least 40 people in Orvane.' },
        { text: 'More than 45 people were killed in Orvane, the governor said.' },
        { text: 'Between 40 and 50 people were killed in Orvane.' },
      ),
    ).toEqual([]);
  });

  it('German and French hedges: "mindestens 40 Tote" / "près de 50 morts"', () => {
    expect(quantity({ text: 'Es gab mindestens 40 Tote.', lang: 'de' }, { text: 'On compte près de 50 morts.', lang: 'fr' })).toEqual([]);
  });

  it('a part and its total: "47 people, including 11 children" / "11 children"', () => {
    expect(quantity({ text: 'The blast killed 47 people, including 11 children.' }, { text: 'Eleven children were among the dead, and the blast killed 47 people.' })).toEqual([]);
  });

  it('Russian part and total: "из них" keeps the whole apart', () => {
    expect(quantity({ text: 'Погибли 20 человек, из них 3 ребенка.', lang: 'ru' }, { text: 'Погибли 20 человек.', lang: 'ru' })).toEqual([]);
  });

  it('one instant in two zones: "11:40 p.m. local time (19:10 GMT)" and "19:10 GMT"', () => {
    const a = analyse({ text: 'The quake struck at 11:40 p.m. local time (19:10 GMT), the survey said.' }, { text: 'The quake struck at 19:10 GMT, the survey said.' });
    expect(a.cross.conflicts).toEqual([]);
  });

  it('midnight and 11:50 p.m. are ten minutes apart', () => {
    expect(quantity({ text: 'The quake struck around midnight.' }, { text: 'The quake struck at 11:50 p.m.' })).toEqual([]);
  });

  it('an amount restated in another currency is one statement: "€2.9bn ($3.4bn)"', () => {
    expect(quantity({ text: 'Veltrac was fined €2.9 billion ($3.4 billion) on Tuesday.' })).toEqual([]);
  });

  it('a rising toll over three days is an evolving figure, not a conflict, in any language', () => {
    const a = analyse(
      { text: 'Die Behörden meldeten 250 Tote nach dem Erdrutsch.', lang: 'de', published: '2026-05-01' },
      { text: 'Le bilan est passé à 622 morts après le glissement de terrain.', lang: 'fr', published: '2026-05-02' },
      { text: 'The landslide has killed 1,411 people, officials said.', published: '2026-05-03' },
    );
    expect(a.cross.conflicts.filter((c) => c.kind === 'quantity')).toEqual([]);
    const [f] = findEvolvingFigures(a.cross.claims, { entities: new Map(a.entities.map((e) => [e.id, e])), docs: new Map(a.documents.map((d) => [d.id, d])) });
    expect(f.question).toBe('How many people were killed?');
    expect(f.series.map((s) => s.date)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03']);
    expect(f.series.map((s) => s.values[0].docs)).toEqual([['d1'], ['d2'], ['d3']]);
  });
});

describe('named values and offices', () => {
  it('"ballistic" vs "cruise" missiles, in English and Russian', () => {
    const [c] = conflicts({ text: 'Two ballistic missiles hit the town centre on Sunday.' }, { text: 'По городу были выпущены две крылатые ракеты.', lang: 'ru' });
    expect(c).toMatchObject({ kind: 'value', question: 'What kind of missiles were used?' });
    expect(c.alternatives.map((a) => a.value).sort()).toEqual(['ballistic missiles', 'cruise missiles']);
  });

  it('"record" vs "zweithöchste" fine', () => {
    const [c] = conflicts({ text: 'The regulator imposed a record fine on Veltrac.' }, { text: 'Es ist die zweithöchste Strafe gegen Veltrac.', lang: 'de' });
    expect(c.alternatives.map((a) => a.value).sort()).toEqual(['record', 'second-largest']);
  });

  it('one person called president and former president on the same day', () => {
    const [c] = conflicts({ text: 'Brazilian President Tomas Vieira criticised the ruling.' }, { text: 'Former Brazilian President Tomas Vieira criticised the ruling.' });
    expect(c).toMatchObject({ kind: 'office', question: 'What office does Tomas Vieira hold?' });
  });

  it('not a conflict: president in one year, former president the next', () => {
    const out = conflicts({ text: 'Brazilian President Tomas Vieira criticised the ruling.', published: '2025-01-04' }, { text: 'Former Brazilian President Tomas Vieira criticised the ruling.', published: '2026-01-04' });
    expect(out).toEqual([]);
  });
});
