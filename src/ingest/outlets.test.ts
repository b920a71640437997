import { describe, expect, it } from 'vitest';
import { fullOutletNames, normaliseOutlet, outletSpellings, sameOutlet } from './outlets.js';

describe('normaliseOutlet', () => {
  it('gives the canonical spelling of a known outlet and trims unknown ones', () => {
    expect(normaliseOutlet('Aljazeera')).toBe('Al Jazeera');
    expect(normaliseOutlet('  Fen   Times ')).toBe('Fen Times');
  });
});

describe('sameOutlet', () => {
  it('matches aliases, shortened names and initials', () => {
    expect(sameOutlet('AP', 'The Associated Press')).toBe(true);
    expect(sameOutlet('Borealis', 'Borealis Press Service')).toBe(true);
    expect(sameOutlet('BPS', 'Borealis Press Service')).toBe(true);
  });

  it('does not match names that share only a leading article or a first word', () => {
    expect(sameOutlet('The Fen Times', 'The Marsh Gazette')).toBe(false);
    expect(sameOutlet('Fen Times', 'Fen Radio')).toBe(false);
  });
});

describe('fullOutletNames', () => {
  it('completes a short name when exactly one longer name in the folder starts with it', () => {
    expect(fullOutletNames(['Borealis', 'Borealis Press Service', 'Fen Times'])).toEqual(new Map([['Borealis', 'Borealis Press Service']]));
    expect(fullOutletNames(['Fen', 'Fen Times', 'Fen Radio']).size).toBe(0);
  });
});

describe('outletSpellings', () => {
  it('gives the other spellings of a known outlet or agency and none for an unknown one', () => {
    expect(outletSpellings('Al Jazeera')).toContain('الجزيرة');
    expect(outletSpellings('AFP')).toContain('Agence France-Presse');
    expect(outletSpellings('Fen Times')).toEqual([]);
  });
});
