import { describe, expect, it } from 'vitest';
import { findSuperlatives, levelOf, rankByFigures, superlativeQuestion } from './superlatives.js';

/** The places (by name) and kinds a sentence singles out, with `names` as its named places. */
const found = (sentence: string, lang: string, names: string[], previous: { id: string; level: string | null }[] = []) => {
  const places = names.map((n) => ({ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length, id: n }));
  return findSuperlatives(sentence, lang, places, previous).map((v) => `${v.measure}|${v.level ?? '-'}|${v.place}`);
};

describe('a superlative that singles out one place', () => {
  it('reads English phrases before and after the place, with its kind', () => {
    expect(found('Ostrava province was the hardest hit, with two towns flattened.', 'en', ['Ostrava'])).toEqual(['hardest hit|province|Ostrava']);
    expect(found('The flood reached Lakeside city in neighbouring Brill district, which has recorded the highest number of casualties.', 'en', ['Lakeside', 'Brill'])).toEqual(['hardest hit|district|Brill']);
    expect(found('The worst-hit town was Millbrook.', 'en', ['Millbrook'])).toEqual(['hardest hit|city|Millbrook']);
  });

  it('reads German and French phrases, with words between their halves', () => {
    expect(found('Die Provinz Ostrava ist von dem Sturm am schwersten betroffen.', 'de', ['Ostrava'])).toEqual(['hardest hit|province|Ostrava']);
    expect(found('Dans la région de Brill, le bilan est le plus lourd.', 'fr', ['Brill'])).toEqual(['hardest hit|region|Brill']);
    expect(found('Le bilan est le plus lourd dans la région de Brill.', 'fr', ['Brill'])).toEqual(['hardest hit|region|Brill']);
    expect(found('La ville la plus touchée est Millbrook.', 'fr', ['Millbrook'])).toEqual(['hardest hit|-|Millbrook']);
  });

  it('reads Russian and Arabic phrases, and "one of" in Russian', () => {
    expect(found('Больше всего пострадал город Милбрук.', 'ru', ['Милбрук'])).toEqual(['hardest hit|city|Милбрук']);
    expect(found('Город Милбрук стал одним из наиболее пострадавших.', 'ru', ['Милбрук'])).toEqual([]);
    expect(found('كانت مدينة ميلبروك الأكثر تضررا من الفيضانات.', 'ar', ['ميلبروك'])).toEqual(['hardest hit|city|ميلبروك']);
  });

  it('follows "the latter" to the last place of its kind in the sentence before', () => {
    const previous = [
      { id: 'Lakeside', level: 'city' },
      { id: 'Brill', level: 'province' },
      { id: 'Ostrava', level: null },
    ];
    expect(found("C'est dans cette dernière province que le bilan est le plus lourd.", 'fr', [], previous)).toEqual(['hardest hit|province|Ostrava']);
    expect(found('In der letzteren Stadt sind die meisten Toten zu beklagen.', 'de', [], previous.slice(0, 2))).toEqual(['hardest hit|city|Lakeside']);
  });

  it('makes no claim for one of several, or for two places joined into one answer', () => {
    expect(found('Millbrook is one of the hardest-hit towns.', 'en', ['Millbrook'])).toEqual([]);
    expect(found('Die Provinzen Ostrava und Brill sind am schwersten von dem Sturm betroffen.', 'de', ['Ostrava', 'Brill'])).toEqual([]);
    expect(found("Millbrook est l'une des villes les plus touchées.", 'fr', ['Millbrook'])).toEqual([]);
    expect(found('Some of the hardest-hit villages remain cut off.', 'en', [])).toEqual([]);
  });

  it('reads the kind of a place from the noun next to its name and asks the question with it', () => {
    const s = 'près de la ville de Lakeside, dans la province voisine de Brill';
    expect(levelOf(s, { start: s.indexOf('Lakeside'), end: s.indexOf('Lakeside') + 8 }, 'fr')).toBe('city');
    expect(levelOf(s, { start: s.indexOf('Brill'), end: s.indexOf('Brill') + 5 }, 'fr')).toBe('province');
    expect(superlativeQuestion('hardest hit', 'province')).toBe('Which province was hit hardest?');
  });
});

/** The place a breakdown ranks first and the places it outranks, with `names` as the sentence's places and `dead` the figures (as written) counting the dead. */
const ranked = (sentence: string, lang: string, names: string[], dead: string[], other: string[] = []) => {
  const places = names.map((n) => ({ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length, id: n }));
  const fig = (measure: string) => (f: string) => ({ start: sentence.indexOf(f), end: sentence.indexOf(f) + f.length, value: Number(f.replace(/\s/g, '')), measure });
  return rankByFigures(sentence, lang, places, [...dead.map(fig('dead')), ...other.map(fig('injured'))]).map((r) => `${r.place}>${r.outranks.join(',')}`);
};

describe('a breakdown of a toll by place ranks its places', () => {
  it('binds a place with a locative word to the figures before it, and a place without one to the figures after it', () => {
    expect(ranked('Officials said Ostrava alone recorded 400 deaths and 850 injuries, in addition to 7 deaths and 60 injuries in Brill.', 'en', ['Ostrava', 'Brill'], ['400', '7'], ['850', '60'])).toEqual(['Ostrava>Brill']);
    expect(ranked('On compte 7 morts dans la province de Brill ainsi que 350 morts dans la province de Ostrava.', 'fr', ['Brill', 'Ostrava'], ['7', '350'])).toEqual(['Ostrava>Brill']);
    expect(ranked('In Ostrava starben 35 Menschen, in Brill 300.', 'de', ['Ostrava', 'Brill'], ['35', '300'])).toEqual(['Brill>Ostrava']);
  });

  it('ranks nothing when the counts are close, when a place has two counts, or when only one place is counted', () => {
    expect(ranked('There were 40 deaths in Ostrava and 30 deaths in Brill.', 'en', ['Ostrava', 'Brill'], ['40', '30'])).toEqual([]);
    expect(ranked('There were 400 deaths and 9 deaths in Ostrava.', 'en', ['Ostrava'], ['400', '9'])).toEqual([]);
    expect(ranked('There were 400 injuries in Ostrava and 9 deaths in Brill.', 'en', ['Ostrava', 'Brill'], ['9'], ['400'])).toEqual([]);
  });
});
