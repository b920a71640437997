import { describe, expect, it } from 'vitest';
import { findNumbers } from '../annotate/numbers.js';
import { readFigures } from './figures.js';

const read = (sentence: string, lang = 'en') => {
  const figures = findNumbers(sentence, [], lang);
  return readFigures(sentence, figures, lang).map((r, i) => [figures[i].text, r.measure, r.partOf, r.equivalentOf]);
};

describe('readFigures', () => {
  it('gives each figure the measure of its own clause: "killed at least 800 people and injured over 1,300"', () => {
    expect(read('The quake killed at least 800 people and injured over 1,300 more.')).toEqual([
      ['at least 800 people', 'dead', null, null],
      ['over 1,300 more', 'injured', null, null],
    ]);
    expect(read('Officials said 1,411 people were killed and 3,124 people were injured.')).toEqual([
      ['1,411 people', 'dead', null, null],
      ['3,124 people', 'injured', null, null],
    ]);
  });

  it('a part keeps the measure of its whole: "including two children", "dont 12 enfants", "из них 3 ребенка"', () => {
    expect(read('The strike killed 34 people, including two children, and wounded 117 others.')).toEqual([
      ['34 people', 'dead', null, null],
      ['two children', 'dead', 0, null],
      ['117 others', 'injured', null, null],
    ]);
    expect(read('Au moins 40 personnes sont mortes, dont 12 enfants.', 'fr')).toEqual([
      ['Au moins 40 personnes', 'dead', null, null],
      ['12 enfants', 'dead', 0, null],
    ]);
    expect(read('Погибли 20 человек, из них 3 ребенка.', 'ru')).toEqual([
      ['20 человек', 'dead', null, null],
      ['3 ребенка', 'dead', 0, null],
    ]);
  });

  it('a figure restated in parentheses shares the measure found after both: "€2.95bn ($3.45bn) fine"', () => {
    expect(read('Brussels hit Veltrac with a €2.95 billion ($3.45 billion) fine.')).toEqual([
      ['€2.95 billion', 'fine', null, null],
      ['$3.45 billion', 'fine', null, 0],
    ]);
  });

  it('reads German and Ukrainian measure words by stem: "verletzt", "Tiefe", "загинула"', () => {
    expect(read('Mindestens 250 Menschen wurden getötet, 400 verletzt; das Beben lag in 10 Kilometern Tiefe.', 'de')).toEqual([
      ['Mindestens 250 Menschen', 'dead', null, null],
      ['400', 'injured', null, null],
      ['10 Kilometern', 'depth', null, null],
    ]);
    expect(read('Станом на 13:40 загинула 31 особа.', 'uk').slice(1)).toEqual([['31 особа', 'dead', null, null]]);
  });

  it('a measure word after one figure is not the next one’s: “huit kilomètres de profondeur, à 27 kilomètres”', () => {
    expect(read('Le foyer, à huit kilomètres de profondeur, a été localisé à 27 kilomètres de la ville.', 'fr')).toEqual([
      ['huit kilomètres', 'depth', null, null],
      ['27 kilomètres', null, null, null],
    ]);
  });

  it('figures in a sentence without a measure word measure nothing', () => {
    expect(read('The museum has 40 rooms and 300 paintings.')).toEqual([
      ['40 rooms', null, null, null],
      ['300 paintings', null, null, null],
    ]);
  });
});
