import { describe, expect, it } from 'vitest';
import { StableIds, shortHash, stableIds } from './ids.js';

describe('StableIds', () => {
  it('gives an id from the key alone, whatever else is asked for before it', () => {
    const alone = new StableIds().next('p', 'person|anna lobo');
    const crowded = new StableIds();
    for (const k of ['person|rui casimiro', 'place|porto', 'person|joana matos']) crowded.next('p', k);
    expect(crowded.next('p', 'person|anna lobo')).toBe(alone);
    expect(alone).toBe(`p${shortHash('p\u0000person|anna lobo')}`);
  });

  it('numbers equal keys -2, -3 in order and keeps different prefixes apart', () => {
    expect(stableIds('d', ['same', 'other', 'same', 'same'])).toEqual([
      `d${shortHash('d\u0000same')}`,
      `d${shortHash('d\u0000other')}`,
      `d${shortHash('d\u0000same')}-2`,
      `d${shortHash('d\u0000same')}-3`,
    ]);
    const ids = new StableIds();
    expect(ids.next('p', 'x').slice(1)).not.toBe(ids.next('o', 'x').slice(1));
  });

  it('never gives one id twice, even over many keys', () => {
    const ids = stableIds('k', Array.from({ length: 20000 }, (_, i) => `claim ${i}`));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
