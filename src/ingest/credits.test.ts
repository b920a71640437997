import { describe, expect, it } from 'vitest';
import { findCredits } from './credits.js';
import { normaliseOutlet } from './outlets.js';

describe('findCredits', () => {
  it('reads agencies from bracketed photo credits and credit lines', () => {
    const text = 'Crowds gather. [Photo: Ada Brenner via Reuters]\nA ship docks. (Image: J. Roe/afp)\nPhoto credit: Sam Ek via Getty Images';
    expect(findCredits(text)).toEqual(['Reuters', 'AFP', 'Getty Images']);
  });

  it('ignores photographers alone and web addresses', () => {
    expect(findCredits('[Photo: Ada Brenner]\nCredit: example.org/photos/12')).toEqual([]);
  });
});

describe('normaliseOutlet', () => {
  it('maps common spellings of well-known outlets and keeps unknown ones', () => {
    expect(normaliseOutlet('Aljazeera')).toBe('Al Jazeera');
    expect(normaliseOutlet('the Associated Press')).toBe('Associated Press');
    expect(normaliseOutlet(' Harbour  Times ')).toBe('Harbour Times');
  });
});
