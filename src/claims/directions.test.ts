import { describe, expect, it } from 'vitest';
import { compassDistance, findDirections, theCountrySpans } from './directions.js';

/** The directions found for the one country named `country` in the sentence. */
const dirs = (sentence: string, lang: string, country: string, others: string[] = []) => {
  const span = (w: string) => ({ start: sentence.indexOf(w), end: sentence.indexOf(w) + w.length });
  return findDirections(sentence, lang, [span(country)], others.map(span)).map((d) => d.direction);
};

describe('the part of a country a sentence names', () => {
  it('reads adjectives, "the X of" and "part of" in English, and not "east of" or a border', () => {
    expect(dirs('A flood hit northern Freedonia on Monday.', 'en', 'Freedonia')).toEqual(['north']);
    expect(dirs('The storm reached the south-western part of Freedonia.', 'en', 'Freedonia')).toEqual(['south-west']);
    expect(dirs('The town lies east of Freedonia.', 'en', 'Freedonia')).toEqual([]);
    expect(dirs('The quake struck near the eastern border with Freedonia.', 'en', 'Freedonia')).toEqual([]);
  });

  it('leaves a direction that is part of a name, or one behind another name, alone', () => {
    expect(dirs('Troops crossed into North Freedonia.', 'en', 'Freedonia')).toEqual([]);
    expect(dirs('A fire broke out in eastern Lakeside, Freedonia.', 'en', 'Freedonia', ['Lakeside'])).toEqual([]);
  });

  it('reads German, French, Russian and Hindi word orders', () => {
    expect(dirs('Ein Sturm hat den Nordosten Freedonias getroffen.', 'de', 'Freedonias')).toEqual(['north-east']);
    expect(dirs('Une tempête a frappé le sud-est de la Freedonie.', 'fr', 'Freedonie')).toEqual(['south-east']);
    expect(dirs("Le séisme a touché l'est de la Freedonie.", 'fr', 'Freedonie')).toEqual(['east']);
    expect(dirs('La Freedonie est frappée par un séisme.', 'fr', 'Freedonie')).toEqual([]);
    expect(dirs('Наводнение произошло на западе Фридонии.', 'ru', 'Фридонии')).toEqual(['west']);
    expect(dirs('फ्रीडोनिया के पूर्वी हिस्से में बाढ़ आई।', 'hi', 'फ्रीडोनिया')).toEqual(['east']);
  });

  it('measures how far apart two points are, so that east and north-east conflict softly and east and west hard', () => {
    expect(compassDistance('east', 'north-east')).toBe(1);
    expect(compassDistance('north', 'north-west')).toBe(1);
    expect(compassDistance('east', 'west')).toBe(4);
  });
});

describe('the country a document names without its name', () => {
  it('finds "the country", "des Landes", "du pays", and a direction before it', () => {
    const spans = (s: string, lang: string) => theCountrySpans(s, lang).map((x) => s.slice(x.start, x.end));
    expect(spans('Floods hit the west of the country on Monday.', 'en')).toEqual(['the country']);
    expect(spans('Im Westen des Landes bebte die Erde.', 'de')).toEqual(['des Landes']);
    expect(spans("Dans l'ouest du pays, la terre a tremblé.", 'fr')).toEqual(['du pays']);
    const s = 'Im Westen des Landes bebte die Erde.';
    expect(findDirections(s, 'de', theCountrySpans(s, 'de')).map((d) => d.direction)).toEqual(['west']);
    expect(spans('The country reported floods.', 'en')).toEqual(['The country']);
  });
});
