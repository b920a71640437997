import { describe, expect, it } from 'vitest';
import { figureNumber } from './figures.js';

describe('figureNumber', () => {
  it.each([
    ['4 people', 4, 4],
    ['1,411 people', 1411, 1411],
    ['€2.93 billion', 2.93e9, 2.93e9],
    ['250–300 people', 250, 300],
    ['about 622 people (622 morts)', 622, 622],
  ])('%s', (label, low, high) => {
    expect(figureNumber(label)).toEqual({ low, high });
  });

  it('reads no number from a clock time or a word', () => {
    expect(figureNumber('11:40 p.m.')).toBeNull();
    expect(figureNumber('dozens of people')).toBeNull();
  });
});
