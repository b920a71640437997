import { describe, expect, it } from 'vitest';
import { givenNamesCompatible, nameKey, nameWords, normWord, similarity, skeleton, surnameKey } from './keys.js';

const sameWord = (a: string, b: string) => expect(normWord(a), `${a} ~ ${b}`).toBe(normWord(b));
const compatible = (a: string, b: string) => givenNamesCompatible(nameWords(a), nameWords(b));

describe('normWord: transliteration families fold to one key', () => {
  it('folds kh/h', () => {
    sameWord('Khalid', 'Halid');
    sameWord('Makhlouf', 'Mahlouf');
  });

  it('folds ou/u and oo/u', () => {
    sameWord('Yousef', 'Yusef');
    sameWord('Nourani', 'Nurani');
    sameWord('Mooradian', 'Muradian');
  });

  it('folds ee/i', () => {
    sameWord('Sheerin', 'Shirin');
    sameWord('Kareem', 'Karim');
  });

  it('folds ei/ey/y/iy endings', () => {
    sameWord('Sergei', 'Sergey');
    sameWord('Alexei', 'Aleksey');
    sameWord('Dmitry', 'Dmitri');
    sameWord('Dmitriy', 'Dmitry');
  });

  it('drops an initial Y before e', () => {
    sameWord('Yevgeny', 'Evgeny');
    sameWord('Yeremenko', 'Eremenko');
  });

  it('folds q/k and ck/k', () => {
    sameWord('Qasim', 'Kasim');
    sameWord('Tariq', 'Tarik');
    sameWord('Brockman', 'Brokman');
  });

  it('collapses doubled consonants', () => {
    sameWord('Hassan', 'Hasan');
    sameWord('Abbasov', 'Abasov');
    sameWord('Pellegrini', 'Pelegrini');
  });

  it('folds diacritics and letter case', () => {
    sameWord('Gonçalves', 'GONCALVES');
    sameWord('Šimůnek', 'simunek');
  });

  it('folds Cyrillic spellings to their Latin transliteration', () => {
    sameWord('Сергей', 'Sergey');
    sameWord('Андрей', 'Andrei');
    sameWord('Журавлёв', 'Zhuravlev');
  });

  it('keeps different names apart', () => {
    expect(normWord('Omar')).not.toBe(normWord('Amir'));
    expect(normWord('Petrov')).not.toBe(normWord('Popov'));
  });
});

describe('Mohammed / Muhammad / Mohamed', () => {
  it('share one consonant skeleton', () => {
    const keys = ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad'].map((w) => skeleton(normWord(w)));
    expect(new Set(keys)).toEqual(new Set(['mhmd']));
  });

  it('are compatible given names', () => {
    expect(compatible('Mohammed', 'Muhammad')).toBe('same');
    expect(compatible('Mohamed', 'Mohammad')).toBe('same');
  });

  // one consonant skeleton ("mhmd") is only 'close': the names are joined only when an office links the two people
  it('are not taken for Mahmoud, a different name', () => {
    expect(compatible('Mohammed', 'Mahmoud')).not.toBe('same');
  });
});

describe('nameWords / nameKey / surnameKey', () => {
  it('drops the Arabic article al-/el- and keeps the rest', () => {
    expect(nameWords('Tariq al-Nouri')).toEqual(['tarik', 'nuri']);
    expect(nameKey('Tarik el-Nuri')).toBe(nameKey('Tariq al-Nouri'));
    expect(nameKey('Walid Al Zubeidi')).toBe(nameKey('Walid Zubeidi'));
  });

  it('joins Abu / Abou to the next word', () => {
    expect(nameWords('Samir Abu Samra')).toEqual(['samir', 'abu samra']);
    expect(nameKey('Abou Samra')).toBe(nameKey('Abu Samra'));
    expect(surnameKey('Samir Abou Samra')).toBe('abu samra');
  });

  it('joins other particles: bin, Abdul', () => {
    expect(nameWords('Faisal bin Nasser')).toEqual(['faisal', 'bin naser']);
    expect(surnameKey('Faysal bin Saleh')).toBe(surnameKey('Faisal bin Saleh'));
    expect(nameWords('Abdul Rahim Jaber')).toEqual(['abdul rahim', 'jaber']);
  });

  it('ignores possessives and hyphen variants', () => {
    expect(nameKey('Ilona Berzina’s')).toBe(nameKey('Ilona Berzina'));
    expect(nameWords('Anna Kovac‐Horvat')).toEqual(['ana', 'kovac', 'horvat']);
  });

  it('gives a Latin and a Cyrillic spelling one key', () => {
    expect(nameKey('Сергей Волконов')).toBe(nameKey('Sergey Volkonov'));
    expect(surnameKey('Сергей Волконов')).toBe(surnameKey('Sergei Volkonov'));
  });

  it('returns an empty surname for an empty name', () => {
    expect(surnameKey('')).toBe('');
  });
});

describe('similarity', () => {
  it('is 1 for equal words, 0 with an empty side, in between otherwise', () => {
    expect(similarity('volkonov', 'volkonov')).toBe(1);
    expect(similarity('', 'volkonov')).toBe(0);
    const s = similarity('volkonov', 'volkanov');
    expect(s).toBeGreaterThan(0.8);
    expect(s).toBeLessThan(1);
  });
});

describe('givenNamesCompatible', () => {
  it('is "same" for equal keys and spelling variants', () => {
    expect(compatible('Sergei', 'Sergey')).toBe('same');
    expect(compatible('Yusuf', 'Youssef')).toBe('same');
    expect(compatible('Khaled', 'Khalid')).toBe('same');
  });

  it('is "same" for an initial and the name it abbreviates', () => {
    expect(compatible('A.', 'Anton')).toBe('same');
    expect(compatible('Marta', 'M')).toBe('same');
  });

  it('is "same" when either side has no given name', () => {
    expect(givenNamesCompatible([], ['anton'])).toBe('same');
    expect(givenNamesCompatible(['anton'], [])).toBe('same');
  });

  it('is "close" for a short form of the name', () => {
    expect(compatible('Alex', 'Alexander')).toBe('close');
    expect(compatible('Dan', 'Daniel')).toBe('close');
  });

  it('is "different" for different names', () => {
    expect(compatible('Omar', 'Leila')).toBe('different');
    expect(compatible('Sergei', 'Stepan')).toBe('different');
    expect(compatible('Ivan', 'Ilya')).toBe('different');
  });
});
