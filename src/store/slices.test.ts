import { describe, expect, it } from 'vitest';
import { inSlices } from './slices.js';

describe('inSlices', () => {
  it('cuts a list into consecutive slices of at most the size, in order', () => {
    expect(inSlices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inSlices([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(inSlices([], 3)).toEqual([]);
  });
});
