import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findDates } from '../annotate/dates.js';
import { CLDR_DATE_LANGUAGES, cldrDateVocabulary } from './cldr.js';

/** [text, value, weekday] of every date found. */
const read = (text: string, language: string, published: string | null = null) =>
  findDates(text, { published, language }).map((d) => [d.text, d.value, d.weekday ?? null]);

describe('CLDR date vocabularies', () => {
  it('give every language twelve months and seven weekdays, each month number 1..12 and weekday 0..6', () => {
    expect(CLDR_DATE_LANGUAGES.length).toBeGreaterThan(30);
    for (const lang of CLDR_DATE_LANGUAGES) {
      const v = cldrDateVocabulary(lang)!;
      expect(new Set(Object.values(v.months)), lang).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
      expect(new Set(Object.values(v.weekdays)), lang).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    }
  });

  it('leave the languages with a vocabulary of our own, and unknown codes, to others', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'ru', 'uk', 'xx']) expect(cldrDateVocabulary(lang), lang).toBeUndefined();
  });

  it('keep every region’s spelling of a month (Levantine and Egyptian Arabic)', () => {
    const months = cldrDateVocabulary('ar')!.months;
    expect(months['أيلول']).toBe(9);
    expect(months['سبتمبر']).toBe(9);
  });

  it('drop a word that names two days (Hindi "कल" is both yesterday and tomorrow)', () => {
    expect(cldrDateVocabulary('hi')!.dayWords).not.toHaveProperty('कल');
  });

  it('are what the script builds from this Node’s CLDR', () => {
    expect(execFileSync(process.execPath, ['scripts/lang-cldr.mjs', '--check'], { encoding: 'utf8' })).toMatch(/is current/);
  });
});

describe('dates in languages read with CLDR words', () => {
  it('Italian: a full date, a weekday, yesterday, "N days ago" and last year', () => {
    expect(read('La diga ha ceduto il 3 marzo 2026; domenica sera il sindaco ha parlato, ieri la procura, 2 giorni fa i vigili. L’anno scorso nessun danno.', 'it', '2026-03-10')).toEqual([
      ['3 marzo 2026', '2026-03-03', null],
      ['domenica', '2026-03-08', 0],
      ['ieri', '2026-03-09', null],
      ['2 giorni fa', '2026-03-08', null],
      ['anno scorso', '2025', null],
    ]);
  });

  it('Portuguese: "3 de março de 2026", a weekday and "há 2 dias"', () => {
    expect(read('A barragem cedeu em 3 de março de 2026; no domingo o prefeito falou e há 2 dias a polícia chegou.', 'pt', '2026-03-10')).toEqual([
      ['3 de março de 2026', '2026-03-03', null],
      ['domingo', '2026-03-08', 0],
      ['há 2 dias', '2026-03-08', null],
    ]);
  });

  it('Turkish and Hindi: a date without a year takes the one nearest the publication date', () => {
    expect(read('Baraj 3 Mart günü çöktü, dün polis geldi.', 'tr', '2026-03-10')).toEqual([
      ['3 Mart', '2026-03-03', null],
      ['dün', '2026-03-09', null],
    ]);
    expect(read('बांध 3 मार्च को टूटा; रविवार को पुलिस पहुंची।', 'hi', '2026-03-10')).toEqual([
      ['3 मार्च', '2026-03-03', null],
      ['रविवार', '2026-03-08', 0],
    ]);
  });
});
