import { describe, expect, it } from 'vitest';
import { countryCode, countryFromDemonym, countryName, isCountryCode, lookupPlace, placeKey } from './gazetteer.js';

describe('placeKey', () => {
  it('folds case, diacritics, apostrophes and every hyphen character', () => {
    expect(placeKey('Ḩamāh')).toBe('hamah');
    expect(placeKey('Côte d’Ivoire')).toBe(placeKey("Cote d'Ivoire"));
    for (const h of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212']) expect(placeKey(`Deir ez${h}Zor`)).toBe('deir zor');
  });

  it('drops the Arabic article, a leading "the" and a possessive', () => {
    expect(placeKey('Al-Qāmishlī')).toBe('qamishli');
    expect(placeKey('as-Suwayda')).toBe(placeKey('Suwayda'));
    expect(placeKey('the Netherlands')).toBe('netherlands');
    expect(placeKey("Ruritania's")).toBe('ruritania');
  });

  it('keeps an article that is the whole name and expands "St"', () => {
    expect(placeKey('Al')).toBe('al');
    expect(placeKey('St. Petersburg')).toBe(placeKey('Saint Petersburg'));
  });
});

describe('countryCode and countryName', () => {
  it('knows common, official and alternate English names', () => {
    expect(countryCode('Syria')).toBe('SY');
    expect(countryCode('Syrian Arab Republic')).toBe('SY');
    expect(countryCode("Syria's")).toBe('SY');
    expect(countryCode('Russia')).toBe('RU');
    expect(countryCode('the Russian Federation')).toBe('RU');
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('Turkey')).toBe('TR');
    expect(countryCode('Britain')).toBe('GB');
  });

  it('reads acronyms only in capitals', () => {
    expect(countryCode('US')).toBe('US');
    expect(countryCode('U.S.')).toBe('US');
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('UK')).toBe('GB');
    expect(countryCode('us')).toBeNull();
    expect(countryCode('IT')).toBeNull();
    expect(countryCode('SYRIA')).toBe('SY');
  });

  it('is null for anything else', () => {
    expect(countryCode('Kurdistan Workers')).toBeNull();
    expect(countryCode('Damascus')).toBeNull();
  });

  it('names a code, and returns an unknown code unchanged', () => {
    expect(countryName('SY')).toBe('Syria');
    expect(countryName('ru')).toBe('Russia');
    expect(countryName('XQ')).toBe('XQ');
  });

  it('recognises ISO codes in capitals', () => {
    expect(isCountryCode('SY')).toBe(true);
    expect(isCountryCode('SYR')).toBe(true);
    expect(isCountryCode('sy')).toBe(false);
    expect(isCountryCode('BTR')).toBe(false);
  });
});

describe('countryFromDemonym', () => {
  it('maps demonyms case-insensitively, plurals included', () => {
    expect(countryFromDemonym('Syrian')).toBe('SY');
    expect(countryFromDemonym('russian')).toBe('RU');
    expect(countryFromDemonym('Iraqi')).toBe('IQ');
    expect(countryFromDemonym('Iraqis')).toBe('IQ');
    expect(countryFromDemonym('Saudi')).toBe('SA');
    expect(countryFromDemonym('Swiss')).toBe('CH');
  });

  it('prefers a state to its territories and drops demonyms two states share', () => {
    expect(countryFromDemonym('American')).toBe('US');
    expect(countryFromDemonym('French')).toBe('FR');
    expect(countryFromDemonym('Congolese')).toBeNull();
  });

  it('answers country names and possessives through countryCode, and null for peoples without a state', () => {
    expect(countryFromDemonym("Syria's")).toBe('SY');
    expect(countryFromDemonym('Kurdish')).toBeNull();
    expect(countryFromDemonym('Minister')).toBeNull();
  });
});

describe('lookupPlace', () => {
  it('returns countries before cities', () => {
    expect(lookupPlace('Georgia')).toMatchObject({ country: 'GE', kind: 'country' });
    expect(lookupPlace('Syria')).toMatchObject({ name: 'Syria', country: 'SY', kind: 'country' });
  });

  it('picks the most populous city of a name', () => {
    const moscow = lookupPlace('Moscow');
    expect(moscow).toMatchObject({ country: 'RU', kind: 'city' });
    expect(moscow!.population).toBeGreaterThan(1_000_000);
    expect(moscow!.lat).toBeCloseTo(55.75, 1);
    expect(lookupPlace('Damascus')).toMatchObject({ country: 'SY' });
  });

  it('matches diacritics, articles, hyphens and transliteration variants', () => {
    expect(lookupPlace('Ḩamāh')).toMatchObject({ country: 'SY' });
    expect(lookupPlace('Hama')).toMatchObject({ country: 'SY' });
    expect(lookupPlace('Raqqa')).toMatchObject({ country: 'SY' });
    expect(lookupPlace('Mosul')).toMatchObject({ country: 'IQ' });
    expect(lookupPlace('Mossoul')).toMatchObject({ country: 'IQ' });
    expect(lookupPlace('Deir ez\u2011Zor')).toMatchObject({ country: 'SY' });
    expect(lookupPlace("Aleppo's")).toMatchObject({ country: 'SY' });
  });

  it('knows regions and a few English exonyms', () => {
    expect(lookupPlace('the Middle East')).toMatchObject({ kind: 'region', country: '' });
    expect(lookupPlace('Kiev')).toMatchObject({ name: 'Kyiv', country: 'UA' });
  });

  it('does not let a small place shadow a common English word', () => {
    for (const word of ['Key', 'Discussion', 'Digital', 'Energy', 'Security', 'Evergreen', 'Border', 'Reading']) expect(lookupPlace(word)).toBeNull();
  });

  it('is null for unknown names and empty input', () => {
    expect(lookupPlace('Zzyzxqon')).toBeNull();
    expect(lookupPlace('  ')).toBeNull();
  });

  it('hands out copies', () => {
    lookupPlace('Homs')!.name = 'changed';
    expect(lookupPlace('Homs')!.name).toBe('Homs');
  });
});
