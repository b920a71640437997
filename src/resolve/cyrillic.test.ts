import { describe, expect, it } from 'vitest';
import { cyrillicStem, stemKey } from './cyrillic.js';
import { normWord } from './keys.js';

describe('Cyrillic case forms', () => {
  it('folds the case forms of a place and a weapon name to one stem', () => {
    expect(new Set(['Тверь', 'Твери', 'Тверью'].map(cyrillicStem))).toEqual(new Set(['твер']));
    expect(new Set(['Херсон', 'Херсоне', 'Херсона', 'Херсоном'].map(cyrillicStem))).toEqual(new Set(['херсон']));
    expect(new Set(['Калибр', 'Калибрами', 'Калибров'].map(cyrillicStem))).toEqual(new Set(['калибр']));
  });

  it('keeps a family name suffix whatever case follows it', () => {
    expect(new Set(['Петренков', 'Петренковым', 'Петренкова', 'Петренкову'].map(cyrillicStem))).toEqual(new Set(['петренков']));
  });

  it('leaves Latin words and short words alone', () => {
    expect(cyrillicStem('Kherson')).toBe('Kherson');
    expect(cyrillicStem('Ура')).toBe('ура');
  });

  it('gives Latin and Cyrillic spellings of one name one key', () => {
    expect(stemKey('Херсоне', normWord)).toBe(stemKey('Kherson', normWord));
    expect(stemKey('Твери', normWord)).toBe(stemKey('Tver', normWord));
    expect(stemKey('Калибрами', normWord)).toBe(stemKey('Kalibr', normWord));
  });
});
