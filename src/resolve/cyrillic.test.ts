import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { analyzeDocuments } from '../pipeline.js';
import { cyrillicStem, stemKey } from './cyrillic.js';
import { normWord } from './keys.js';

describe('Cyrillic case forms', () => {
  it('folds the case forms of a place and a weapon name to one stem', () => {
    expect(new Set(['Тверь', 'Твери', 'Тверью'].map((w) => cyrillicStem(w)))).toEqual(new Set(['твер']));
    expect(new Set(['Херсон', 'Херсоне', 'Херсона', 'Херсоном'].map((w) => cyrillicStem(w)))).toEqual(new Set(['херсон']));
    expect(new Set(['Калибр', 'Калибрами', 'Калибрам'].map((w) => cyrillicStem(w)))).toEqual(new Set(['калибр']));
    // a genitive plural in -ов reads as a family name unless asked for the plain stem
    expect(cyrillicStem('Калибров', true)).toBe('калибр');
  });

  it('keeps a family name suffix whatever case follows it', () => {
    expect(new Set(['Петренков', 'Петренковым', 'Петренкова', 'Петренкову'].map((w) => cyrillicStem(w)))).toEqual(new Set(['петренков']));
  });

  it('leaves Latin words and short words alone', () => {
    expect(cyrillicStem('Kherson')).toBe('Kherson');
    expect(cyrillicStem('Ура')).toBe('ура');
  });

  it('gives Latin and Cyrillic spellings of one name one key', () => {
    expect(stemKey('Херсоне', normWord)).toBe(stemKey('Kherson', normWord));
    expect(stemKey('Твери', normWord)).toBe(stemKey('Tver', normWord));
    expect(stemKey('Калибрами', normWord)).toBe(stemKey('Kalibr', normWord));
    expect(stemKey('Калибров', normWord, true)).toBe(stemKey('Kalibr', normWord));
  });
});

describe('one entity across scripts and cases', () => {
  it('joins Cyrillic case forms of a place to its Latin name', () => {
    const en = makeDocument('d1', 'Shelling hit the centre of Kherson on Tuesday, the regional governor said.', { language: 'en' });
    const ru = makeDocument('d2', 'Во вторник в Херсоне был обстрел. По данным властей Херсона, есть раненые.', { language: 'ru' });
    const entities = analyzeDocuments([en, ru]).entities;
    const kherson = entities.filter((e) => [e.name, ...e.aliases].some((n) => /Kherson|Херсон/.test(n)));
    expect(kherson).toHaveLength(1);
    expect(kherson[0].type).toBe('place');
    expect(new Set(kherson[0].mentions.map((m) => m.doc))).toEqual(new Set(['d1', 'd2']));
  });
});
